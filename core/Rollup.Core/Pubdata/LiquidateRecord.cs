using Rollup.Core.Operations;

namespace Rollup.Core.Pubdata;

/// <summary>[type][liquidated u32][liquidator u32][series u16][quantity u32] — 15 bytes; the price follows from the index price.</summary>
public sealed record LiquidateRecord(uint Liquidated, uint Liquidator, ushort Series, uint Quantity) : PubdataRecord
{
    public override OperationKind Kind => OperationKind.Liquidate;
    public override int Size => 15;

    protected override void WriteBody(PubdataWriter w)
    {
        w.U32(Liquidated);
        w.U32(Liquidator);
        w.U16(Series);
        w.U32(Quantity);
    }

    internal static LiquidateRecord Read(ref PubdataReader r) => new(r.U32(), r.U32(), r.U16(), r.U32());
}
