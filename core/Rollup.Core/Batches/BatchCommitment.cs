using System.Buffers.Binary;
using System.Security.Cryptography;
using Rollup.Core.Fields;

namespace Rollup.Core.Batches;

/// <summary>
/// The proof's single public input (docs/PROTOCOL.md §9): SHA-256 over old root, new root,
/// batch number, priority range and pubdata, with the top three bits cleared so it is below r.
/// </summary>
public static class BatchCommitment
{
    public const int FixedPrefixSize = 32 + 32 + 8 + 8 + 8;

    public static byte[] Digest(in Fr oldRoot, in Fr newRoot, ulong batchNumber, ulong priorityFirst, ulong priorityEnd, ReadOnlySpan<byte> pubdata)
    {
        var buffer = new byte[FixedPrefixSize + pubdata.Length];
        var span = buffer.AsSpan();
        oldRoot.WriteBigEndian(span);
        newRoot.WriteBigEndian(span[32..]);
        BinaryPrimitives.WriteUInt64BigEndian(span[64..], batchNumber);
        BinaryPrimitives.WriteUInt64BigEndian(span[72..], priorityFirst);
        BinaryPrimitives.WriteUInt64BigEndian(span[80..], priorityEnd);
        pubdata.CopyTo(span[FixedPrefixSize..]);
        return SHA256.HashData(buffer);
    }

    public static Fr PublicInput(ReadOnlySpan<byte> digest32)
    {
        Span<byte> b = stackalloc byte[32];
        digest32.CopyTo(b);
        b[0] &= 0x1f;
        return Fr.FromCanonical(UInt256.ReadBigEndian(b));
    }

    public static Fr Compute(in Fr oldRoot, in Fr newRoot, ulong batchNumber, ulong priorityFirst, ulong priorityEnd, ReadOnlySpan<byte> pubdata) =>
        PublicInput(Digest(oldRoot, newRoot, batchNumber, priorityFirst, priorityEnd, pubdata));
}
