using Rollup.Core.Operations;

namespace Rollup.Core.Pubdata;

/// <summary>
/// [type][maker u32][taker u32][makerOrderId u32][takerOrderId u32][series u16][quantity u32]
/// [price u48][flags u8: bit 0 = taker buys] — 30 bytes. Fees follow from the parameters.
/// </summary>
public sealed record TradeRecord(uint Maker, uint Taker, uint MakerOrderId, uint TakerOrderId, ushort Series, uint Quantity, ulong Price, bool TakerBuys) : PubdataRecord
{
    public override OperationKind Kind => OperationKind.Trade;
    public override int Size => 30;

    protected override void WriteBody(PubdataWriter w)
    {
        w.U32(Maker);
        w.U32(Taker);
        w.U32(MakerOrderId);
        w.U32(TakerOrderId);
        w.U16(Series);
        w.U32(Quantity);
        w.UInt(Price, 6);
        w.U8(TakerBuys ? (byte)1 : (byte)0);
    }

    internal static TradeRecord Read(ref PubdataReader r)
    {
        var rec = new TradeRecord(r.U32(), r.U32(), r.U32(), r.U32(), r.U16(), r.U32(), r.UInt(6), false);
        var flags = r.U8();
        if (flags > 1) throw new PubdataFormatException($"trade flags {flags} has unknown bits");
        return rec with { TakerBuys = flags == 1 };
    }
}
