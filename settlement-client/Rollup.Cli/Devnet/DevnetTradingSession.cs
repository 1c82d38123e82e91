using System.Globalization;
using System.Numerics;
using System.Text.Json;
using System.Text.Json.Nodes;
using Rollup.Cli.Orders;
using Rollup.Core.Ethereum;
using Rollup.Core.Operations;
using Rollup.Core.Signatures;
using Rollup.Core.State;
using Rollup.SettlementClient.Primitives;
using Rollup.SettlementClient.Rpc;

namespace Rollup.Cli.Devnet;

/// <summary>
/// The devnet's sample trading session, through the real sequencer: traders register their L2
/// keys and deposit on L1 from their own accounts; the sequencer's L1 feeder brings those
/// requests in; then everything goes over its JSON-RPC as any client would send it: a listing
/// (admin), oracle prices, signed orders that match in the book, a replayed order refused, a
/// price move after which the sequencer's risk sweep liquidates the short, expiry settlement,
/// a withdrawal. The batch poster commits every sealed batch on L1.
/// </summary>
internal sealed class DevnetTradingSession(DevnetNetwork net, IReadOnlyList<PrivateKey> oracles, TextWriter output)
{
    public const ulong Usd = 1_000_000;
    private const byte Btc = 0;
    private int _step;

    /// <summary>
    /// Before the sequencer starts: the operator (account 0, whose key the sequencer's transaction
    /// manager takes over) registers the L2 key of its liquidator account. One key, one sender at a time.
    /// </summary>
    public async Task RegisterOperatorAsync(CancellationToken cancellation)
    {
        var key = net.Operator.L2Key.GetPublicKey().Point;
        L1Step("operator registers the liquidator's L2 key", await net.Operator.Rollup.RegisterKeyAsync(key.X, key.Y, cancellation));
    }

