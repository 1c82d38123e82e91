using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace Rollup.Cli.Tests.L1;

public class RpcTimeoutTests
{
    [Fact]
    public void Node_that_accepts_but_never_answers_ends_in_exit_6_within_the_given_timeout()
    {
        // A listener that takes connections and never writes a byte.
        var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var held = new List<TcpClient>();
        _ = Task.Run(async () =>
        {
            try
            {
                while (true) held.Add(await listener.AcceptTcpClientAsync());
            }
            catch (Exception e) when (e is SocketException or ObjectDisposedException)
            {
            }
        });
        try
        {
            var url = $"http://127.0.0.1:{((IPEndPoint)listener.LocalEndpoint).Port}/";
            var clock = Stopwatch.StartNew();
            var run = CliRun.Of("status", "--rpc", url, "--contract", "0x5FbDB2315678afecb367f032d93F642f64180aa3", "--rpc-timeout", "0.2");
            Assert.Equal(ExitCodes.Node, run.ExitCode);
            Assert.Contains("EVM node", run.Error);
            // Five attempts of 0.2 s with backoff between them, far from the default 5 × 30 s.
            Assert.True(clock.Elapsed < TimeSpan.FromSeconds(20), $"took {clock.Elapsed}");
        }
        finally
        {
            listener.Stop();
            foreach (var c in held) c.Dispose();
        }
    }

    [Fact]
    public void Rpc_timeout_out_of_range_is_a_usage_error()
    {
        var run = CliRun.Of("status", "--rpc", "http://127.0.0.1:9/", "--contract", "0x5FbDB2315678afecb367f032d93F642f64180aa3", "--rpc-timeout", "0");
        Assert.Equal(ExitCodes.Usage, run.ExitCode);
        Assert.Contains("--rpc-timeout", run.Error);
    }
}
