using System.Buffers.Binary;
using Rollup.Core.Ethereum;
using Rollup.Core.Hashing;

namespace Rollup.SettlementClient.Tests.Contracts;

/// <summary>The queue's hashes as docs/PROTOCOL.md §7 defines them, computed independently of the contract.</summary>
internal static class PriorityRequestHashes
{
    public static byte[] Deposit(L1Address to, ulong amount)
    {
        var fields = new byte[1 + 20 + 8];
        fields[0] = 1;
        to.WriteTo(fields.AsSpan(1));
        BinaryPrimitives.WriteUInt64BigEndian(fields.AsSpan(21), amount);
        return Keccak256.Hash(fields);
    }

    public static byte[] ForcedWithdrawal(L1Address from, uint accountId)
    {
        var fields = new byte[1 + 20 + 4];
        fields[0] = 2;
        from.WriteTo(fields.AsSpan(1));
        BinaryPrimitives.WriteUInt32BigEndian(fields.AsSpan(21), accountId);
        return Keccak256.Hash(fields);
    }

    public static byte[] RegisterKey(L1Address from, byte[] packedKey)
    {
        var fields = new byte[1 + 20 + 32];
        fields[0] = 3;
        from.WriteTo(fields.AsSpan(1));
        packedKey.CopyTo(fields, 21);
        return Keccak256.Hash(fields);
    }

    public static byte[] Roll(byte[] previous, byte[] request) => Keccak256.Hash([.. previous, .. request]);
}