    public async Task RunAsync(DevnetSequencer sequencer, CancellationToken cancellation)
    {
        var alice = await net.ActorAsync("alice", 1, cancellation);
        var bob = await net.ActorAsync("bob", 2, cancellation);
        var carol = await net.ActorAsync("carol", 3, cancellation);
        var treasury = await net.ActorAsync("treasury", 6, cancellation);
        output.WriteLine("L1: traders register L2 keys and deposit, each from its own account; a treasury account funds the operator's liquidator and the insurance fund");
        var token = net.Token(treasury);
        foreach (var (actor, usd) in new[] { (alice, 14_000UL), (bob, 10_000UL), (carol, 5_000UL) })
        {
            var key = actor.L2Key.GetPublicKey().Point;
            L1Step($"{actor.Name} registers an L2 key", await actor.Rollup.RegisterKeyAsync(key.X, key.Y, cancellation));
            await token.MintAsync(actor.Address, usd * Usd, cancellation);
            L1Step($"{actor.Name} deposits {usd:N0} USD", await actor.Rollup.DepositAsync(actor.Address, usd * Usd, cancellation));
        }
        await token.MintAsync(treasury.Address, 150_000 * Usd, cancellation);
        L1Step("treasury deposits 100,000 USD for the liquidator", await treasury.Rollup.DepositAsync(net.Operator.Address, 100_000 * Usd, cancellation));
        L1Step("treasury funds the insurance fund with 50,000 USD", await treasury.Rollup.DepositAsync(net.Genesis.InsuranceAccountOwner, 50_000 * Usd, cancellation));

        using var rpc = new JsonRpcClient(sequencer.RpcUri, new JsonRpcClientOptions { MaxAttempts = 1 });
        using var admin = new JsonRpcClient(sequencer.AdminUri, new JsonRpcClientOptions { MaxAttempts = 1 });
        output.WriteLine($"sequencer at {sequencer.RpcUri} (admin {sequencer.AdminUri}); waiting for its L1 feeder to bring in the 9 requests");
        uint a = await AccountIdAsync(rpc, alice.Address, cancellation);
        uint b = await AccountIdAsync(rpc, bob.Address, cancellation);
        uint c = await AccountIdAsync(rpc, carol.Address, cancellation);
        await AccountIdAsync(rpc, net.Operator.Address, cancellation);
        var domain = MessageDomain.For(net.Genesis);

        ulong now = sequencer.Clock.UnixSeconds;
        ushort expiryDay = (ushort)(now / Limits.SecondsPerDay + 7);
        ulong expiry = SeriesTerms.ExpiryOfDay(expiryDay);
        var listed = await admin.SendNamedAsync("admin_listSeries", new JsonObject
        {
            ["underlying"] = Btc,
            ["strike"] = 110_000 * Usd,
            ["expiry"] = expiry,
            ["kind"] = "call",
        }, cancellation);
        ushort series = listed.GetProperty("index").GetUInt16();
        Step($"operator lists BTC 110,000 call, expiry {DateTimeOffset.FromUnixTimeSeconds((long)expiry):u} (series {series})", "ok");
        await Write(rpc, "oracles post BTC = 100,000", "rollup_postOraclePrice", SequencerRequests.OraclePrice(Price(domain, 100_000, now, OraclePriceKind.Index)), cancellation);

        var sell = Order(domain, alice.L2Key, new Order(a, 1, series, Side.Sell, 2_000 * Usd, 1_000, now + 86_400, 10));
        var buy1 = Order(domain, bob.L2Key, new Order(b, 1, series, Side.Buy, 2_000 * Usd, 600, now + 86_400, 10));
        var buy2 = Order(domain, bob.L2Key, new Order(b, 2, series, Side.Buy, 2_000 * Usd, 400, now + 86_400, 10));
        await Write(rpc, "alice offers 1 contract at 2,000", "rollup_sendOrder", sell, cancellation);
        await Write(rpc, "bob buys 0.6 contract (fills against alice)", "rollup_sendOrder", buy1, cancellation);
        await Write(rpc, "bob buys the remaining 0.4", "rollup_sendOrder", buy2, cancellation);
        await Write(rpc, "bob sends his second order again (a replay)", "rollup_sendOrder", buy2, cancellation);
        await PrintAccountAsync(rpc, "alice", a, cancellation);

        await AdvanceAsync(sequencer, 3_600, cancellation);
        now = sequencer.Clock.UnixSeconds;
        await Write(rpc, "oracles post BTC = 125,000", "rollup_postOraclePrice", SequencerRequests.OraclePrice(Price(domain, 125_000, now, OraclePriceKind.Index)), cancellation);
        // The risk sweep runs on the price update: alice is below maintenance, the operator takes her short.
        await PrintAccountAsync(rpc, "alice", a, cancellation);

        await AdvanceAsync(sequencer, expiry + 1_800 - sequencer.Clock.UnixSeconds, cancellation);
        await Write(rpc, "oracles post the settlement price 120,000", "rollup_postOraclePrice",
            SequencerRequests.OraclePrice(Price(domain, 120_000, expiry, OraclePriceKind.Settlement)), cancellation);
        await WaitUntilAsync(async () => (await AccountAsync(rpc, b, cancellation)).GetProperty("positions").GetArrayLength() == 0, cancellation);
        Step("the sequencer settles the expired positions", "ok");
        uint nonce = (await AccountAsync(rpc, b, cancellation)).GetProperty("nonce").GetUInt32();
        await Write(rpc, "bob withdraws 10,000 USD", "rollup_withdraw",
            SequencerRequests.Withdraw(b, 10_000 * Usd, nonce, bob.L2Key.Sign(WithdrawOperation.Message(domain, b, nonce, 10_000 * Usd))), cancellation);

        await admin.SendNamedAsync("admin_sealBatch", new JsonObject(), cancellation);
        var status = await admin.SendNamedAsync("admin_status", new JsonObject(), cancellation);
        ulong lastSealed = status.GetProperty("openBatch").GetUInt64() - 1;
        await WaitUntilAsync(async () => await net.Operator.Rollup.LastCommittedBatchAsync(cancellation: cancellation) >= lastSealed, cancellation);
        output.WriteLine($"  the sequencer sealed batches 1..{lastSealed} and its poster committed them all on L1; state root {status.GetProperty("stateRoot").GetString()}");
        foreach (var (name, id) in new[] { ("alice", a), ("bob", b), ("carol", c) })
        {
            var collateral = BigInteger.Parse((await AccountAsync(rpc, id, cancellation)).GetProperty("collateral").GetString()!, CultureInfo.InvariantCulture);
            output.WriteLine($"  {name,-10} collateral {(decimal)collateral / Usd:N2} USD");
        }
    }

