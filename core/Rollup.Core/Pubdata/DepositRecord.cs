using Rollup.Core.Ethereum;
using Rollup.Core.Operations;

namespace Rollup.Core.Pubdata;

/// <summary>
/// [type][accountId u32][to address 20][amount u64] — 33 bytes. AccountId = <see cref="PubdataRecord.NoAccount"/>
/// when the deposit could not be credited (tree full or balance overflow): the contract then
/// returns the amount to the depositor.
/// </summary>
public sealed record DepositRecord(uint AccountId, L1Address To, ulong Amount) : PubdataRecord
{
    public override OperationKind Kind => OperationKind.Deposit;
    public override int Size => 33;

    protected override void WriteBody(PubdataWriter w)
    {
        w.U32(AccountId);
        w.Address(To);
        w.U64(Amount);
    }

    internal static DepositRecord Read(ref PubdataReader r) => new(r.U32(), r.Address(), r.U64());
}
