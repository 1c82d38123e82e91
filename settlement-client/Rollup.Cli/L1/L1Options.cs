using System.CommandLine;
using Rollup.Cli.Keys;
using Rollup.Core.Ethereum;
using Rollup.SettlementClient.Contracts.Deployment;

namespace Rollup.Cli.L1;

/// <summary>
/// The options every command that talks to L1 shares: the node, the deployment (a deployment.json
/// as `rollup devnet` and scripts/deploy-rollup.mjs write it, or a bare contract address), the
/// contract artifacts and, for commands that send, the key and confirmation depth.
/// </summary>
internal sealed class L1Options(bool sends)
{
    public const string RpcVariable = "ROLLUP_RPC_URL";
    public const string DefaultRpc = "http://127.0.0.1:8545";

    public Option<string?> Rpc { get; } = new("--rpc") { Description = $"EVM node JSON-RPC URL (default ${RpcVariable}, else {DefaultRpc})" };

    public Option<string?> Deployment { get; } = new("--deployment") { Description = "deployment.json of the rollup (from `rollup devnet` or scripts/deploy-rollup.mjs)" };

    public Option<string?> Contract { get; } = new("--contract") { Description = "address of the OptionsRollup contract (instead of --deployment)" };

    public Option<string?> Artifacts { get; } = new("--artifacts") { Description = "Hardhat artifacts directory (default contracts/artifacts of the repository)" };

    public Option<string?> PrivateKeyEnv { get; } = new("--private-key-env") { Description = "environment variable holding the sender's hex private key (instead of --keystore)" };

    public Option<int> Confirmations { get; } = new("--confirmations") { Description = "blocks a transaction must be under before it counts (default 1)", DefaultValueFactory = _ => 1 };

    public Option<string?> Journal { get; } = new("--journal") { Description = "transaction journal file (default ~/.rollup/journal-<chain id>-<address>.jsonl)" };

    public Option<bool> Json { get; } = new("--json") { Description = "print the result as JSON" };

    public Option<double> RpcTimeout { get; } = new("--rpc-timeout")
    {
        Description = "seconds each node request may take before it is retried (default 30; 5 attempts in all)",
        DefaultValueFactory = _ => 30,
    };

    public KeyOptions Keys { get; } = new();

    public void AddTo(Command command)
    {
        command.Options.Add(Rpc);
        command.Options.Add(Deployment);
        command.Options.Add(Contract);
        command.Options.Add(Artifacts);
        command.Options.Add(Json);
        command.Options.Add(RpcTimeout);
        if (!sends) return;
        Keys.AddTo(command);
        command.Options.Add(PrivateKeyEnv);
        command.Options.Add(Confirmations);
        command.Options.Add(Journal);
    }

    public Uri RpcUrl(ParseResult parse)
    {
        var text = parse.GetValue(Rpc) ?? Environment.GetEnvironmentVariable(RpcVariable) ?? DefaultRpc;
        if (!Uri.TryCreate(text, UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttp && uri.Scheme != Uri.UriSchemeHttps))
            throw new CliException(ExitCodes.Usage, $"--rpc {text} is not an http(s) URL");
        return uri;
    }

    public TimeSpan Timeout(ParseResult parse)
    {
        double seconds = parse.GetValue(RpcTimeout);
        if (!(seconds is > 0 and <= 600)) throw new CliException(ExitCodes.Usage, $"--rpc-timeout {seconds} is not in (0, 600] seconds");
        return TimeSpan.FromSeconds(seconds);
    }

    /// <summary>The rollup address and, when a deployment file was given, the whole deployment.</summary>
    public (L1Address Rollup, RollupDeployment? Deployment) Target(ParseResult parse)
    {
        var file = parse.GetValue(Deployment);
        var address = parse.GetValue(Contract);
        if ((file is null) == (address is null)) throw new CliException(ExitCodes.Usage, "give either --deployment FILE or --contract ADDRESS");
        if (address is not null)
            return L1Address.TryParse(address, out var a) ? (a, null) : throw new CliException(ExitCodes.Usage, $"--contract {address} is not an address");
        if (!File.Exists(file)) throw new CliException(ExitCodes.BadInput, $"deployment file {file} does not exist");
        try
        {
            var deployment = RollupDeployment.Load(file!);
            return (deployment.Rollup, deployment);
        }
        catch (Exception e) when (e is FormatException or System.Text.Json.JsonException or ArgumentException or InvalidOperationException)
        {
            throw new CliException(ExitCodes.BadInput, $"{file}: {e.Message}", e);
        }
    }
}
