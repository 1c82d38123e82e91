using Rollup.Core.Ethereum;
using Rollup.Core.Operations;

namespace Rollup.Core.Pubdata;

/// <summary>[type][accountId u32][recipient address 20][amount u64] — 33 bytes; the nonce advances by one.</summary>
public sealed record WithdrawRecord(uint AccountId, L1Address To, ulong Amount) : PubdataRecord
{
    public override OperationKind Kind => OperationKind.Withdraw;
    public override int Size => 33;

    protected override void WriteBody(PubdataWriter w)
    {
        w.U32(AccountId);
        w.Address(To);
        w.U64(Amount);
    }

    internal static WithdrawRecord Read(ref PubdataReader r) => new(r.U32(), r.Address(), r.U64());
}
