using System.Collections;
using System.Globalization;
using System.Numerics;
using Rollup.Core.Ethereum;
using Rollup.SettlementClient.Addresses;
using Rollup.SettlementClient.Primitives;

namespace Rollup.SettlementClient.Abi;

/// <summary>
/// Turns caller values into the canonical forms the encoders use. Integers may be given as
/// BigInteger, any .NET integer type, or a decimal / 0x-hex string; addresses as
/// <see cref="L1Address"/> or an (EIP-55-checked) string; bytes as byte[] or hex.
/// </summary>
internal static class AbiValueConverter
{
    public static BigInteger ToInteger(object? value, string type) => value switch
    {
        BigInteger b => b,
        int i => i,
        long l => l,
        uint u => u,
        ulong ul => ul,
        short s => s,
        ushort us => us,
        byte by => by,
        sbyte sb => sb,
        string text when text.StartsWith("0x", StringComparison.OrdinalIgnoreCase) => BigEndianInteger.FromBytes(HexOrThrow(text, type)),
        string text when BigInteger.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var parsed) => parsed,
        _ => throw new AbiException($"{type}: expected an integer, got {Describe(value)}"),
    };

    public static L1Address ToAddress(object? value) => value switch
    {
        L1Address a => a,
        string text => ParseAddress(text),
        _ => throw new AbiException($"address: expected an address, got {Describe(value)}"),
    };

    public static bool ToBool(object? value) =>
        value is bool b ? b : throw new AbiException($"bool: expected a boolean, got {Describe(value)}");

    public static byte[] ToBytes(object? value, string type) => value switch
    {
        byte[] b => b,
        string text => HexOrThrow(text, type),
        _ => throw new AbiException($"{type}: expected bytes, got {Describe(value)}"),
    };

    public static string ToText(object? value) =>
        value as string ?? throw new AbiException($"string: expected a string, got {Describe(value)}");

    public static IReadOnlyList<object?> ToList(object? value, string type)
    {
        if (value is IReadOnlyList<object?> list) return list;
        if (value is IEnumerable enumerable and not string and not byte[])
        {
            var copy = new List<object?>();
            foreach (var item in enumerable) copy.Add(item);
            return copy;
        }
        throw new AbiException($"{type}: expected a sequence of values, got {Describe(value)}");
    }

    private static L1Address ParseAddress(string text)
    {
        try
        {
            return AddressChecksum.Parse(text);
        }
        catch (AddressFormatException e)
        {
            throw new AbiException("address: " + e.Message);
        }
    }

    private static byte[] HexOrThrow(string text, string type)
    {
        if (!text.StartsWith("0x", StringComparison.OrdinalIgnoreCase)) throw new AbiException($"{type}: hex value must start with 0x: '{text}'");
        try
        {
            return Hex.Decode(text);
        }
        catch (FormatException e)
        {
            throw new AbiException($"{type}: {e.Message}");
        }
    }

    private static string Describe(object? value) => value is null ? "null" : $"{value.GetType().Name} '{value}'";
}
