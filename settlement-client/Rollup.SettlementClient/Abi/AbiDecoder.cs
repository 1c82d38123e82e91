using System.Numerics;
using System.Text;
using Rollup.Core.Ethereum;
using Rollup.SettlementClient.Primitives;

namespace Rollup.SettlementClient.Abi;

/// <summary>
/// Strict abi.decode. Results are BigInteger (uintN/intN), <see cref="L1Address"/>, bool,
/// byte[] (bytesN and bytes), string, and object?[] (arrays and tuples). Every offset and
/// length must stay inside the data and every padding bit must be zero (or the sign for intN),
/// so calldata that Solidity would reject, or that has two readings, is refused here too.
/// Bytes after the last value are allowed, as Solidity's abi.decode allows them.
/// </summary>
public static class AbiDecoder
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    public static object?[] Decode(string[] types, ReadOnlySpan<byte> data)
    {
        var parsed = new AbiType[types.Length];
        for (int i = 0; i < types.Length; i++) parsed[i] = AbiType.Parse(types[i]);
        return Decode(parsed, data);
    }

    public static object?[] Decode(IReadOnlyList<AbiType> types, ReadOnlySpan<byte> data) => ReadTuple(data, 0, types);

    /// <summary>Decodes one value of the given type held in a single 32-byte word (an indexed event topic).</summary>
    public static object? DecodeWord(AbiType type, ReadOnlySpan<byte> word32)
    {
        if (word32.Length != 32) throw new AbiException($"expected a 32-byte word, got {word32.Length} bytes");
        if (type.IsDynamic || type.HeadSize != 32) throw new AbiException($"{type} does not fit one word");
        return ReadValue(word32, 0, type);
    }

    private static object?[] ReadTuple(ReadOnlySpan<byte> data, int start, IReadOnlyList<AbiType> types)
    {
        var values = new object?[types.Count];
        int head = start;
        for (int i = 0; i < types.Count; i++)
        {
            var type = types[i];
            if (type.IsDynamic)
            {
                var offset = ReadUInt(data, head, "offset");
                if (offset > data.Length - start) throw new AbiException($"{type}: offset {offset} points outside the data");
                values[i] = ReadValue(data, start + (int)offset, type);
            }
            else
            {
                values[i] = ReadValue(data, head, type);
            }
            head += type.HeadSize;
        }
        return values;
    }

    private static object? ReadValue(ReadOnlySpan<byte> data, int position, AbiType type)
    {
        switch (type.Kind)
        {
            case AbiTypeKind.UInt:
            {
                var v = BigEndianInteger.FromBytes(Word(data, position, type));
                if (v.GetBitLength() > type.Size) throw new AbiException($"{type}: value has non-zero high bits");
                return v;
            }
            case AbiTypeKind.Int:
            {
                var v = new BigInteger(Word(data, position, type), isUnsigned: false, isBigEndian: true);
                var limit = BigInteger.One << (type.Size - 1);
                if (v < -limit || v >= limit) throw new AbiException($"{type}: value is not sign-extended");
                return v;
            }
            case AbiTypeKind.Address:
            {
                var word = Word(data, position, type);
                RequireZero(word[..12], type);
                return L1Address.FromBytes(word[12..]);
            }
            case AbiTypeKind.Bool:
            {
                var word = Word(data, position, type);
                RequireZero(word[..31], type);
                return word[31] switch
                {
                    0 => false,
                    1 => true,
                    _ => throw new AbiException($"bool: value {word[31]} is neither 0 nor 1"),
                };
            }
            case AbiTypeKind.FixedBytes:
            {
                var word = Word(data, position, type);
                RequireZero(word[type.Size..], type);
                return word[..type.Size].ToArray();
            }
            case AbiTypeKind.Bytes:
                return ReadDynamicBytes(data, position, type).ToArray();
            case AbiTypeKind.String:
                try
                {
                    return StrictUtf8.GetString(ReadDynamicBytes(data, position, type));
                }
                catch (DecoderFallbackException)
                {
                    throw new AbiException("string: not valid UTF-8");
                }
            case AbiTypeKind.Array:
            {
                int count;
                int start = position;
                if (type.Length is { } fixedLength)
                {
                    count = fixedLength;
                }
                else
                {
                    var length = ReadUInt(data, position, "array length");
                    start = position + 32;
                    // Each element takes at least one word, which bounds a hostile length before allocating.
                    if (length > (data.Length - start) / 32) throw new AbiException($"{type}: length {length} exceeds the data");
                    count = (int)length;
                }
                var elementTypes = new AbiType[count];
                System.Array.Fill(elementTypes, type.Element!);
                return ReadTuple(data, start, elementTypes);
            }
            case AbiTypeKind.Tuple:
                return ReadTuple(data, position, type.Components);
            default:
                throw new AbiException($"cannot decode type {type}");
        }
    }

    private static ReadOnlySpan<byte> ReadDynamicBytes(ReadOnlySpan<byte> data, int position, AbiType type)
    {
        var length = ReadUInt(data, position, "length");
        int start = position + 32;
        if (length > data.Length - start) throw new AbiException($"{type}: length {length} exceeds the data");
        int padded = ((int)length + 31) / 32 * 32;
        if (padded > data.Length - start) throw new AbiException($"{type}: padding runs past the end of the data");
        RequireZero(data.Slice(start + (int)length, padded - (int)length), type);
        return data.Slice(start, (int)length);
    }

    private static int ReadUInt(ReadOnlySpan<byte> data, int position, string what)
    {
        var word = Word(data, position, null);
        for (int i = 0; i < 24; i++)
            if (word[i] != 0) throw new AbiException($"{what} is too large");
        var value = System.Buffers.Binary.BinaryPrimitives.ReadUInt64BigEndian(word[24..]);
        if (value > int.MaxValue) throw new AbiException($"{what} is too large");
        return (int)value;
    }

    private static ReadOnlySpan<byte> Word(ReadOnlySpan<byte> data, int position, AbiType? type)
    {
        if (position < 0 || position > data.Length - 32)
            throw new AbiException($"{(type is null ? "data" : type.CanonicalName)}: reading past the end of the data at byte {position}");
        return data.Slice(position, 32);
    }

    private static void RequireZero(ReadOnlySpan<byte> padding, AbiType type)
    {
        foreach (var b in padding)
            if (b != 0) throw new AbiException($"{type}: non-zero padding");
    }
}
