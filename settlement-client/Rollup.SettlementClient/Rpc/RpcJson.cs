using System.Globalization;
using System.Numerics;
using System.Text.Json;
using Rollup.Core.Ethereum;
using Rollup.SettlementClient.Primitives;

namespace Rollup.SettlementClient.Rpc;

/// <summary>
/// Strict readers and writers of the JSON-RPC value encodings: quantities are 0x hex without
/// leading zeros, data is 0x hex of whole bytes. A value that breaks the encoding is a
/// <see cref="FormatException"/>, which the typed client turns into a fatal <see cref="RpcException"/>.
/// </summary>
public static class RpcJson
{
    public static string Quantity(BigInteger value)
    {
        if (value.Sign < 0) throw new ArgumentOutOfRangeException(nameof(value), "a quantity is unsigned");
        return value.IsZero ? "0x0" : "0x" + Convert.ToHexStringLower(value.ToByteArray(isUnsigned: true, isBigEndian: true)).TrimStart('0');
    }

    public static BigInteger ReadQuantity(JsonElement element)
    {
        var text = element.ValueKind == JsonValueKind.String ? element.GetString()! : throw new FormatException($"a quantity is a string, not {element.ValueKind}");
        if (!text.StartsWith("0x", StringComparison.Ordinal) || text.Length < 3 || text.Length > 66)
            throw new FormatException($"not a quantity: '{text}'");
        if (text.Length > 3 && text[2] == '0') throw new FormatException($"a quantity has no leading zeros: '{text}'");
        foreach (char c in text.AsSpan(2))
            if (!char.IsAsciiHexDigit(c)) throw new FormatException($"not a quantity: '{text}'");
        return BigInteger.Parse("0" + text[2..], NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture);
    }

    public static ulong ReadUInt64(JsonElement element)
    {
        var value = ReadQuantity(element);
        return value <= ulong.MaxValue ? (ulong)value : throw new FormatException($"quantity {value} exceeds 64 bits");
    }

    public static byte[] ReadData(JsonElement element)
    {
        var text = element.ValueKind == JsonValueKind.String ? element.GetString()! : throw new FormatException($"data is a string, not {element.ValueKind}");
        if (!text.StartsWith("0x", StringComparison.Ordinal)) throw new FormatException("data starts with 0x");
        return Hex.Decode(text);
    }

    public static byte[] ReadHash(JsonElement element)
    {
        var bytes = ReadData(element);
        return bytes.Length == 32 ? bytes : throw new FormatException($"a hash is 32 bytes, not {bytes.Length}");
    }

    public static L1Address ReadAddress(JsonElement element)
    {
        var bytes = ReadData(element);
        return bytes.Length == L1Address.Size ? L1Address.FromBytes(bytes) : throw new FormatException($"an address is 20 bytes, not {bytes.Length}");
    }

    public static JsonElement Property(JsonElement obj, string name) =>
        obj.ValueKind == JsonValueKind.Object && obj.TryGetProperty(name, out var value) ? value : throw new FormatException($"missing field '{name}'");

    /// <summary>The field, or null when it is absent or JSON null.</summary>
    public static JsonElement? OptionalProperty(JsonElement obj, string name) =>
        obj.TryGetProperty(name, out var value) && value.ValueKind != JsonValueKind.Null ? value : null;
}
