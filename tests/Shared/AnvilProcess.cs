using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;
using System.Runtime.InteropServices;
using System.Text;

namespace Rollup.Tests.Shared;

/// <summary>
/// A local anvil EVM node from the repository's npm install (@foundry-rs/anvil), on a free
/// loopback port, killed on dispose. A missing binary or a node that does not answer within the
/// bounded wait is an exception, so the tests using it fail rather than skip. Anvil's default
/// dev accounts (mnemonic "test test ... junk") are funded.
/// </summary>
public sealed class AnvilProcess : IDisposable
{
    /// <summary>Private key of anvil's first default account (0xf39F...2266), public knowledge.</summary>
    public const string FirstDevPrivateKey = "0xac0974bec39a17e36ba4a6b4d238ff944bacb478cbed5efcae784d7bf4f2ff80";

    private static readonly TimeSpan StartupTimeout = TimeSpan.FromSeconds(30);
    private const int PortAttempts = 3;

    private readonly Process _process;
    private readonly StringBuilder _log;

    private AnvilProcess(Process process, StringBuilder log, Uri endpoint)
    {
        _process = process;
        _log = log;
        Endpoint = endpoint;
    }

    public Uri Endpoint { get; }

    public static async Task<AnvilProcess> StartAsync(params string[] extraArguments)
    {
        var binary = LocateBinary();
        // A port found free can be taken before anvil binds it; another port is then tried.
        for (int attempt = 0; attempt < PortAttempts; attempt++)
        {
            var node = await StartOnAsync(binary, FreeLoopbackPort(), extraArguments);
            if (node is not null) return node;
        }
        throw new InvalidOperationException($"anvil could not bind a free loopback port in {PortAttempts} attempts");
    }

    public void Dispose()
    {
        try
        {
            if (!_process.HasExited)
            {
                _process.Kill(entireProcessTree: true);
                _process.WaitForExit(5000);
            }
        }
        finally
        {
            _process.Dispose();
        }
    }

    /// <summary>The running node, or null when the port was taken meanwhile.</summary>
    private static async Task<AnvilProcess?> StartOnAsync(string binary, int port, string[] extraArguments)
    {
        var psi = new ProcessStartInfo(binary)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var a in new[] { "--host", "127.0.0.1", "--port", port.ToString(CultureInfo.InvariantCulture), "--quiet" })
            psi.ArgumentList.Add(a);
        foreach (var a in extraArguments) psi.ArgumentList.Add(a);
        var log = new StringBuilder();
        var process = new Process { StartInfo = psi };
        // Drained continuously: a full pipe would block the node.
        process.OutputDataReceived += (_, e) => Append(log, e.Data);
        process.ErrorDataReceived += (_, e) => Append(log, e.Data);
        if (!process.Start()) throw new InvalidOperationException("could not start " + binary);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();

        var node = new AnvilProcess(process, log, new Uri($"http://127.0.0.1:{port}/"));
        bool answering;
        try
        {
            answering = await node.WaitUntilAnsweringAsync(port);
        }
        catch
        {
            node.Dispose();
            throw;
        }
        if (answering) return node;
        node.Dispose();
        return null;
    }

    /// <summary>True once eth_chainId answers; false if anvil exited because the port was taken.</summary>
    private async Task<bool> WaitUntilAnsweringAsync(int port)
    {
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(5) };
        const string probe = "{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"eth_chainId\",\"params\":[]}";
        var clock = Stopwatch.StartNew();
        while (clock.Elapsed < StartupTimeout)
        {
            if (_process.HasExited)
            {
                _process.WaitForExit();
                var output = Log;
                if (output.Contains("in use", StringComparison.OrdinalIgnoreCase)) return false;
                throw new InvalidOperationException($"anvil exited with status {_process.ExitCode} on start: {output}");
            }
            try
            {
                using var response = await http.PostAsync(Endpoint, new StringContent(probe, Encoding.UTF8, "application/json"));
                if (response.IsSuccessStatusCode) return true;
            }
            catch (HttpRequestException)
            {
            }
            await Task.Delay(100);
        }
        throw new TimeoutException($"anvil did not answer eth_chainId on port {port} within {StartupTimeout.TotalSeconds} s: {Log}");
    }

    private string Log
    {
        get
        {
            lock (_log) return _log.ToString();
        }
    }

    private static void Append(StringBuilder log, string? line)
    {
        if (line is null) return;
        lock (log)
        {
            if (log.Length < 64 * 1024) log.AppendLine(line);
        }
    }

    private static int FreeLoopbackPort()
    {
        var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        try
        {
            return ((IPEndPoint)listener.LocalEndpoint).Port;
        }
        finally
        {
            listener.Stop();
        }
    }

    /// <summary>
    /// The platform binary npm installs (@foundry-rs/anvil-os-arch), or the copy the wrapper
    /// package's postinstall downloads next to itself when the platform package is missing.
    /// </summary>
    private static string LocateBinary()
    {
        var root = RepositoryRoot();
        string exe = OperatingSystem.IsWindows() ? "anvil.exe" : "anvil";
        string os = OperatingSystem.IsWindows() ? "win32" : OperatingSystem.IsMacOS() ? "darwin" : "linux";
        string arch = RuntimeInformation.ProcessArchitecture == Architecture.Arm64 ? "arm64" : "amd64";
        var platformBinary = Path.Combine(root, "node_modules", "@foundry-rs", $"anvil-{os}-{arch}", "bin", exe);
        if (File.Exists(platformBinary)) return platformBinary;
        var fallback = Path.Combine(root, "node_modules", "@foundry-rs", "anvil", exe);
        if (File.Exists(fallback)) return fallback;
        throw new FileNotFoundException(
            $"anvil is not installed under {root}/node_modules (looked for @foundry-rs/anvil-{os}-{arch}): run ./test.sh (it runs npm install) first",
            platformBinary);
    }

    private static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "Rollup.sln"))) return dir.FullName;
        throw new DirectoryNotFoundException("repository root (Rollup.sln) not found above " + AppContext.BaseDirectory);
    }
}
