using System.Globalization;
using Rollup.Core.Curves;
using Rollup.Core.Fields;
using Rollup.Core.State;
using Rollup.Sequencer.Rpc.Errors;
using Rollup.Sequencer.Rpc.Json;

namespace Rollup.Sequencer.Rpc.Requests;

/// <summary>Range checks from request DTOs to core types; each failure names the field and the rule.</summary>
internal static class ParamCheck
{
    public static ulong Price(ulong value, string field) =>
        value is >= 1 and <= Limits.MaxPrice ? value : throw RpcException.InvalidParams(field, $"must be in [1, {Limits.MaxPrice}] micro-USD");

    public static ulong Timestamp(ulong value, string field) =>
        value <= Limits.MaxTimestamp ? value : throw RpcException.InvalidParams(field, $"must be at most {Limits.MaxTimestamp} (40 bits)");

    public static uint Positive(uint value, string field) =>
        value >= 1 ? value : throw RpcException.InvalidParams(field, "must be at least 1");

    public static int InRange(int value, int min, int max, string field) =>
        value >= min && value <= max ? value : throw RpcException.InvalidParams(field, $"must be in [{min}, {max}]");

    public static ulong Amount(string text, string field)
    {
        if (!FieldText.IsDecimal(text, 19) || !ulong.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var v))
            throw RpcException.InvalidParams(field, "must be a decimal string without sign or leading zeros");
        if (v is < 1 or > Limits.MaxAmount) throw RpcException.InvalidParams(field, $"must be in [1, {Limits.MaxAmount}] micro-USD");
        return v;
    }

    public static Fr Field(string text, string field) =>
        FieldText.IsDecimal(text) && DecimalUInt256.TryParse(text, out var v) && Fr.TryFromCanonical(v, out var f)
            ? f
            : throw RpcException.InvalidParams(field, "must be a decimal string below the BN254 scalar field modulus");

    public static UInt256 SubgroupScalar(string text, string field)
    {
        if (!FieldText.IsDecimal(text))
            throw RpcException.InvalidParams(field, "must be a decimal string");
        if (!DecimalUInt256.TryParse(text, out var v) || v >= BabyJubjub.SubOrder)
            throw RpcException.InvalidParams(field, "must be below the Baby Jubjub subgroup order l");
        return v;
    }

    public static byte[] Hex(string text, int length, string field)
    {
        if (text.Length != 2 + 2 * length || !text.StartsWith("0x", StringComparison.Ordinal))
            throw RpcException.InvalidParams(field, $"must be 0x followed by {2 * length} hex digits");
        try
        {
            return Convert.FromHexString(text.AsSpan(2));
        }
        catch (FormatException)
        {
            throw RpcException.InvalidParams(field, "has a non-hex character");
        }
    }

    public static void Count<T>(IReadOnlyList<T> items, int min, int max, string field)
    {
        if (items.Count > max) throw new RpcException(RpcErrorCode.TooLarge, $"{field}: {items.Count} items exceed the limit of {max}",
            new Dictionary<string, string> { ["field"] = field, ["reason"] = $"at most {max} items" });
        if (items.Count < min) throw RpcException.InvalidParams(field, $"needs at least {min} item(s)");
    }
}
