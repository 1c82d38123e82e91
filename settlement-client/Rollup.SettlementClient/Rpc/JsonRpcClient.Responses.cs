using System.Text.Json;
using Rollup.SettlementClient.Primitives;

namespace Rollup.SettlementClient.Rpc;

public sealed partial class JsonRpcClient
{
    private static RpcResult ReadResponse(string method, long expectedId, JsonElement response)
    {
        if (response.ValueKind != JsonValueKind.Object) throw Malformed(method, "the answer is not a JSON-RPC response object");
        long id = ReadId(method, response);
        if (id != expectedId) throw Malformed(method, $"the answer has id {id}, the request {expectedId}");
        return ReadOutcome(method, response);
    }

    private static RpcResult[] MatchBatch(IReadOnlyList<RpcRequest> requests, long[] ids, JsonElement root)
    {
        // A node that cannot parse a batch answers with one error object instead of an array.
        if (root.ValueKind == JsonValueKind.Object && root.TryGetProperty("error", out _))
            ReadOutcome("batch", root).GetValueOrThrow();
        if (root.ValueKind != JsonValueKind.Array) throw Malformed("batch", "the answer to a batch is not an array");
        var results = new RpcResult[ids.Length];
        var filled = new bool[ids.Length];
        foreach (var response in root.EnumerateArray())
        {
            if (response.ValueKind != JsonValueKind.Object) throw Malformed("batch", "a batch answer is not an object");
            long id = ReadId("batch", response);
            int index = Array.IndexOf(ids, id);
            if (index < 0) throw Malformed("batch", $"an answer has id {id}, which no call of the batch has");
            if (filled[index]) throw Malformed("batch", $"two answers have id {id}");
            results[index] = ReadOutcome(requests[index].Method, response);
            filled[index] = true;
        }
        int missing = Array.IndexOf(filled, false);
        if (missing >= 0) throw Malformed("batch", $"no answer for call {missing} ({requests[missing].Method}, id {ids[missing]})");
        return results;
    }

    private static long ReadId(string method, JsonElement response)
    {
        if (!response.TryGetProperty("id", out var id) || id.ValueKind != JsonValueKind.Number || !id.TryGetInt64(out long value))
        {
            // id null: the node could not read the request's id (a parse or invalid-request error).
            if (response.TryGetProperty("error", out _)) ReadOutcome(method, response).GetValueOrThrow();
            throw Malformed(method, "the answer has no numeric id");
        }
        return value;
    }

    private static RpcResult ReadOutcome(string method, JsonElement response)
    {
        if (response.TryGetProperty("error", out var error) && error.ValueKind != JsonValueKind.Null)
            return new RpcResult(default, ReadError(method, error));
        if (!response.TryGetProperty("result", out var result)) throw Malformed(method, "the answer has neither result nor error");
        return new RpcResult(result.Clone(), null);
    }

    private static RpcException ReadError(string method, JsonElement error)
    {
        if (error.ValueKind != JsonValueKind.Object
            || !error.TryGetProperty("code", out var codeElement) || !codeElement.TryGetInt32(out int code))
            return Malformed(method, "the error object has no integer code");
        string message = error.TryGetProperty("message", out var m) && m.ValueKind == JsonValueKind.String ? m.GetString()! : "";
        var kind = RpcErrorClassifier.ClassifyError(code, message);
        RevertReason? revert = null;
        if (IsRevert(code, message))
            revert = RevertReason.Decode(RevertData(error));
        var text = revert is null ? $"error {code}: {message}" : $"error {code}: {message} ({revert})";
        return new RpcException(kind, method, text) { Code = code, Revert = revert };
    }

    private static bool IsRevert(int code, string message) =>
        code == RpcErrorClassifier.ExecutionReverted || message.Contains("execution reverted", StringComparison.OrdinalIgnoreCase);

    /// <summary>The revert bytes: error.data as hex, or error.data.data as some nodes nest it.</summary>
    private static byte[] RevertData(JsonElement error)
    {
        if (!error.TryGetProperty("data", out var data)) return [];
        if (data.ValueKind == JsonValueKind.Object && data.TryGetProperty("data", out var nested)) data = nested;
        if (data.ValueKind != JsonValueKind.String) return [];
        var text = data.GetString()!;
        if (!text.StartsWith("0x", StringComparison.Ordinal)) return [];
        try
        {
            return Hex.Decode(text);
        }
        catch (FormatException)
        {
            return [];
        }
    }

    private static RpcException Malformed(string method, string message) => new(RpcErrorKind.Fatal, method, message);
}
