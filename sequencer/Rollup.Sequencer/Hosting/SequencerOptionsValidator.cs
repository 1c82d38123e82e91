using System.Net;
using Microsoft.Extensions.Options;

namespace Rollup.Sequencer.Hosting;

/// <summary>Checks <see cref="SequencerOptions"/> before anything starts; every error names its option by its configuration path.</summary>
public sealed class SequencerOptionsValidator : IValidateOptions<SequencerOptions>
{
    private const string P = SequencerOptions.Section;

    public ValidateOptionsResult Validate(string? name, SequencerOptions options)
    {
        var errors = Errors(options);
        return errors.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(errors);
    }

    public static List<string> Errors(SequencerOptions o)
    {
        ArgumentNullException.ThrowIfNull(o);
        var errors = new List<string>();
        if (string.IsNullOrWhiteSpace(o.DataDirectory))
            errors.Add($"{P}:DataDirectory is required (the directory of the sequencer's database)");
        Endpoint(errors, o.Rpc, "Rpc", loopbackOnly: false);
        Endpoint(errors, o.Admin, "Admin", loopbackOnly: true);
        if (o.Rpc.Port != 0 && o.Rpc.Port == o.Admin.Port)
            errors.Add($"{P}:Admin:Port {o.Admin.Port} must differ from {P}:Rpc:Port");
        if (o.Batch.Slots is < 1 or > BatchingOptions.MaxSlots)
            errors.Add($"{P}:Batch:Slots must be 1..{BatchingOptions.MaxSlots}, it is {o.Batch.Slots}");
        if (o.Batch.MaxAge <= TimeSpan.Zero || o.Batch.MaxAge > TimeSpan.FromDays(1))
            errors.Add($"{P}:Batch:MaxAge must be more than zero and at most one day, it is {o.Batch.MaxAge}");
        if (o.Batch.PriorityDeadlineMargin < TimeSpan.Zero || o.Batch.PriorityDeadlineMargin > TimeSpan.FromDays(30))
            errors.Add($"{P}:Batch:PriorityDeadlineMargin must be 0..30 days, it is {o.Batch.PriorityDeadlineMargin}");
        L1(errors, o.L1);
        OperatorKey(errors, o.OperatorKey, o.L1);
        errors.AddRange(o.Log.Validate($"{P}:Log"));
        if (o.PreparedKeys is < 0 or > 1_000_000)
            errors.Add($"{P}:PreparedKeys must be 0..1000000, it is {o.PreparedKeys}");
        return errors;
    }

    private static void Endpoint(List<string> errors, EndpointOptions e, string name, bool loopbackOnly)
    {
        if (!IPAddress.TryParse(e.BindAddress, out var address))
            errors.Add($"{P}:{name}:BindAddress '{e.BindAddress}' is not an IP address");
        else if (loopbackOnly && !IPAddress.IsLoopback(address))
            errors.Add($"{P}:{name}:BindAddress '{e.BindAddress}' is not a loopback address; the admin port is reachable from this machine only (127.0.0.1 or ::1)");
        if (e.Port is < 0 or > 65_535)
            errors.Add($"{P}:{name}:Port must be 0..65535 (0 picks a free port), it is {e.Port}");
    }

    private static void L1(List<string> errors, L1Options l1)
    {
        if (l1.GenesisFile is { Length: > 0 } genesis && !File.Exists(genesis))
            errors.Add($"{P}:L1:GenesisFile '{genesis}' does not exist (on a devnet, run `./rollup devnet` first)");
        if (!string.IsNullOrWhiteSpace(l1.ArtifactsDirectory) && !Directory.Exists(l1.ArtifactsDirectory))
            errors.Add($"{P}:L1:ArtifactsDirectory {l1.ArtifactsDirectory} does not exist (run `npx hardhat build`, or leave it empty inside the repository)");
        if (string.IsNullOrWhiteSpace(l1.RpcUrl)) return;
        if (!Uri.TryCreate(l1.RpcUrl, UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttp && uri.Scheme != Uri.UriSchemeHttps))
            errors.Add($"{P}:L1:RpcUrl '{l1.RpcUrl}' is not an http(s) URL");
        if (string.IsNullOrWhiteSpace(l1.DeploymentFile))
            errors.Add($"{P}:L1:DeploymentFile is required with {P}:L1:RpcUrl (deployment.json of the rollup)");
        else if (!File.Exists(l1.DeploymentFile))
            errors.Add($"{P}:L1:DeploymentFile '{l1.DeploymentFile}' does not exist (on a devnet, run `./rollup devnet` first)");
        if (string.IsNullOrWhiteSpace(l1.GenesisFile))
            errors.Add($"{P}:L1:GenesisFile is required with {P}:L1:RpcUrl (genesis.json the contract was deployed with)");
        if (l1.Confirmations is < 0 or > 1000)
            errors.Add($"{P}:L1:Confirmations must be 0..1000, it is {l1.Confirmations}");
    }

    private static void OperatorKey(List<string> errors, OperatorKeyOptions key, L1Options l1)
    {
        const string K = P + ":OperatorKey";
        bool hasL1 = !string.IsNullOrWhiteSpace(l1.RpcUrl);
        switch (key.Source)
        {
            case OperatorKeySourceKind.None:
                if (hasL1) errors.Add($"{K}:Source is None but {P}:L1:RpcUrl is set; posting batches needs Environment, Keystore or DevnetAccount");
                break;
            case OperatorKeySourceKind.Environment:
                if (string.IsNullOrWhiteSpace(key.Variable))
                    errors.Add($"{K}:Variable is required with Source=Environment (the name of the variable holding the key)");
                else if (Environment.GetEnvironmentVariable(key.Variable) is null)
                    errors.Add($"{K}:Variable names environment variable {key.Variable}, which is not set");
                break;
            case OperatorKeySourceKind.Keystore:
                if (string.IsNullOrWhiteSpace(key.KeystoreFile))
                    errors.Add($"{K}:KeystoreFile is required with Source=Keystore");
                else if (!File.Exists(key.KeystoreFile))
                    errors.Add($"{K}:KeystoreFile '{key.KeystoreFile}' does not exist");
                bool variable = !string.IsNullOrWhiteSpace(key.PasswordVariable);
                bool file = !string.IsNullOrWhiteSpace(key.PasswordFile);
                if (variable == file)
                    errors.Add($"{K}: exactly one of PasswordVariable and PasswordFile is required with Source=Keystore");
                else if (file && !File.Exists(key.PasswordFile))
                    errors.Add($"{K}:PasswordFile '{key.PasswordFile}' does not exist");
                else if (variable && Environment.GetEnvironmentVariable(key.PasswordVariable!) is null)
                    errors.Add($"{K}:PasswordVariable names environment variable {key.PasswordVariable}, which is not set");
                break;
            case OperatorKeySourceKind.DevnetAccount:
                if (!hasL1 || !Uri.TryCreate(l1.RpcUrl, UriKind.Absolute, out var uri) || !uri.IsLoopback)
                    errors.Add($"{K}:Source=DevnetAccount uses a public development key and needs {P}:L1:RpcUrl on loopback (a local devnet)");
                break;
            default:
                errors.Add($"{K}:Source '{key.Source}' is not one of None, Environment, Keystore, DevnetAccount");
                break;
        }
    }
}
