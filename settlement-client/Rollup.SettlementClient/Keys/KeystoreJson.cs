using System.Text.Json;

namespace Rollup.SettlementClient.Keys;

/// <summary>Strict field access for keystore JSON: a missing field or one of the wrong type is a <see cref="KeystoreException"/> naming the field.</summary>
internal static class KeystoreJson
{
    public static JsonElement Object(JsonElement parent, string name)
    {
        var value = Get(parent, name);
        if (value.ValueKind != JsonValueKind.Object) throw new KeystoreException($"keystore field \"{name}\" is not an object");
        return value;
    }

    public static string String(JsonElement parent, string name)
    {
        var value = Get(parent, name);
        if (value.ValueKind != JsonValueKind.String) throw new KeystoreException($"keystore field \"{name}\" is not a string");
        return value.GetString()!;
    }

    public static long Int(JsonElement parent, string name)
    {
        var value = Get(parent, name);
        if (value.ValueKind != JsonValueKind.Number || !value.TryGetInt64(out var number))
            throw new KeystoreException($"keystore field \"{name}\" is not an integer");
        return number;
    }

    /// <summary>Hex without 0x as keystores write it; a 0x prefix is tolerated.</summary>
    public static byte[] Bytes(JsonElement parent, string name)
    {
        var text = String(parent, name);
        var digits = text.StartsWith("0x", StringComparison.OrdinalIgnoreCase) ? text.AsSpan(2) : text.AsSpan();
        if (digits.Length == 0 || digits.Length % 2 != 0) throw new KeystoreException($"keystore field \"{name}\" is not whole bytes of hex");
        try
        {
            return Convert.FromHexString(digits);
        }
        catch (FormatException)
        {
            throw new KeystoreException($"keystore field \"{name}\" is not hex");
        }
    }

    private static JsonElement Get(JsonElement parent, string name) =>
        parent.TryGetProperty(name, out var value) ? value : throw new KeystoreException($"keystore has no \"{name}\" field");
}
