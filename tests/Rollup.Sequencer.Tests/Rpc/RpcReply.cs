using System.Net;
using System.Text.Json;

namespace Rollup.Sequencer.Tests.Rpc;

internal sealed record RpcReply(HttpStatusCode Status, JsonElement? Body)
{
    public JsonElement Json => Body ?? throw new InvalidOperationException("the response had no body");

    public int ErrorCode => Json.GetProperty("error").GetProperty("code").GetInt32();

    public string ErrorField => Json.GetProperty("error").GetProperty("data").GetProperty("field").GetString()!;

    public string ErrorMessage => Json.GetProperty("error").GetProperty("message").GetString()!;

    public JsonElement Result => Json.TryGetProperty("result", out var r) ? r : throw new InvalidOperationException("error response: " + Json);
}
