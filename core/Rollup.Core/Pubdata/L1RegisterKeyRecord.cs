using Rollup.Core.Curves;
using Rollup.Core.Ethereum;
using Rollup.Core.Operations;

namespace Rollup.Core.Pubdata;

/// <summary>
/// [type][accountId u32][sender address 20][packed key 32] — 57 bytes. AccountId =
/// <see cref="PubdataRecord.NoAccount"/> when the key was invalid or no account could be created.
/// </summary>
public sealed record L1RegisterKeyRecord(uint AccountId, L1Address From, byte[] PackedKey) : PubdataRecord
{
    public override OperationKind Kind => OperationKind.L1RegisterKey;
    public override int Size => 57;

    protected override void WriteBody(PubdataWriter w)
    {
        w.U32(AccountId);
        w.Address(From);
        w.Bytes(PackedKey);
    }

    internal static L1RegisterKeyRecord Read(ref PubdataReader r) => new(r.U32(), r.Address(), r.Bytes(JubjubPoint.PackedLength));

    public bool Equals(L1RegisterKeyRecord? other) =>
        other is not null && AccountId == other.AccountId && From == other.From && PackedKey.AsSpan().SequenceEqual(other.PackedKey);

    public override int GetHashCode() => HashCode.Combine(AccountId, From);
}
