using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using Rollup.Sequencer.Engine;
using Rollup.Sequencer.Hosting;
using Rollup.Sequencer.Service;

namespace Rollup.Cli.Devnet;

/// <summary>
/// The sequencer service (the composition its own Program runs: engine, LiteDB log, JSON-RPC, L1
/// feeder and batch poster) in this process, against the devnet's node and files, with account 0
/// as the operator (it is the contract's sequencer) and the devnet clock.
/// </summary>
internal sealed class DevnetSequencer : IAsyncDisposable
{
    // The operator key is anvil's public development key 0; the variable only carries it to the host's key source.
    private const string OperatorKeyVariable = "ROLLUP_DEVNET_OPERATOR_KEY";

    private readonly WebApplication _app;

    private DevnetSequencer(WebApplication app, DevnetClock clock)
    {
        _app = app;
        Clock = clock;
        var endpoints = app.Services.GetRequiredService<SequencerEndpoints>();
        RpcUri = new Uri($"http://127.0.0.1:{endpoints.RpcPort}/");
        AdminUri = new Uri($"http://127.0.0.1:{endpoints.AdminPort}/");
        Engine = app.Services.GetRequiredService<SequencerEngine>();
    }

    public Uri RpcUri { get; }
    public Uri AdminUri { get; }
    public SequencerEngine Engine { get; }
    public DevnetClock Clock { get; }

    /// <param name="rpcPort">0 picks free ports for both listeners; otherwise the admin listener takes the next port.</param>
    public static async Task<DevnetSequencer> StartAsync(DevnetNetwork net, int rpcPort, int batchSlots, CancellationToken cancellation)
    {
        Environment.SetEnvironmentVariable(OperatorKeyVariable, net.Accounts[0].PrivateKeyHex);
        var clock = new DevnetClock();
        var app = SequencerHost.Build(
            [
                $"--Sequencer:DataDirectory={Path.Combine(net.OutputDirectory, "sequencer")}",
                $"--Sequencer:Rpc:Port={rpcPort}",
                $"--Sequencer:Admin:Port={(rpcPort == 0 ? 0 : rpcPort + 1)}",
                $"--Sequencer:Batch:Slots={batchSlots}",
                // The devnet's priority deadline is 10 minutes: seal requests once 5 are left, not at once.
                "--Sequencer:Batch:PriorityDeadlineMargin=00:05:00",
                $"--Sequencer:L1:RpcUrl={net.Endpoint}",
                $"--Sequencer:L1:DeploymentFile={net.DeploymentFile}",
                $"--Sequencer:L1:GenesisFile={net.GenesisFile}",
                "--Sequencer:L1:Confirmations=0",
                "--Sequencer:OperatorKey:Source=Environment",
                $"--Sequencer:OperatorKey:Variable={OperatorKeyVariable}",
                "--Logging:LogLevel:Default=Warning",
                "--Logging:LogLevel:Microsoft.Hosting.Lifetime=Warning",
            ],
            builder =>
            {
                builder.Services.AddSingleton<ISequencerClock>(clock);
                SequencerComposition.Compose(builder);
            },
            SequencerComposition.Map);
        try
        {
            await app.StartAsync(cancellation);
            return new DevnetSequencer(app, clock);
        }
        catch
        {
            await app.DisposeAsync();
            throw;
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
