using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Rollup.Core.Ethereum;
using Rollup.Core.Operations;
using Rollup.Core.Pubdata;
using Rollup.Core.State;

namespace Rollup.Core.Tests.Pubdata;

public class PubdataPropertyTests
{
    private static PubdataRecord RandomRecord(Random rng)
    {
        uint U32() => (uint)rng.NextInt64(0, 1L << 32);
        ulong Bits(int n) => (ulong)rng.NextInt64() & ((1UL << n) - 1);
        byte[] Bytes(int n)
        {
            var b = new byte[n];
            rng.NextBytes(b);
            return b;
        }
        L1Address Addr() => L1Address.FromBytes(Bytes(20));
        return rng.Next(12) switch
        {
            0 => NoopRecord.Instance,
            1 => new DepositRecord(U32(), Addr(), Bits(63)),
            2 => new ForcedWithdrawalRecord(U32(), Addr(), Bits(63)),
            3 => new L1RegisterKeyRecord(U32(), Addr(), Bytes(32)),
            4 => new RegisterKeyRecord(U32(), Addr(), Bytes(32), U32(), Bytes(65)),
            5 => new TradeRecord(U32(), U32(), U32(), U32(), (ushort)Bits(16), U32(), Bits(48), rng.Next(2) == 1),
            6 => new CancelRecord(U32(), U32()),
            7 => new WithdrawRecord(U32(), Addr(), Bits(63)),
            8 => new OraclePriceRecord((OraclePriceKind)rng.Next(2), (byte)rng.Next(256), Bits(40), Bits(48)),
            9 => new ListSeriesRecord((ushort)Bits(16), (byte)rng.Next(256), Bits(48), (ushort)Bits(16), (OptionKind)rng.Next(2)),
            10 => new LiquidateRecord(U32(), U32(), (ushort)Bits(16), U32()),
            _ => new SettleRecord(U32(), (ushort)Bits(16)),
        };
    }

    [Property(MaxTest = 200)]
    public void Random_record_sequences_round_trip_through_pubdata(int seed, PositiveInt count)
    {
        var rng = new Random(seed);
        var records = Enumerable.Range(0, count.Get % 40).Select(_ => RandomRecord(rng)).ToArray();
        ulong timestamp = (ulong)rng.NextInt64(1L << 40);
        var bytes = PubdataCodec.Encode(timestamp, records);
        Assert.Equal(PubdataCodec.HeaderSize + records.Sum(r => r.Size), bytes.Length);
        var (ts, decoded) = PubdataCodec.Decode(bytes);
        Assert.Equal(timestamp, ts);
        Assert.Equal(records, decoded);
    }

    [Property(MaxTest = 500)]
    public void Arbitrary_bytes_either_decode_and_re_encode_identically_or_fail_with_a_format_error(byte[] junk)
    {
        junk ??= [];
        try
        {
            var (ts, records) = PubdataCodec.Decode(junk);
            Assert.Equal(junk, PubdataCodec.Encode(ts, records));
        }
        catch (PubdataFormatException)
        {
            // The only acceptable failure.
        }
    }

    [Fact]
    public void Arbitrary_bytes_after_a_valid_prefix_never_escape_as_other_exceptions()
    {
        var rng = new Random(99);
        int decoded = 0, refused = 0;
        for (int i = 0; i < 2_000; i++)
        {
            var buffer = new byte[8 + rng.Next(0, 120)];
            rng.NextBytes(buffer);
            // Bias the type bytes into the valid range so that decoding goes deep.
            for (int j = 8; j < buffer.Length; j += 1 + rng.Next(0, 30)) buffer[j] = (byte)rng.Next(0, 12);
            try
            {
                PubdataCodec.Decode(buffer);
                decoded++;
            }
            catch (PubdataFormatException)
            {
                refused++;
            }
        }
        Assert.True(refused > 0 && decoded + refused == 2_000);
    }
}
