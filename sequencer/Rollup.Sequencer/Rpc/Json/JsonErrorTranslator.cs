using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using System.Text.RegularExpressions;
using Rollup.Core.Ethereum;
using Rollup.Core.Fields;
using Rollup.Sequencer.Rpc.Errors;
using Rollup.Sequencer.Rpc.Views;

namespace Rollup.Sequencer.Rpc.Json;

/// <summary>
/// Turns System.Text.Json's exceptions into -32602 errors that name the field (as a path from
/// params, e.g. order.limitPrice or cancels[1].signature) and say why in API terms: the
/// serializer only names the enclosing .NET type, so the expected type is looked up by walking
/// the path through the serializer's own contract of the params record.
/// </summary>
public static partial class JsonErrorTranslator
{
    public static RpcException ToInvalidParams(JsonException e, Type paramsType)
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
        if (message.Contains("duplicate", StringComparison.OrdinalIgnoreCase))
            return RpcException.InvalidParams(path, "a field is given twice");
        var type = TypeAt(paramsType, e.Path);
        bool isNull = e.InnerException?.Message.Contains("'Null'", StringComparison.Ordinal) == true
            || message.Contains("null value", StringComparison.OrdinalIgnoreCase);
        if (isNull && (type is null || Nullable.GetUnderlyingType(type) is null)) return RpcException.InvalidParams(path, "must not be null");
        // Our converters throw with a message meant for the client; the serializer appends its path.
        if (message.StartsWith("expected ", StringComparison.Ordinal) || message.StartsWith("address ", StringComparison.Ordinal))
            return RpcException.InvalidParams(path, StripPath(message));
        return RpcException.InvalidParams(path, type is null ? "has the wrong type or shape" : Expected(type));
    }

    private static string StripPath(string message)
    {
        int cut = message.IndexOf(" Path:", StringComparison.Ordinal);
        return cut > 0 ? message[..cut] : message;
    }

    /// <summary>The declared type at a JSON path ($.a.b[0].c) of the params record, or null when the path leaves the contract.</summary>
    private static Type? TypeAt(Type root, string? jsonPath)
    {
        if (string.IsNullOrEmpty(jsonPath) || jsonPath == "$") return root;
        Type? current = root;
        foreach (Match segment in SegmentRegex().Matches(jsonPath))
        {
            if (current is null) return null;
            if (segment.Groups["index"].Success)
            {
                current = ElementType(current);
                continue;
            }
            var name = segment.Groups["name"].Value;
            var info = RpcJson.Options.GetTypeInfo(Nullable.GetUnderlyingType(current) ?? current);
            current = null;
            if (info.Kind != JsonTypeInfoKind.Object) return null;
            foreach (var property in info.Properties)
                if (property.Name == name) current = property.PropertyType;
        }
        return current;
    }

    private static Type? ElementType(Type type)
    {
        if (type.IsArray) return type.GetElementType();
        foreach (var i in type.IsInterface ? type.GetInterfaces().Append(type) : type.GetInterfaces())
            if (i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IEnumerable<>)) return i.GetGenericArguments()[0];
        return null;
    }

    private static string Expected(Type type)
    {
        type = Nullable.GetUnderlyingType(type) ?? type;
        if (type.IsEnum)
            return "must be one of " + string.Join(", ", Enum.GetNames(type).Select(n => "\"" + JsonNamingPolicy.CamelCase.ConvertName(n) + "\""));
        if (type == typeof(byte)) return "must be an integer in [0, 255]";
        if (type == typeof(ushort)) return "must be an integer in [0, 65535]";
        if (type == typeof(uint)) return "must be an integer in [0, 4294967295]";
        if (type == typeof(int)) return "must be an integer in [-2147483648, 2147483647]";
        if (type == typeof(ulong)) return "must be an integer in [0, 18446744073709551615]";
        if (type == typeof(long)) return "must be an integer in [-9223372036854775808, 9223372036854775807]";
        if (type == typeof(bool)) return "must be true or false";
        if (type == typeof(string)) return "must be a string";
        if (type == typeof(Fr)) return "must be a decimal string below the BN254 scalar field modulus";
        if (type == typeof(L1Address)) return "must be a 0x-prefixed 20-byte address";
        if (type == typeof(Hash32)) return "must be a 0x-prefixed 32-byte hash";
        if (type != typeof(string) && ElementType(type) is not null) return "must be an array";
        return "must be an object";
    }

    private static string FieldPath(string? jsonPath)
    {
        if (string.IsNullOrEmpty(jsonPath) || jsonPath == "$") return "params";
        var p = jsonPath.StartsWith("$.", StringComparison.Ordinal) ? jsonPath[2..] : jsonPath.TrimStart('$');
        return p.Length == 0 ? "params" : p;
    }

    private static string Join(string path, string member) => path == "params" ? member : path + "." + member;

    [GeneratedRegex("missing required properties including: '([^']+)'")]
    private static partial Regex MissingRegex();

    [GeneratedRegex("The JSON property '([^']+)' could not be mapped")]
    private static partial Regex UnknownRegex();

    [GeneratedRegex(@"\.(?<name>[A-Za-z0-9_]+)|\[(?<index>\d+)\]|\['(?<name>[^']+)'\]")]
    private static partial Regex SegmentRegex();
}
