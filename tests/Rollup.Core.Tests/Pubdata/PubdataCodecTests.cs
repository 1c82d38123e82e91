using Rollup.Core.Ethereum;
using Rollup.Core.Operations;
using Rollup.Core.Pubdata;
using Rollup.Core.State;

namespace Rollup.Core.Tests.Pubdata;

public class PubdataCodecTests
{
    private static readonly L1Address Addr = L1Address.Parse("0x8aa4377ebaf73dee184e1e9b5ac9e54b16003040");

    public static IEnumerable<object[]> Records()
    {
        var key = Enumerable.Range(1, 32).Select(i => (byte)i).ToArray();
        var sig = Enumerable.Range(100, 65).Select(i => (byte)i).ToArray();
        yield return [NoopRecord.Instance, 1];
        yield return [new DepositRecord(7, Addr, 123_456_789), 33];
        yield return [new DepositRecord(PubdataRecord.NoAccount, Addr, ulong.MaxValue >> 1), 33];
        yield return [new ForcedWithdrawalRecord(uint.MaxValue - 1, Addr, 0), 33];
        yield return [new L1RegisterKeyRecord(3, Addr, key), 57];
        yield return [new RegisterKeyRecord(3, Addr, key, 9, sig), 126];
        yield return [new TradeRecord(1, 2, 3, 4, 5, 6, (1UL << 48) - 1, true), 30];
        yield return [new TradeRecord(uint.MaxValue, 0, uint.MaxValue, 0, ushort.MaxValue, uint.MaxValue, 1, false), 30];
        yield return [new CancelRecord(5, uint.MaxValue), 9];
        yield return [new WithdrawRecord(5, Addr, 1), 33];
        yield return [new OraclePriceRecord(OraclePriceKind.Settlement, 15, (1UL << 40) - 1, 42), 14];
        yield return [new ListSeriesRecord(65_535, 3, 100_000_000_000, 20_123, OptionKind.Put), 13];
        yield return [new LiquidateRecord(9, 10, 11, 12), 15];
        yield return [new SettleRecord(9, 11), 7];
    }

    [Theory]
    [MemberData(nameof(Records))]
    public void Every_record_round_trips_at_its_documented_size(PubdataRecord record, int size)
    {
        var bytes = PubdataCodec.Encode(77, [record]);
        Assert.Equal(PubdataCodec.HeaderSize + size, bytes.Length);
        Assert.Equal(size, record.Size);
        Assert.Equal((byte)record.Kind, bytes[PubdataCodec.HeaderSize]);
        var (timestamp, decoded) = PubdataCodec.Decode(bytes);
        Assert.Equal(77UL, timestamp);
        Assert.Equal(record, Assert.Single(decoded));
    }

    [Fact]
    public void Trade_layout_is_big_endian_in_the_documented_field_order()
    {
        var bytes = new TradeRecord(0x01020304, 0x05060708, 0x090a0b0c, 0x0d0e0f10, 0x1112, 0x13141516, 0x1718191a1b1c, true).Encode();
        Assert.Equal("05" + "01020304" + "05060708" + "090a0b0c" + "0d0e0f10" + "1112" + "13141516" + "1718191a1b1c" + "01", Convert.ToHexStringLower(bytes));
    }

    [Fact]
    public void Decoding_rejects_truncation_unknown_types_and_unknown_flags()
    {
        var good = PubdataCodec.Encode(1, [new CancelRecord(1, 2)]);
        Assert.Throws<PubdataFormatException>(() => PubdataCodec.Decode(good.AsSpan(0, good.Length - 1)));
        Assert.Throws<PubdataFormatException>(() => PubdataCodec.Decode(good.AsSpan(0, 5)));
        var unknown = good.ToArray();
        unknown[PubdataCodec.HeaderSize] = 99;
        Assert.Throws<PubdataFormatException>(() => PubdataCodec.Decode(unknown));
        var trade = PubdataCodec.Encode(1, [new TradeRecord(1, 2, 3, 4, 5, 6, 7, true)]);
        trade[^1] = 2;
        Assert.Throws<PubdataFormatException>(() => PubdataCodec.Decode(trade));
        var oracle = PubdataCodec.Encode(1, [new OraclePriceRecord(OraclePriceKind.Index, 0, 1, 1)]);
        oracle[PubdataCodec.HeaderSize + 1] = 7;
        Assert.Throws<PubdataFormatException>(() => PubdataCodec.Decode(oracle));
    }

    [Fact]
    public void Writer_refuses_values_wider_than_their_field()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new TradeRecord(1, 2, 3, 4, 5, 6, 1UL << 48, false).Encode());
        Assert.Throws<ArgumentOutOfRangeException>(() => new OraclePriceRecord(OraclePriceKind.Index, 0, 1UL << 40, 1).Encode());
    }
}