    private async Task AdvanceAsync(DevnetSequencer sequencer, ulong seconds, CancellationToken cancellation)
    {
        await net.AdvanceTimeAsync(seconds, cancellation);
        sequencer.Clock.Advance(seconds);
        output.WriteLine($"  (time moves {seconds / 3_600.0:0.#} h forward on L1 and in the sequencer)");
    }

    private async Task Write(JsonRpcClient rpc, string what, string method, JsonObject parameters, CancellationToken cancellation)
    {
        string verdict;
        try
        {
            var receipt = await rpc.SendNamedAsync(method, parameters, cancellation);
            verdict = $"accepted at sequence {receipt.GetProperty("sequence").GetInt64()}";
        }
        catch (RpcException e) when (e.Code is not null)
        {
            verdict = $"refused ({e.Code}): {e.Message[(e.Message.IndexOf(':', StringComparison.Ordinal) + 1)..].Trim()}";
        }
        Step(what, verdict);
    }

    private void Step(string what, string verdict) => output.WriteLine($"{++_step,4}. {what,-52} {verdict}");

    private void L1Step(string what, TransactionReceipt receipt) =>
        output.WriteLine($"  {what,-52} L1 block {receipt.BlockNumber}, tx {Hex.Encode(receipt.TransactionHash)[..18]}…");

    private async Task PrintAccountAsync(JsonRpcClient rpc, string name, uint id, CancellationToken cancellation)
    {
        var account = await AccountAsync(rpc, id, cancellation);
        var positions = account.GetProperty("positions").GetArrayLength();
        var margin = account.GetProperty("margin");
        var state = margin.ValueKind == JsonValueKind.Null ? "not valued" : margin.GetProperty("meetsMaintenance").GetBoolean() ? "above maintenance" : "below maintenance";
        output.WriteLine($"      {name}: collateral {decimal.Parse(account.GetProperty("collateral").GetString()!, CultureInfo.InvariantCulture) / Usd:N2} USD, {positions} position(s), {state}");
    }

    private static Task<JsonElement> AccountAsync(JsonRpcClient rpc, uint id, CancellationToken cancellation) =>
        rpc.SendNamedAsync("rollup_getAccount", new JsonObject { ["accountId"] = id }, cancellation);

    private static async Task<uint> AccountIdAsync(JsonRpcClient rpc, L1Address address, CancellationToken cancellation)
    {
        uint id = 0;
        await WaitUntilAsync(async () =>
        {
            try
            {
                id = (await rpc.SendNamedAsync("rollup_getAccountId", new JsonObject { ["address"] = address.ToString() }, cancellation)).GetUInt32();
                return true;
            }
            catch (RpcException e) when (e.Code == -32004)
            {
                return false;
            }
        }, cancellation);
        return id;
    }

    private static async Task WaitUntilAsync(Func<Task<bool>> condition, CancellationToken cancellation)
    {
        var deadline = DateTime.UtcNow.AddSeconds(60);
        while (!await condition())
        {
            if (DateTime.UtcNow > deadline) throw new CliException(ExitCodes.Internal, "the devnet sequencer did not reach the expected state within 60 s");
            await Task.Delay(100, cancellation);
        }
    }

    private static JsonObject Order(MessageDomain domain, PrivateKey key, Order order) =>
        SequencerRequests.SendOrder(order, key.Sign(order.Message(domain)), immediateOrCancel: false);

    private OraclePriceOperation Price(MessageDomain domain, ulong usd, ulong timestamp, OraclePriceKind kind)
    {
        var submissions = new List<OracleSubmission>();
        for (byte i = 0; i < net.Genesis.Risk.OracleQuorum; i++)
        {
            ulong price = (usd + i) * Usd;
            submissions.Add(new OracleSubmission(i, price, oracles[i].Sign(OraclePriceOperation.Message(domain, kind, Btc, timestamp, price))));
        }
        return new OraclePriceOperation(kind, Btc, timestamp, submissions);
    }
}
