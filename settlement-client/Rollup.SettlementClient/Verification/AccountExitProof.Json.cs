using System.Globalization;
using System.Text;
using System.Text.Json;
using Rollup.Core.Fields;

namespace Rollup.SettlementClient.Verification;

// Integers are decimal strings (uint256 and int64 do not fit a JSON number safely); the field
// names are the Solidity parameter and struct member names, so the object maps onto the call.
public sealed partial record AccountExitProof
{
    public string ToJson(bool indented = true)
    {
        using var stream = new MemoryStream();
        using (var w = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = indented }))
            WriteJson(w);
        return Encoding.UTF8.GetString(stream.ToArray());
    }

    public void WriteJson(Utf8JsonWriter w)
    {
        ArgumentNullException.ThrowIfNull(w);
        w.WriteStartObject();
        w.WriteString("batchNumber", Dec(BatchNumber));
        w.WriteString("root", Root.ToString());
        WriteFields(w, "stateFields", StateFields);
        w.WriteNumber("accountId", AccountId);
        w.WriteStartObject("leaf");
        w.WriteString("keyX", Leaf.KeyX.ToString());
        w.WriteString("keyY", Leaf.KeyY.ToString());
        w.WriteString("l1Address", Leaf.L1Address.ToString());
        w.WriteString("nonce", Dec(Leaf.Nonce));
        w.WriteString("collateral", Dec(Leaf.Collateral));
        w.WriteString("positionsRoot", Leaf.PositionsRoot.ToString());
        w.WriteString("fillsRoot", Leaf.FillsRoot.ToString());
        w.WriteEndObject();
        WriteFields(w, "siblings", Siblings);
        w.WriteStartArray("positions");
        foreach (var p in Positions)
        {
            w.WriteStartObject();
            w.WriteString("seriesIndex", Dec(p.IsEmpty ? 0UL : p.SeriesIndex));
            w.WriteString("underlying", Dec(p.IsEmpty ? 0UL : p.Terms.Underlying));
            w.WriteString("strike", Dec(p.IsEmpty ? 0 : p.Terms.Strike));
            w.WriteString("expiry", Dec(p.IsEmpty ? 0 : p.Terms.Expiry));
            w.WriteString("kind", Dec(p.IsEmpty ? 0 : (ulong)p.Terms.Kind));
            w.WriteString("quantity", p.Quantity.ToString(CultureInfo.InvariantCulture));
            w.WriteString("entryPrice", Dec(p.EntryPrice));
            w.WriteEndObject();
        }
        w.WriteEndArray();
        w.WriteStartArray("prices");
        foreach (var p in Prices)
        {
            w.WriteStartObject();
            w.WriteString("indexPrice", Dec(p.IndexPrice));
            w.WriteString("priceTimestamp", Dec(p.PriceTimestamp));
            w.WriteString("strikeStep", Dec(p.StrikeStep));
            WriteFields(w, "underlyingSiblings", p.UnderlyingSiblings);
            w.WriteString("listedCount", Dec(p.ListedCount));
            w.WriteString("settlementPrice", Dec(p.SettlementPrice));
            WriteFields(w, "expirySiblings", p.ExpirySiblings);
            w.WriteEndObject();
        }
        w.WriteEndArray();
        w.WriteString("exitAmount", Dec(ExitAmount));
        w.WriteEndObject();
    }

    private static string Dec(ulong v) => v.ToString(CultureInfo.InvariantCulture);

    private static void WriteFields(Utf8JsonWriter w, string name, IReadOnlyList<Fr> values)
    {
        w.WriteStartArray(name);
        foreach (var v in values) w.WriteStringValue(v.ToString());
        w.WriteEndArray();
    }
}
