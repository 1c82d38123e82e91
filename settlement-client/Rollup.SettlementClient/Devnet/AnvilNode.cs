using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;
using System.Runtime.InteropServices;
using System.Text;
using System.Text.Json;
using Rollup.Core.Ethereum;

namespace Rollup.SettlementClient.Devnet;

/// <summary>
/// A local anvil node (npm @foundry-rs/anvil) bound to loopback, stopped on dispose. The funded
/// accounts are read from the file anvil writes with --config-out, not from a list of our own, so
/// they follow whatever mnemonic and account count anvil was started with.
/// </summary>
public sealed class AnvilNode : IDisposable
{
    private const int PortAttempts = 3;

    private readonly Process _process;
    private readonly StringBuilder _log;
    private readonly string _configFile;

    private AnvilNode(Process process, StringBuilder log, string configFile, Uri endpoint)
    {
        _process = process;
        _log = log;
        _configFile = configFile;
        Endpoint = endpoint;
    }

    public Uri Endpoint { get; }

    public ulong ChainId { get; private set; }

    public IReadOnlyList<DevAccount> Accounts { get; private set; } = [];

    public bool HasExited => _process.HasExited;

    /// <summary>What anvil printed (capped), for error messages.</summary>
    public string Log
    {
        get
        {
            lock (_log) return _log.ToString();
        }
    }

    public static async Task<AnvilNode> StartAsync(AnvilNodeOptions options, CancellationToken cancellation = default)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.Validate();
        var binary = LocateBinary(options.InstallRoot);
        // A port found free can be taken before anvil binds it; then another one is tried.
        int attempts = options.Port == 0 ? PortAttempts : 1;
        for (int attempt = 0; attempt < attempts; attempt++)
        {
            int port = options.Port == 0 ? FreeLoopbackPort() : options.Port;
            var node = await StartOnAsync(binary, port, options, cancellation);
            if (node is not null) return node;
        }
        throw new AnvilException(options.Port == 0
            ? $"anvil could not bind a free loopback port in {PortAttempts} attempts"
            : $"loopback port {options.Port} is in use");
    }

    public void Dispose()
    {
        try
        {
            if (!_process.HasExited)
            {
                _process.Kill(entireProcessTree: true);
                _process.WaitForExit(5_000);
            }
        }
        finally
        {
            _process.Dispose();
            TryDelete(_configFile);
        }
    }

    /// <summary>The started node, or null when its port was taken meanwhile.</summary>
    private static async Task<AnvilNode?> StartOnAsync(string binary, int port, AnvilNodeOptions options, CancellationToken cancellation)
    {
        var configFile = Path.Combine(Path.GetTempPath(), $"anvil-{Environment.ProcessId}-{port}-{Guid.NewGuid():N}.json");
        var psi = new ProcessStartInfo(binary) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        var arguments = new List<string>
        {
            "--host", "127.0.0.1", "--port", port.ToString(CultureInfo.InvariantCulture), "--quiet",
            "--chain-id", options.ChainId.ToString(CultureInfo.InvariantCulture),
            "--accounts", options.Accounts.ToString(CultureInfo.InvariantCulture),
            "--config-out", configFile,
        };
        if (options.BlockTimeSeconds > 0) arguments.AddRange(["--block-time", options.BlockTimeSeconds.ToString(CultureInfo.InvariantCulture)]);
        arguments.AddRange(options.ExtraArguments);
        foreach (var a in arguments) psi.ArgumentList.Add(a);

        var log = new StringBuilder();
        var process = new Process { StartInfo = psi };
        // Drained continuously: a full pipe would block the node.
        process.OutputDataReceived += (_, e) => Append(log, e.Data);
        process.ErrorDataReceived += (_, e) => Append(log, e.Data);
        if (!process.Start()) throw new AnvilException("could not start " + binary);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();

        var node = new AnvilNode(process, log, configFile, new Uri($"http://127.0.0.1:{port}/"));
        try
        {
            if (!await node.WaitUntilAnsweringAsync(port, options.StartupTimeout, cancellation))
            {
                node.Dispose();
                return null;
            }
            node.ReadConfig(options.ChainId);
            return node;
        }
        catch
        {
            node.Dispose();
            throw;
        }
    }

    /// <summary>True once eth_chainId answers and anvil's config file is written; false if anvil exited because the port was taken.</summary>
    private async Task<bool> WaitUntilAnsweringAsync(int port, TimeSpan timeout, CancellationToken cancellation)
    {
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(5) };
        const string probe = "{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"eth_chainId\",\"params\":[]}";
        var clock = Stopwatch.StartNew();
        while (clock.Elapsed < timeout)
        {
            if (_process.HasExited)
            {
                _process.WaitForExit();
                if (Log.Contains("in use", StringComparison.OrdinalIgnoreCase)) return false;
                throw new AnvilException($"anvil exited with status {_process.ExitCode} on start: {Log}");
            }
            try
            {
                using var response = await http.PostAsync(Endpoint, new StringContent(probe, Encoding.UTF8, "application/json"), cancellation);
                if (response.IsSuccessStatusCode && File.Exists(_configFile)) return true;
            }
            catch (HttpRequestException)
            {
            }
            catch (TaskCanceledException) when (!cancellation.IsCancellationRequested)
            {
            }
            await Task.Delay(100, cancellation);
        }
        throw new AnvilException($"anvil did not answer on port {port} within {timeout.TotalSeconds:0} s: {Log}");
    }

    private void ReadConfig(ulong chainId)
    {
        using var json = JsonDocument.Parse(File.ReadAllText(_configFile));
        var addresses = json.RootElement.GetProperty("available_accounts");
        var keys = json.RootElement.GetProperty("private_keys");
        if (addresses.GetArrayLength() != keys.GetArrayLength())
            throw new AnvilException("anvil's config lists different numbers of accounts and keys");
        var accounts = new List<DevAccount>();
        for (int i = 0; i < addresses.GetArrayLength(); i++)
            accounts.Add(new DevAccount(L1Address.Parse(addresses[i].GetString()!), keys[i].GetString()!));
        Accounts = accounts;
        ChainId = chainId;
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
    public static string LocateBinary(string installRoot)
    {
        string exe = OperatingSystem.IsWindows() ? "anvil.exe" : "anvil";
        string os = OperatingSystem.IsWindows() ? "win32" : OperatingSystem.IsMacOS() ? "darwin" : "linux";
        string arch = RuntimeInformation.ProcessArchitecture == Architecture.Arm64 ? "arm64" : "amd64";
        var platformBinary = Path.Combine(installRoot, "node_modules", "@foundry-rs", $"anvil-{os}-{arch}", "bin", exe);
        if (File.Exists(platformBinary)) return platformBinary;
        var fallback = Path.Combine(installRoot, "node_modules", "@foundry-rs", "anvil", exe);
        if (File.Exists(fallback)) return fallback;
        throw new AnvilException(
            $"anvil is not installed under {installRoot}/node_modules (looked for @foundry-rs/anvil-{os}-{arch}); run npm install (./run.sh does) first");
    }

    private static void TryDelete(string file)
    {
        try
        {
            File.Delete(file);
        }
        catch (IOException)
        {
        }
    }
}
