using System.CommandLine;
using Rollup.Cli.Keys;

namespace Rollup.Cli.Orders;

/// <summary>
/// Options of the commands that talk to the sequencer's JSON-RPC (docs/RPC.md): where it is, the
/// deployment whose signing domain the trader trusts, and the trader's Ethereum key (the L2 key
/// is derived from it, PROTOCOL §3.2).
/// </summary>
internal sealed class SequencerOptions(bool signs)
{
    public const string UrlVariable = "ROLLUP_SEQUENCER_URL";
    public const string DefaultUrl = "http://127.0.0.1:8550/";

    public Option<string?> Sequencer { get; } = new("--sequencer") { Description = $"sequencer JSON-RPC URL (default ${UrlVariable}, else {DefaultUrl})" };

    public Option<string?> Deployment { get; } = new("--deployment")
    {
        Description = "deployment.json of the rollup: the signing domain is taken from it and the sequencer's answer checked against it",
    };

    public Option<string?> PrivateKeyEnv { get; } = new("--private-key-env") { Description = "environment variable holding the trader's hex Ethereum key (instead of --keystore)" };

    public Option<bool> Json { get; } = new("--json") { Description = "print the result as JSON" };

    public KeyOptions Keys { get; } = new();

    public bool Signs => signs;

    public void AddTo(Command command)
    {
        command.Options.Add(Sequencer);
        command.Options.Add(Deployment);
        command.Options.Add(Json);
        Keys.AddTo(command);
        command.Options.Add(PrivateKeyEnv);
    }

    public Uri Url(ParseResult parse)
    {
        var text = parse.GetValue(Sequencer) ?? Environment.GetEnvironmentVariable(UrlVariable) ?? DefaultUrl;
        if (!Uri.TryCreate(text, UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttp && uri.Scheme != Uri.UriSchemeHttps))
            throw new CliException(ExitCodes.Usage, $"--sequencer {text} is not an http(s) URL");
        return uri;
    }
}
