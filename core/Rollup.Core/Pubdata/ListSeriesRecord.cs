using Rollup.Core.Operations;
using Rollup.Core.State;

namespace Rollup.Core.Pubdata;

/// <summary>[type][series index u16][underlying u8][strike u48][expiry day u16][kind u8] — 13 bytes.</summary>
public sealed record ListSeriesRecord(ushort SeriesIndex, byte Underlying, ulong Strike, ushort ExpiryDay, OptionKind OptionKind) : PubdataRecord
{
    public override OperationKind Kind => OperationKind.ListSeries;
    public override int Size => 13;

    protected override void WriteBody(PubdataWriter w)
    {
        w.U16(SeriesIndex);
        w.U8(Underlying);
        w.UInt(Strike, 6);
        w.U16(ExpiryDay);
        w.U8((byte)OptionKind);
    }

    internal static ListSeriesRecord Read(ref PubdataReader r)
    {
        var rec = new ListSeriesRecord(r.U16(), r.U8(), r.UInt(6), r.U16(), OptionKind.Call);
        var kind = r.U8();
        if (kind > (byte)OptionKind.Put) throw new PubdataFormatException($"unknown option kind {kind}");
        return rec with { OptionKind = (OptionKind)kind };
    }
}
