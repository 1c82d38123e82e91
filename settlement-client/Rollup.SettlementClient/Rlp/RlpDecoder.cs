using System.Numerics;
using Rollup.SettlementClient.Primitives;

namespace Rollup.SettlementClient.Rlp;

/// <summary>
/// Strict RLP decoding: every item must use its one canonical encoding (a single byte below
/// 0x80 stands alone, short lengths use the short form, lengths have no leading zeros) and
/// the input must hold exactly one item. Anything else is refused, because two encodings of
/// one transaction would give it two hashes.
/// </summary>
public static class RlpDecoder
{
    private const int ShortLimit = 56;

    public static RlpItem Decode(ReadOnlySpan<byte> data)
    {
        int position = 0;
        var item = DecodeItem(data, ref position, 0);
        if (position != data.Length)
            throw new RlpException($"{data.Length - position} trailing byte(s) after the RLP item");
        return item;
    }

    /// <summary>Reads a byte string as an unsigned integer of at most maxBytes bytes; leading zeros are refused.</summary>
    public static BigInteger DecodeUInt(RlpItem item, int maxBytes = 32)
    {
        var bytes = item.Bytes;
        if (bytes.Length > maxBytes) throw new RlpException($"integer of {bytes.Length} bytes exceeds {maxBytes} bytes");
        if (bytes.Length > 0 && bytes[0] == 0) throw new RlpException("integer has a leading zero byte");
        return BigEndianInteger.FromBytes(bytes);
    }

    public static ulong DecodeUInt64(RlpItem item) => (ulong)DecodeUInt(item, 8);

    private const int MaxDepth = 1024;

    private static RlpItem DecodeItem(ReadOnlySpan<byte> data, ref int position, int depth)
    {
        if (depth > MaxDepth) throw new RlpException("RLP nesting is too deep");
        if (position >= data.Length) throw new RlpException("unexpected end of RLP input");
        byte prefix = data[position];
        if (prefix < 0x80)
        {
            position++;
            return RlpItem.FromBytes([prefix]);
        }
        bool isList = prefix >= 0xc0;
        int offset = isList ? 0xc0 : 0x80;
        int start = position + 1;
        int length;
        if (prefix - offset < ShortLimit)
        {
            length = prefix - offset;
        }
        else
        {
            int lengthOfLength = prefix - offset - ShortLimit + 1;
            if (start + lengthOfLength > data.Length) throw new RlpException("RLP length field runs past the end of the input");
            var lengthBytes = data.Slice(start, lengthOfLength);
            if (lengthBytes[0] == 0) throw new RlpException("RLP length has a leading zero byte");
            if (lengthOfLength > 4) throw new RlpException("RLP length exceeds 4 bytes");
            long longLength = (long)BigEndianInteger.FromBytes(lengthBytes);
            if (longLength < ShortLimit) throw new RlpException($"RLP long form used for length {longLength} (< 56)");
            if (longLength > int.MaxValue) throw new RlpException("RLP length is too large");
            length = (int)longLength;
            start += lengthOfLength;
        }
        if ((long)start + length > data.Length) throw new RlpException($"RLP item of {length} bytes runs past the end of the input");
        position = start + length;
        if (!isList)
        {
            var payload = data.Slice(start, length);
            if (length == 1 && payload[0] < 0x80) throw new RlpException("single byte below 0x80 must be encoded as itself");
            return RlpItem.FromBytes(payload.ToArray());
        }
        var items = new List<RlpItem>();
        var listData = data[..(start + length)];
        int inner = start;
        while (inner < start + length) items.Add(DecodeItem(listData, ref inner, depth + 1));
        return RlpItem.FromList(items);
    }
}
