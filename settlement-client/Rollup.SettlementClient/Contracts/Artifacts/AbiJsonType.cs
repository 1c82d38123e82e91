using System.Globalization;
using System.Text.Json;
using Rollup.SettlementClient.Abi;

namespace Rollup.SettlementClient.Contracts.Artifacts;

/// <summary>
/// Reads one ABI JSON parameter ({"type", "components"}) into an <see cref="AbiType"/>. Tuples
/// appear as "tuple", "tuple[]" or "tuple[8][]" with their fields in "components"; the array
/// suffixes apply left to right, as in Solidity (T[2][] is a dynamic array of T[2]).
/// </summary>
internal static class AbiJsonType
{
    public static AbiType Read(JsonElement parameter, string where)
    {
        var type = ArtifactJson.String(parameter, "type", where);
        if (!type.StartsWith("tuple", StringComparison.Ordinal)) return Parse(type, where);

        if (!parameter.TryGetProperty("components", out var components) || components.ValueKind != JsonValueKind.Array)
            throw new ArtifactException($"{where}: tuple type without components");
        var fields = new List<AbiType>(components.GetArrayLength());
        foreach (var component in components.EnumerateArray()) fields.Add(Read(component, where));
        var result = AbiType.Tuple(fields);

        var suffix = type.AsSpan("tuple".Length);
        while (!suffix.IsEmpty)
        {
            int close = suffix.IndexOf(']');
            if (suffix[0] != '[' || close < 0) throw new ArtifactException($"{where}: malformed type '{type}'");
            var length = suffix[1..close];
            if (length.IsEmpty) result = AbiType.Array(result);
            else if (int.TryParse(length, NumberStyles.None, CultureInfo.InvariantCulture, out int n) && n > 0) result = AbiType.Array(result, n);
            else throw new ArtifactException($"{where}: malformed array length in '{type}'");
            suffix = suffix[(close + 1)..];
        }
        return result;
    }

    public static List<AbiType> ReadList(JsonElement entry, string property, string where)
    {
        var list = new List<AbiType>();
        if (!entry.TryGetProperty(property, out var parameters)) return list;
        if (parameters.ValueKind != JsonValueKind.Array) throw new ArtifactException($"{where}: {property} is not an array");
        foreach (var p in parameters.EnumerateArray()) list.Add(Read(p, where));
        return list;
    }

    public static List<string> ReadNames(JsonElement entry, string property)
    {
        var names = new List<string>();
        if (!entry.TryGetProperty(property, out var parameters) || parameters.ValueKind != JsonValueKind.Array) return names;
        foreach (var p in parameters.EnumerateArray())
            names.Add(p.TryGetProperty("name", out var n) && n.ValueKind == JsonValueKind.String ? n.GetString()! : "");
        return names;
    }

    private static AbiType Parse(string type, string where)
    {
        try
        {
            return AbiType.Parse(type);
        }
        catch (AbiException e)
        {
            throw new ArtifactException($"{where}: {e.Message}", e);
        }
    }
}
