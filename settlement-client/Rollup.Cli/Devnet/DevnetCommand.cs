using System.CommandLine;
using System.Runtime.InteropServices;
using System.Security.Cryptography;
using System.Text;
using Rollup.Cli.L1;
using Rollup.Cli.Verify;
using Rollup.Core.Signatures;
using Rollup.Core.State;
using Rollup.SettlementClient.Addresses;
using Rollup.SettlementClient.Contracts.Deployment;
using Rollup.SettlementClient.Devnet;
using Rollup.SettlementClient.Sync;
using Rollup.SettlementClient.Verification;

namespace Rollup.Cli.Devnet;

/// <summary>
/// `rollup devnet`: a local EVM node (anvil from npm) on loopback with the whole settlement
/// system deployed and the sequencer service running against it; prints the addresses and
/// funded accounts and writes deployment.json and genesis.json. With --session it also runs the
/// sample trading session through the sequencer and then verifies every committed root from L1
/// as an independent verifier would.
/// </summary>
internal static class DevnetCommand
{
    /// <summary>Devnet oracle keys: derived from public labels, so they guard nothing but the devnet.</summary>
    private static readonly PrivateKey[] Oracles =
        [.. Enumerable.Range(0, 3).Select(i => new PrivateKey(SHA256.HashData(Encoding.UTF8.GetBytes($"devnet/oracle-{i}"))))];

    private const int SequencerRpcPort = 8550;
    private const int SequencerBatchSlots = 16;

    public static Command Create(CliContext context)
    {
        var port = new Option<int>("--port") { Description = "loopback port of the node (0 picks a free one)", DefaultValueFactory = _ => 8545 };
        var output = new Option<string>("--out") { Description = "directory for deployment.json, genesis.json and the senders' journals", DefaultValueFactory = _ => "devnet" };
        var session = new Option<bool>("--session") { Description = "run the sample trading session, then verify every root from L1" };
        var keepRunning = new Option<bool>("--keep-running") { Description = "after --session, keep the node up until interrupted" };
        var noSequencer = new Option<bool>("--no-sequencer") { Description = "start only the node and the contracts (for a sequencer run as its own service)" };
        var verifier = new Option<string>("--verifier-artifact")
        {
            Description = "artifact of the Groth16 verifier contract to deploy",
            DefaultValueFactory = _ => "BatchProofVerifier",
        };
        var command = new Command("devnet", "Start a local EVM node with the rollup deployed; optionally run the sample session and verify it.")
        {
            port, output, session, keepRunning, noSequencer, verifier,
        };
        command.SetAction((parse, invocationCancellation) => Task.FromResult(context.RunAsync(async () =>
        {
            // The node is our child process: an interrupt must end in Dispose (which stops it), never
            // in the runtime's default exit that would leave anvil running on its port.
            using var stop = CancellationTokenSource.CreateLinkedTokenSource(invocationCancellation);
            using var sigint = PosixSignalRegistration.Create(PosixSignal.SIGINT, Interrupt(stop));
            using var sigterm = PosixSignalRegistration.Create(PosixSignal.SIGTERM, Interrupt(stop));
            var cancellation = stop.Token;
            int p = parse.GetValue(port);
            if (p is < 0 or > 65_535) throw new CliException(ExitCodes.Usage, $"--port {p} is not 0..65535");
            if (parse.GetValue(noSequencer) && parse.GetValue(session)) throw new CliException(ExitCodes.Usage, "--session runs through the sequencer: it cannot go with --no-sequencer");
            using var net = context.Steps.Step("starting anvil and deploying the rollup", () =>
                StartAsync(RepositoryLayout.Root(), p, parse.GetValue(output)!, parse.GetValue(verifier)!, cancellation).GetAwaiter().GetResult());
            Describe(context, net);
            if (parse.GetValue(noSequencer))
            {
                context.Out.WriteLine($"devnet running: node {net.Endpoint}, no sequencer (Ctrl-C stops it)");
                await WaitForInterruptAsync(cancellation);
                return ExitCodes.Ok;
            }
            var trading = new DevnetTradingSession(net, Oracles, context.Out);
            if (parse.GetValue(session)) await trading.RegisterOperatorAsync(cancellation);
            // The sequencer listens next to the node: 8550/8551 beside anvil's 8545, or free ports with --port 0.
            await using var sequencer = await context.Steps.StepAsync("starting the sequencer",
                () => DevnetSequencer.StartAsync(net, p == 0 ? 0 : SequencerRpcPort, SequencerBatchSlots, cancellation));
            context.Out.WriteLine($"sequencer   {sequencer.RpcUri} (admin {sequencer.AdminUri}, data in {Path.Combine(net.OutputDirectory, "sequencer")})");
            int code = ExitCodes.Ok;
            if (parse.GetValue(session))
            {
                await trading.RunAsync(sequencer, cancellation);
                code = await VerifyFromL1Async(context, net, cancellation);
                if (!parse.GetValue(keepRunning)) return code;
            }
            context.Out.WriteLine($"devnet running: node {net.Endpoint}, sequencer {sequencer.RpcUri} (Ctrl-C stops both)");
            context.Out.Flush();
            await WaitForInterruptAsync(cancellation);
            return code;
        })));
        return command;
    }

