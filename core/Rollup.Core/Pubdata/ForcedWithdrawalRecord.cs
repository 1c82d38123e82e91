using Rollup.Core.Ethereum;
using Rollup.Core.Operations;

namespace Rollup.Core.Pubdata;

/// <summary>[type][accountId u32][requester address 20][amount withdrawn u64] — 33 bytes; amount 0 when refused.</summary>
public sealed record ForcedWithdrawalRecord(uint AccountId, L1Address From, ulong Amount) : PubdataRecord
{
    public override OperationKind Kind => OperationKind.ForcedWithdrawal;
    public override int Size => 33;

    protected override void WriteBody(PubdataWriter w)
    {
        w.U32(AccountId);
        w.Address(From);
        w.U64(Amount);
    }

    internal static ForcedWithdrawalRecord Read(ref PubdataReader r) => new(r.U32(), r.Address(), r.U64());
}
