using Rollup.Core.Tests.ContractFixtures;
using System.Globalization;
using System.Text.Json;
using Rollup.Core.Pubdata;

namespace Rollup.Core.Tests.Batches;

/// <summary>
/// The settlement contract's gas report commits batches of trade records; their calldata cost
/// depends on how many bytes are zero, so the records must look like real trades. The fixture
/// is PubdataCodec's encoding of 1,024 such trades, and the contract test commits prefixes of it.
/// </summary>
public class TradeBatchContractFixtureTests
{
    private const int TradeCount = 1024;
    private const ulong Timestamp = 0x6553f100;

    [Fact]
    public void Committed_trade_batch_fixture_is_what_PubdataCodec_encodes()
    {
        ContractFixture.AssertCommitted("trade-batch.json", Fixture(), "PubdataCodec");
    }

    [Fact]
    public void Trade_batch_fixture_decodes_back_to_its_trades()
    {
        var trades = Trades();
        var (timestamp, records) = PubdataCodec.Decode(PubdataCodec.Encode(Timestamp, trades));
        Assert.Equal(Timestamp, timestamp);
        Assert.Equal(trades, records.Cast<TradeRecord>());
    }

    // An exchange some months into operation: 100,000..1,100,000 accounts, order ids in the
    // tens of millions, 600 listed series, sizes of 0.1 to 25 contracts and premiums of
    // 5 to 6,000 USD. A fixed linear congruential generator keeps the bytes stable.
    private static TradeRecord[] Trades()
    {
        ulong state = 0x9E3779B97F4A7C15;
        uint Next(uint bound)
        {
            state = state * 6364136223846793005UL + 1442695040888963407UL;
            return (uint)((state >> 33) % bound);
        }
        var trades = new TradeRecord[TradeCount];
        uint orderId = 40_000_000;
        for (var i = 0; i < TradeCount; i++)
        {
            var maker = 100_000 + Next(1_000_000);
            var taker = 100_000 + Next(1_000_000);
            if (taker == maker) taker++;
            var quantity = 100 + Next(24_901);
            ulong price = 5_000_000 + Next(5_995_000) * 1_000UL;
            orderId += 1 + Next(40);
            trades[i] = new TradeRecord(maker, taker, orderId - Next(5_000), orderId, (ushort)Next(600), quantity, price, Next(2) == 1);
        }
        return trades;
    }

    private static string Fixture()
    {
        var pubdata = PubdataCodec.Encode(Timestamp, Trades());
        var zeros = 0;
        foreach (var b in pubdata) if (b == 0) zeros++;
        using var stream = new MemoryStream();
        using (var w = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true }))
        {
            w.WriteStartObject();
            w.WriteString("description", "PubdataCodec encoding (docs/PROTOCOL.md section 8) of a timestamp and 1,024 realistic Trade records, written by TradeBatchContractFixtureTests in Rollup.Core.Tests.");
            w.WriteNumber("trades", TradeCount);
            w.WriteNumber("recordSize", 30);
            w.WriteNumber("headerSize", PubdataCodec.HeaderSize);
            w.WriteString("zeroBytes", zeros.ToString(CultureInfo.InvariantCulture));
            w.WriteString("pubdata", "0x" + Convert.ToHexStringLower(pubdata));
            w.WriteEndObject();
        }
        return System.Text.Encoding.UTF8.GetString(stream.ToArray()).ReplaceLineEndings("\n") + "\n";
    }

}
