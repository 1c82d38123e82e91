using System.Globalization;
using System.Text.Json.Nodes;
using Rollup.Core.Operations;
using Rollup.Core.Signatures;

namespace Rollup.Cli.Orders;

/// <summary>The params objects of the sequencer's write methods (docs/RPC.md), from core's signed operations.</summary>
internal static class SequencerRequests
{
    public static JsonObject Signature(Signature signature) => new()
    {
        ["r8x"] = signature.R8.X.ToString(),
        ["r8y"] = signature.R8.Y.ToString(),
        ["s"] = signature.S.ToBigInteger().ToString(CultureInfo.InvariantCulture),
    };

    public static JsonObject SendOrder(Order o, Signature signature, bool immediateOrCancel) => new()
    {
        ["order"] = new JsonObject
        {
            ["accountId"] = o.AccountId,
            ["orderId"] = o.OrderId,
            ["series"] = o.SeriesIndex,
            ["side"] = o.Side == Side.Buy ? "buy" : "sell",
            ["limitPrice"] = o.LimitPrice,
            ["size"] = o.Size,
            ["expiry"] = o.Expiry,
            ["maxFeeBps"] = o.MaxFeeBps,
            ["reduceOnly"] = o.ReduceOnly,
            ["postOnly"] = o.PostOnly,
        },
        ["signature"] = Signature(signature),
        ["timeInForce"] = immediateOrCancel ? "ioc" : "gtc",
    };

    public static JsonObject Withdraw(uint accountId, ulong amount, uint nonce, Signature signature) => new()
    {
        ["accountId"] = accountId,
        ["amount"] = amount.ToString(CultureInfo.InvariantCulture),
        ["nonce"] = nonce,
        ["signature"] = Signature(signature),
    };

    public static JsonObject OraclePrice(OraclePriceOperation price)
    {
        var submissions = new JsonArray();
        foreach (var s in price.Submissions)
            submissions.Add(new JsonObject { ["oracleIndex"] = s.OracleIndex, ["price"] = s.Price, ["signature"] = Signature(s.Signature) });
        return new JsonObject
        {
            ["kind"] = price.PriceKind == OraclePriceKind.Index ? "index" : "settlement",
            ["underlying"] = price.Underlying,
            ["timestamp"] = price.Timestamp,
            ["submissions"] = submissions,
        };
    }
}
