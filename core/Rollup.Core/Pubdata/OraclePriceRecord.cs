using Rollup.Core.Operations;

namespace Rollup.Core.Pubdata;

/// <summary>[type][kind u8][underlying u8][timestamp u40][median price u48] — 14 bytes.</summary>
public sealed record OraclePriceRecord(OraclePriceKind PriceKind, byte Underlying, ulong Timestamp, ulong Price) : PubdataRecord
{
    public override OperationKind Kind => OperationKind.OraclePrice;
    public override int Size => 14;

    protected override void WriteBody(PubdataWriter w)
    {
        w.U8((byte)PriceKind);
        w.U8(Underlying);
        w.UInt(Timestamp, 5);
        w.UInt(Price, 6);
    }

    internal static OraclePriceRecord Read(ref PubdataReader r)
    {
        var kind = r.U8();
        if (kind > (byte)OraclePriceKind.Settlement) throw new PubdataFormatException($"unknown oracle price kind {kind}");
        return new OraclePriceRecord((OraclePriceKind)kind, r.U8(), r.UInt(5), r.UInt(6));
    }
}
