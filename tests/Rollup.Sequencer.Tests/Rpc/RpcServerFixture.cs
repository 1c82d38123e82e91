namespace Rollup.Sequencer.Tests.Rpc;

/// <summary>One server shared by a test class, without rate limits (the rate-limit tests start their own).</summary>
public sealed class RpcServerFixture : IAsyncLifetime
{
    internal RpcTestServer Server { get; private set; } = null!;

    public async Task InitializeAsync() => Server = await RpcTestServer.StartAsync(o =>
    {
        o.WritesPerSecond = 0;
        o.ReadsPerSecond = 0;
        o.MaxBodyBytes = 64 * 1024;
        o.MaxBatchItems = 10;
    });

    public async Task DisposeAsync() => await Server.DisposeAsync();
}
