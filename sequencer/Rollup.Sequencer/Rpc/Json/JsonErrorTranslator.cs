using System.Text.Json;
using System.Text.RegularExpressions;
using Rollup.Sequencer.Rpc.Errors;

namespace Rollup.Sequencer.Rpc.Json;

/// <summary>
/// Turns System.Text.Json's exceptions into -32602 errors that name the field (as a path from
/// params, e.g. order.limitPrice) and say why in API terms rather than .NET type names.
/// </summary>
public static partial class JsonErrorTranslator
{
    public static RpcException ToInvalidParams(JsonException e)
    {
        var path = FieldPath(e.Path);
        var message = e.Message;
        var missing = MissingRegex().Match(message);
        if (missing.Success)
            return RpcException.InvalidParams(Join(path, missing.Groups[1].Value), "is required");
        var unknown = UnknownRegex().Match(message);
        if (unknown.Success)
        {
            // The reader's path already ends at the unknown member.
            var member = unknown.Groups[1].Value;
            var field = path == member || path.EndsWith("." + member, StringComparison.Ordinal) ? path : Join(path, member);
            return RpcException.InvalidParams(field, "is not a known field");
        }
        if (message.Contains("Duplicate", StringComparison.OrdinalIgnoreCase))
            return RpcException.InvalidParams(path, "a field is given twice");
        if (message.Contains("null", StringComparison.OrdinalIgnoreCase) && message.Contains("non-nullable", StringComparison.OrdinalIgnoreCase))
            return RpcException.InvalidParams(path, "must not be null");
        var converted = ConvertRegex().Match(message);
        if (converted.Success)
            return RpcException.InvalidParams(path, Expected(converted.Groups[1].Value));
        // Our own converters throw with a message meant for the client and no path decoration.
        if (!message.StartsWith("The JSON", StringComparison.Ordinal) && e.InnerException is null && !message.Contains("Path:", StringComparison.Ordinal))
            return RpcException.InvalidParams(path, message);
        return RpcException.InvalidParams(path, "has the wrong type or shape");
    }

    private static string FieldPath(string? jsonPath)
    {
        if (string.IsNullOrEmpty(jsonPath) || jsonPath == "$") return "params";
        var p = jsonPath.StartsWith("$.", StringComparison.Ordinal) ? jsonPath[2..] : jsonPath.TrimStart('$');
        return p.Length == 0 ? "params" : p;
    }

    private static string Join(string path, string member) => path == "params" ? member : path + "." + member;

    private static string Expected(string clrType)
    {
        var type = clrType.Replace("System.Nullable`1[[", "", StringComparison.Ordinal);
        int comma = type.IndexOf(',');
        if (comma > 0) type = type[..comma];
        type = type.Replace("System.", "", StringComparison.Ordinal);
        return type switch
        {
            "Byte" => "must be an integer in [0, 255]",
            "UInt16" => "must be an integer in [0, 65535]",
            "UInt32" => "must be an integer in [0, 4294967295]",
            "Int32" => "must be an integer in [-2147483648, 2147483647]",
            "UInt64" => "must be an integer in [0, 18446744073709551615]",
            "Int64" => "must be an integer in [-9223372036854775808, 9223372036854775807]",
            "String" => "must be a string",
            "Boolean" => "must be true or false",
            _ when type.Contains("IReadOnlyList", StringComparison.Ordinal) => "must be an array",
            _ when type.StartsWith("Rollup.Core.Operations.Side", StringComparison.Ordinal) => "must be \"buy\" or \"sell\"",
            _ when type.StartsWith("Rollup.Sequencer.Rpc.TimeInForce", StringComparison.Ordinal) => "must be \"gtc\" or \"ioc\"",
            _ when type.StartsWith("Rollup.Core.Operations.OraclePriceKind", StringComparison.Ordinal) => "must be \"index\" or \"settlement\"",
            _ when type.StartsWith("Rollup.Sequencer.Rpc.Subscriptions.SubscriptionTopic", StringComparison.Ordinal) => "must be \"book\", \"fills\" or \"batches\"",
            _ => "must be an object",
        };
    }

    [GeneratedRegex("missing required properties including: '([^']+)'")]
    private static partial Regex MissingRegex();

    [GeneratedRegex("The JSON property '([^']+)' could not be mapped")]
    private static partial Regex UnknownRegex();

    [GeneratedRegex("could not be converted to ([^ .]+(?:\\.[^ .]+)*)\\.? Path")]
    private static partial Regex ConvertRegex();
}
