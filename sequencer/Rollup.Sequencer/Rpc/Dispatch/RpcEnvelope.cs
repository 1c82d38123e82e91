using System.Text.Json;
using Rollup.Sequencer.Rpc.Errors;

namespace Rollup.Sequencer.Rpc.Dispatch;

/// <summary>
/// A request object's envelope, checked strictly: jsonrpc exactly "2.0", a string method, an id
/// that is a string, number or null (absent = notification), params an object or array, and no
/// other or repeated members.
/// </summary>
internal readonly record struct RpcEnvelope(string Method, JsonElement Id, bool HasId, JsonElement? Params)
{
    public static bool TryRead(JsonElement request, out RpcEnvelope envelope, out RpcError? error)
    {
        envelope = default;
        error = null;
        if (request.ValueKind != JsonValueKind.Object)
        {
            error = Invalid("a request must be a JSON object");
            return false;
        }
        string? version = null, method = null;
        JsonElement id = default;
        JsonElement? parameters = null;
        bool hasId = false, hasVersion = false, hasMethod = false, hasParams = false;
        foreach (var member in request.EnumerateObject())
        {
            switch (member.Name)
            {
                case "jsonrpc" when !hasVersion:
                    hasVersion = true;
                    version = member.Value.ValueKind == JsonValueKind.String ? member.Value.GetString() : null;
                    break;
                case "method" when !hasMethod:
                    hasMethod = true;
                    method = member.Value.ValueKind == JsonValueKind.String ? member.Value.GetString() : null;
                    break;
                case "id" when !hasId:
                    hasId = true;
                    id = member.Value;
                    break;
                case "params" when !hasParams:
                    hasParams = true;
                    parameters = member.Value;
                    break;
                case "jsonrpc" or "method" or "id" or "params":
                    error = Invalid($"member '{member.Name}' is given twice");
                    break;
                default:
                    error = Invalid($"unknown member '{member.Name}'");
                    break;
            }
            if (error is not null) break;
        }
        bool idValid = !hasId || id.ValueKind is JsonValueKind.String or JsonValueKind.Number or JsonValueKind.Null;
        envelope = new RpcEnvelope(method ?? "", idValid ? id : default, hasId, parameters);
        if (error is not null) return false;
        if (version != "2.0") error = Invalid("jsonrpc must be \"2.0\"");
        else if (method is null) error = Invalid("method must be a string");
        else if (!idValid) error = Invalid("id must be a string, a number or null");
        else if (parameters is { } p && p.ValueKind is not (JsonValueKind.Object or JsonValueKind.Array)) error = Invalid("params must be an object or an array");
        return error is null;
    }

    private static RpcError Invalid(string why) => new(RpcErrorCode.InvalidRequest, "invalid request: " + why);
}
