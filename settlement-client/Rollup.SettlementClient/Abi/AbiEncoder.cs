using System.Numerics;
using Rollup.SettlementClient.Primitives;

namespace Rollup.SettlementClient.Abi;

/// <summary>
/// Solidity's abi.encode: static values in place, dynamic ones behind a 32-byte offset into the
/// tail of their enclosing tuple. Values out of their type's range are refused, not truncated.
/// </summary>
public static class AbiEncoder
{
    public static byte[] Encode(string[] types, params object?[] values)
    {
        var parsed = new AbiType[types.Length];
        for (int i = 0; i < types.Length; i++) parsed[i] = AbiType.Parse(types[i]);
        return Encode(parsed, values);
    }

    public static byte[] Encode(IReadOnlyList<AbiType> types, IReadOnlyList<object?> values)
    {
        using var stream = new MemoryStream();
        WriteTuple(stream, types, values, "tuple");
        return stream.ToArray();
    }

    private static void WriteTuple(MemoryStream output, IReadOnlyList<AbiType> types, IReadOnlyList<object?> values, string context)
    {
        if (types.Count != values.Count) throw new AbiException($"{context}: {types.Count} types but {values.Count} values");
        int headSize = 0;
        foreach (var t in types) headSize += t.HeadSize;
        var tails = new MemoryStream();
        for (int i = 0; i < types.Count; i++)
        {
            if (types[i].IsDynamic)
            {
                WriteWord(output, new BigInteger(headSize + tails.Length));
                WriteValue(tails, types[i], values[i]);
            }
            else
            {
                WriteValue(output, types[i], values[i]);
            }
        }
        tails.Position = 0;
        tails.CopyTo(output);
    }

    private static void WriteValue(MemoryStream output, AbiType type, object? value)
    {
        switch (type.Kind)
        {
            case AbiTypeKind.UInt:
            {
                var v = AbiValueConverter.ToInteger(value, type.CanonicalName);
                if (v.Sign < 0 || v.GetBitLength() > type.Size) throw new AbiException($"{type}: value {v} is out of range");
                WriteWord(output, v);
                break;
            }
            case AbiTypeKind.Int:
            {
                var v = AbiValueConverter.ToInteger(value, type.CanonicalName);
                var limit = BigInteger.One << (type.Size - 1);
                if (v < -limit || v >= limit) throw new AbiException($"{type}: value {v} is out of range");
                WriteWord(output, v.Sign < 0 ? (BigInteger.One << 256) + v : v);
                break;
            }
            case AbiTypeKind.Address:
            {
                Span<byte> word = stackalloc byte[32];
                word.Clear();
                AbiValueConverter.ToAddress(value).WriteTo(word[12..]);
                output.Write(word);
                break;
            }
            case AbiTypeKind.Bool:
                WriteWord(output, AbiValueConverter.ToBool(value) ? BigInteger.One : BigInteger.Zero);
                break;
            case AbiTypeKind.FixedBytes:
            {
                var bytes = AbiValueConverter.ToBytes(value, type.CanonicalName);
                if (bytes.Length != type.Size) throw new AbiException($"{type}: expected {type.Size} bytes, got {bytes.Length}");
                WritePadded(output, bytes);
                break;
            }
            case AbiTypeKind.Bytes:
                WriteDynamicBytes(output, AbiValueConverter.ToBytes(value, "bytes"));
                break;
            case AbiTypeKind.String:
                WriteDynamicBytes(output, System.Text.Encoding.UTF8.GetBytes(AbiValueConverter.ToText(value)));
                break;
            case AbiTypeKind.Array:
            {
                var items = AbiValueConverter.ToList(value, type.CanonicalName);
                if (type.Length is { } fixedLength && items.Count != fixedLength)
                    throw new AbiException($"{type}: expected {fixedLength} elements, got {items.Count}");
                if (type.Length is null) WriteWord(output, items.Count);
                var elementTypes = new AbiType[items.Count];
                System.Array.Fill(elementTypes, type.Element!);
                WriteTuple(output, elementTypes, items, type.CanonicalName);
                break;
            }
            case AbiTypeKind.Tuple:
                WriteTuple(output, type.Components, AbiValueConverter.ToList(value, type.CanonicalName), type.CanonicalName);
                break;
            default:
                throw new AbiException($"cannot encode type {type}");
        }
    }

    private static void WriteDynamicBytes(MemoryStream output, byte[] bytes)
    {
        WriteWord(output, bytes.Length);
        WritePadded(output, bytes);
    }

    private static void WritePadded(MemoryStream output, byte[] bytes)
    {
        output.Write(bytes);
        int padding = (32 - bytes.Length % 32) % 32;
        for (int i = 0; i < padding; i++) output.WriteByte(0);
    }

    private static void WriteWord(MemoryStream output, BigInteger value)
    {
        Span<byte> word = stackalloc byte[32];
        BigEndianInteger.WriteFixed(value, word);
        output.Write(word);
    }
}
