using Rollup.Core.Operations;

namespace Rollup.Core.Pubdata;

/// <summary>[type][accountId u32][orderId u32] — 9 bytes.</summary>
public sealed record CancelRecord(uint AccountId, uint OrderId) : PubdataRecord
{
    public override OperationKind Kind => OperationKind.Cancel;
    public override int Size => 9;

    protected override void WriteBody(PubdataWriter w)
    {
        w.U32(AccountId);
        w.U32(OrderId);
    }

    internal static CancelRecord Read(ref PubdataReader r) => new(r.U32(), r.U32());
}
