using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;
using Rollup.Cli.Orders;
using Rollup.Core.Ethereum;
using Rollup.Core.Fields;
using Rollup.Core.Operations;
using Rollup.Core.Signatures;
using Rollup.Core.State;

namespace Rollup.Bench.SequencerLoad;

/// <summary>
/// The load's actors and pre-signed requests: traders with large deposits, one listed call, and
/// request bodies signed before any timing starts (signing is the traders' cost, not the sequencer's).
/// </summary>
internal sealed class LoadScenario
{
    public const ulong Usd = 1_000_000;
    public const int Traders = 256;
    public static readonly PrivateKey Oracle = Key("oracle");

    public GenesisConfig Genesis { get; } = new()
    {
        ChainId = 31337,
        VerifyingContract = L1Address.Parse("0x5FbDB2315678afecb367f032d93F642f64180aa3"),
        AccountsDepth = 24,
        FillsDepth = 12,
        UnderlyingStrikeSteps = [1_000 * Usd],
        OracleKeys = [Public(Oracle)],
        FeeAccountOwner = Address("fees"),
        InsuranceAccountOwner = Address("insurance"),
    };

    public MessageDomain Domain => MessageDomain.For(Genesis);

    public static PrivateKey Key(string seed) => new(SHA256.HashData(Encoding.UTF8.GetBytes("load-key/" + seed)));

    public static L1Address Address(string name) => L1Address.FromBytes(SHA256.HashData(Encoding.UTF8.GetBytes("load-addr/" + name)).AsSpan(0, 20));

    public static (Fr X, Fr Y) Public(PrivateKey key)
    {
        var p = key.GetPublicKey().Point;
        return (p.X, p.Y);
    }

    /// <summary>
    /// Resting orders that never cross: buys far below sells. Order ids rise per trader, one fill
    /// slot each (at most 2^fillsDepth live orders per trader).
    /// </summary>
    public string[] RestingBodies(IReadOnlyList<uint> accounts, int count, int firstOrderId, ushort series, ulong expiry)
    {
        var bodies = new string[count];
        var domain = Domain;
        Parallel.For(0, count, i =>
        {
            int t = i % accounts.Count;
            var side = (i / accounts.Count) % 2 == 0 ? Side.Buy : Side.Sell;
            ulong price = (side == Side.Buy ? 100UL + (ulong)(i % 40) : 9_000UL + (ulong)(i % 40)) * Usd;
            var order = new Order(accounts[t], (uint)(firstOrderId + i / accounts.Count), series, side, price, 100, expiry, 10);
            bodies[i] = OrderJson(order, Key("trader" + t).Sign(order.Message(domain)), i);
        });
        return bodies;
    }

    /// <summary>
    /// Pairs that each trade once: a resting sell, then a buy at its price from another trader,
    /// whose id is <paramref name="takerOffset"/> above the maker's (so a trader's maker and taker
    /// ids never share a fill slot).
    /// </summary>
    public (string Maker, string Taker)[] CrossingBodies(IReadOnlyList<uint> accounts, int pairs, int firstOrderId, int takerOffset, ushort series, ulong expiry)
    {
        var bodies = new (string, string)[pairs];
        var domain = Domain;
        Parallel.For(0, pairs, i =>
        {
            int maker = i % accounts.Count, taker = (i + 1) % accounts.Count;
            uint id = (uint)(firstOrderId + i / accounts.Count);
            var sell = new Order(accounts[maker], id, series, Side.Sell, 2_000 * Usd, 100, expiry, 10);
            var buy = new Order(accounts[taker], id + (uint)takerOffset, series, Side.Buy, 2_000 * Usd, 100, expiry, 10);
            bodies[i] = (OrderJson(sell, Key("trader" + maker).Sign(sell.Message(domain)), 2 * i),
                OrderJson(buy, Key("trader" + taker).Sign(buy.Message(domain)), 2 * i + 1));
        });
        return bodies;
    }

    private static string OrderJson(Order o, Signature s, int id) => new JsonObject
    {
        ["jsonrpc"] = "2.0",
        ["id"] = id,
        ["method"] = "rollup_sendOrder",
        ["params"] = SequencerRequests.SendOrder(o, s, immediateOrCancel: false),
    }.ToJsonString();
}
