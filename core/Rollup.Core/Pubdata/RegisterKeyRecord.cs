using Rollup.Core.Curves;
using Rollup.Core.Ethereum;
using Rollup.Core.Operations;

namespace Rollup.Core.Pubdata;

/// <summary>
/// [type][accountId u32][account's address 20][packed key 32][nonce u32][EIP-712 signature 65 (r, s, v)] —
/// 126 bytes. The contract recomputes the RegisterKey digest from these fields and checks the
/// signature recovers to the address.
/// </summary>
public sealed record RegisterKeyRecord(uint AccountId, L1Address Address, byte[] PackedKey, uint Nonce, byte[] Signature) : PubdataRecord
{
    public override OperationKind Kind => OperationKind.RegisterKey;
    public override int Size => 126;

    protected override void WriteBody(PubdataWriter w)
    {
        w.U32(AccountId);
        w.Address(Address);
        w.Bytes(PackedKey);
        w.U32(Nonce);
        w.Bytes(Signature);
    }

    internal static RegisterKeyRecord Read(ref PubdataReader r) =>
        new(r.U32(), r.Address(), r.Bytes(JubjubPoint.PackedLength), r.U32(), r.Bytes(RegisterKeyOperation.SignatureLength));

    public bool Equals(RegisterKeyRecord? other) =>
        other is not null && AccountId == other.AccountId && Address == other.Address && Nonce == other.Nonce &&
        PackedKey.AsSpan().SequenceEqual(other.PackedKey) && Signature.AsSpan().SequenceEqual(other.Signature);

    public override int GetHashCode() => HashCode.Combine(AccountId, Address, Nonce);
}
