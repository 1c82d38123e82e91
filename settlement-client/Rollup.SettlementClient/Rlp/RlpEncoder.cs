using System.Numerics;
using Rollup.SettlementClient.Primitives;

namespace Rollup.SettlementClient.Rlp;

/// <summary>Recursive Length Prefix encoding (Ethereum yellow paper, appendix B).</summary>
public static class RlpEncoder
{
    private const byte StringOffset = 0x80;
    private const byte ListOffset = 0xc0;
    private const int ShortLimit = 56;

    public static byte[] EncodeElement(ReadOnlySpan<byte> bytes)
    {
        if (bytes.Length == 1 && bytes[0] < StringOffset) return [bytes[0]];
        return Prefixed(StringOffset, bytes);
    }

    public static byte[] EncodeUInt(BigInteger value) => EncodeElement(BigEndianInteger.ToMinimalBytes(value));

    public static byte[] EncodeUInt(ulong value) => EncodeUInt(new BigInteger(value));

    /// <summary>Wraps already-encoded items in a list header.</summary>
    public static byte[] EncodeList(params byte[][] encodedItems)
    {
        int total = 0;
        foreach (var item in encodedItems) total += item.Length;
        var payload = new byte[total];
        int offset = 0;
        foreach (var item in encodedItems)
        {
            item.CopyTo(payload, offset);
            offset += item.Length;
        }
        return Prefixed(ListOffset, payload);
    }

    public static byte[] Encode(RlpItem item)
    {
        if (!item.IsList) return EncodeElement(item.Bytes);
        var encoded = new byte[item.Items.Count][];
        for (int i = 0; i < encoded.Length; i++) encoded[i] = Encode(item.Items[i]);
        return EncodeList(encoded);
    }

    private static byte[] Prefixed(byte offset, ReadOnlySpan<byte> payload)
    {
        if (payload.Length < ShortLimit)
        {
            var shortForm = new byte[1 + payload.Length];
            shortForm[0] = (byte)(offset + payload.Length);
            payload.CopyTo(shortForm.AsSpan(1));
            return shortForm;
        }
        var length = BigEndianInteger.ToMinimalBytes(payload.Length);
        var longForm = new byte[1 + length.Length + payload.Length];
        longForm[0] = (byte)(offset + ShortLimit - 1 + length.Length);
        length.CopyTo(longForm, 1);
        payload.CopyTo(longForm.AsSpan(1 + length.Length));
        return longForm;
    }
}
