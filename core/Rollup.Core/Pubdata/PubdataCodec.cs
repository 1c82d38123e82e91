using Rollup.Core.Operations;

namespace Rollup.Core.Pubdata;

/// <summary>
/// A batch's pubdata: [timestamp u64] then each operation's record back to back, no-ops
/// included. Decoding is strict: unknown types, truncation and trailing bytes are errors.
/// </summary>
public static class PubdataCodec
{
    public const int HeaderSize = 8;

    public static byte[] Encode(ulong timestamp, IEnumerable<PubdataRecord> records)
    {
        var w = new PubdataWriter();
        w.U64(timestamp);
        foreach (var r in records) r.Write(w);
        return w.ToArray();
    }

    public static (ulong Timestamp, List<PubdataRecord> Records) Decode(ReadOnlySpan<byte> pubdata)
    {
        var r = new PubdataReader(pubdata);
        ulong timestamp = r.U64();
        if (timestamp > State.Limits.MaxTimestamp) throw new PubdataFormatException($"batch timestamp {timestamp} exceeds 2^40-1");
        var records = new List<PubdataRecord>();
        while (!r.AtEnd) records.Add(ReadRecord(ref r));
        return (timestamp, records);
    }

    public static PubdataRecord ReadRecord(ref PubdataReader r)
    {
        byte type = r.U8();
        return (OperationKind)type switch
        {
            OperationKind.Noop => NoopRecord.Instance,
            OperationKind.Deposit => DepositRecord.Read(ref r),
            OperationKind.ForcedWithdrawal => ForcedWithdrawalRecord.Read(ref r),
            OperationKind.L1RegisterKey => L1RegisterKeyRecord.Read(ref r),
            OperationKind.RegisterKey => RegisterKeyRecord.Read(ref r),
            OperationKind.Trade => TradeRecord.Read(ref r),
            OperationKind.Cancel => CancelRecord.Read(ref r),
            OperationKind.Withdraw => WithdrawRecord.Read(ref r),
            OperationKind.OraclePrice => OraclePriceRecord.Read(ref r),
            OperationKind.ListSeries => ListSeriesRecord.Read(ref r),
            OperationKind.Liquidate => LiquidateRecord.Read(ref r),
            OperationKind.Settle => SettleRecord.Read(ref r),
            _ => throw new PubdataFormatException($"unknown operation type {type} at byte {r.Position - 1}"),
        };
    }
}