    private static async Task WaitForInterruptAsync(CancellationToken cancellation)
    {
        try
        {
            await Task.Delay(Timeout.Infinite, cancellation);
        }
        catch (OperationCanceledException)
        {
        }
    }

    private static Action<PosixSignalContext> Interrupt(CancellationTokenSource stop) => signal =>
    {
        signal.Cancel = true;
        stop.Cancel();
    };

    private static Task<DevnetNetwork> StartAsync(string root, int port, string output, string verifierArtifact, CancellationToken cancellation)
    {
        try
        {
            return DevnetNetwork.StartAsync(root, port, output, Genesis, new VerifierSource.FromArtifact(verifierArtifact), cancellation);
        }
        catch (AnvilException e)
        {
            throw new CliException(ExitCodes.ExternalTool, e.Message, e);
        }
    }

    private static GenesisConfig Genesis(DevnetNetwork net) => new()
    {
        AccountsDepth = 24,
        FillsDepth = 12,
        Risk = new RiskParameters { OracleQuorum = 2 },
        UnderlyingStrikeSteps = [1_000 * DevnetTradingSession.Usd],
        OracleKeys = [.. Oracles.Select(k => (k.GetPublicKey().Point.X, k.GetPublicKey().Point.Y))],
        InsuranceAccountOwner = net.Accounts[4].Address,
        FeeAccountOwner = net.Accounts[5].Address,
    };

    private static void Describe(CliContext context, DevnetNetwork net)
    {
        var d = net.Deployment;
        context.Out.WriteLine($"node        {net.Endpoint} (chain {d.ChainId})");
        context.Out.WriteLine($"rollup      {AddressChecksum.ToChecksumAddress(d.Rollup)} (deployed in block {d.DeploymentBlock})");
        context.Out.WriteLine($"collateral  {AddressChecksum.ToChecksumAddress(d.Collateral)} (devnet stablecoin, 6 decimals)");
        context.Out.WriteLine($"verifier    {AddressChecksum.ToChecksumAddress(d.Verifier)}");
        context.Out.WriteLine($"files       {net.DeploymentFile}, {net.GenesisFile}");
        context.Out.WriteLine("accounts (anvil's public development keys; 0 is deployer, sequencer and governance):");
        for (int i = 0; i < net.Accounts.Count; i++)
            context.Out.WriteLine($"  ({i}) {AddressChecksum.ToChecksumAddress(net.Accounts[i].Address)}  {net.Accounts[i].PrivateKeyHex}");
    }

    /// <summary>What `rollup verify` does, from the files the devnet wrote: nothing of the session's own state is used.</summary>
    private static async Task<int> VerifyFromL1Async(CliContext context, DevnetNetwork net, CancellationToken cancellation)
    {
        context.Out.WriteLine("verifying every committed batch from L1 calldata, from genesis.json:");
        var genesis = GenesisCheck.Load(net.GenesisFile);
        var verifier = new StateVerifier(genesis);
        if (verifier.GenesisRoot != await net.Operator.Rollup.GenesisRootAsync(cancellation))
            throw new CliException(ExitCodes.CheckFailed, "genesis.json does not give the contract's genesis root");
        var source = new L1CommittedBatchSource(net.Eth, new L1SyncOptions
        {
            Contract = net.Deployment.Rollup,
            StartBlock = net.Deployment.DeploymentBlock,
            Confirmations = 0,
        });
        var result = await verifier.RunAsync(source, cancellationToken: cancellation);
        VerifyCommand.Write(context, result, source, json: false);
        return result.Succeeded ? ExitCodes.Ok : ExitCodes.CheckFailed;
    }
}
