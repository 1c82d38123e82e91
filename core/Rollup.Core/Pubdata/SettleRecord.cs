using Rollup.Core.Operations;

namespace Rollup.Core.Pubdata;

/// <summary>[type][accountId u32][series u16] — 7 bytes.</summary>
public sealed record SettleRecord(uint AccountId, ushort Series) : PubdataRecord
{
    public override OperationKind Kind => OperationKind.Settle;
    public override int Size => 7;

    protected override void WriteBody(PubdataWriter w)
    {
        w.U32(AccountId);
        w.U16(Series);
    }

    internal static SettleRecord Read(ref PubdataReader r) => new(r.U32(), r.U16());
}
