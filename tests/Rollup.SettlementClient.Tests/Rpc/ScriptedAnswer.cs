namespace Rollup.SettlementClient.Tests.Rpc;

/// <param name="Chunked">Sent without Content-Length, so a size cap must count the bytes as they arrive.</param>
internal sealed record ScriptedAnswer(int Status, string Body, bool Hang = false, bool Chunked = false)
{
    public static ScriptedAnswer Ok(string body) => new(200, body);
    public static ScriptedAnswer Http(int status) => new(status, "");
    public static ScriptedAnswer Hanging() => new(200, "", Hang: true);
}
