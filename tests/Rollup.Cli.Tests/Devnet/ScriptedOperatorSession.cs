using System.Globalization;
using Rollup.Cli.Devnet;
using Rollup.Core.Batches;
using Rollup.Core.Execution;
using Rollup.Core.Fields;
using Rollup.Core.Operations;
using Rollup.Core.Signatures;
using Rollup.Core.State;
using Rollup.SettlementClient.Primitives;
using Rollup.SettlementClient.Sync;

namespace Rollup.Cli.Tests.Devnet;

/// <summary>
/// A scripted operator for tests that need proven or exodus states on a devnet without the
/// sequencer service: every step real on L1: traders register their L2 keys
/// and deposit on the contract; the operator reads those requests back through the L1
/// synchronizer, applies them with signed L2 operations (prices, a listing, trades, a
/// liquidation, expiry settlement, a withdrawal) through Rollup.Core, seals batches at L1 time
/// and commits them with commitBatch. Afterwards `rollup verify` can rebuild all of it from L1.
/// </summary>
internal sealed class ScriptedOperatorSession(DevnetNetwork net, IReadOnlyList<PrivateKey> oracles, TextWriter output)
{
    public const ulong Usd = 1_000_000;
    public const int Slots = 16;
    private const byte Btc = 0;

    private readonly L1RollupView _view = new();
    private StateTransition _stf = null!;
    private BatchBuilder _batch = null!;
    private L1Synchronizer _sync = null!;
    private int _step;

    public List<Batch> Batches { get; } = new();

    public async Task RunAsync(CancellationToken cancellation)
    {
        var alice = await net.ActorAsync("alice", 1, cancellation);
        var bob = await net.ActorAsync("bob", 2, cancellation);
        var carol = await net.ActorAsync("carol", 3, cancellation);
        var insuranceOwner = net.Genesis.InsuranceAccountOwner;
        _stf = new StateTransition(new RollupState(net.Genesis));
        _sync = new L1Synchronizer(net.Eth, new L1SyncOptions
        {
            Contract = net.Deployment.Rollup,
            StartBlock = net.Deployment.DeploymentBlock,
            Confirmations = 0,
            PollInterval = TimeSpan.FromMilliseconds(100),
        }, _view);

        output.WriteLine("L1: traders register their L2 keys and deposit (each from its own account)");
        foreach (var trader in new[] { alice, bob, carol })
        {
            var key = trader.L2Key.GetPublicKey().Point;
            L1Step($"{trader.Name} registers an L2 key", await trader.Rollup.RegisterKeyAsync(key.X, key.Y, cancellation));
        }
        var operatorToken = net.Token(net.Operator);
        foreach (var (trader, usd) in new[] { (alice, 14_000UL), (bob, 10_000UL), (carol, 100_000UL) })
        {
            await operatorToken.MintAsync(trader.Address, usd * Usd, cancellation);
            L1Step($"{trader.Name} deposits {usd:N0} USD", await trader.Rollup.DepositAsync(trader.Address, usd * Usd, cancellation));
        }
        await operatorToken.MintAsync(net.Operator.Address, 50_000 * Usd, cancellation);
        L1Step("operator funds the insurance fund with 50,000 USD", await net.Operator.Rollup.DepositAsync(insuranceOwner, 50_000 * Usd, cancellation));

        ulong start = await net.LatestTimestampAsync(cancellation);
        ushort today = (ushort)(start / Limits.SecondsPerDay);
        await OpenBatchAsync(start, cancellation);
        await IncludePriorityRequestsAsync(cancellation);
        Step("oracles post BTC = 100,000", Price(100_000, start));
        ushort expiryDay = (ushort)(today + 7);
        Step("list BTC 110,000 call, 7-day expiry", new ListSeriesOperation(Btc, 110_000 * Usd, expiryDay, OptionKind.Call));
        uint a = Id(alice), b = Id(bob), c = Id(carol);
        Step("bob buys 0.6 contract from alice at 2,000", Trade(alice.L2Key, a, 1, Side.Sell, bob.L2Key, b, 1, 2_000, 1_000, 600, start));
        Step("bob buys the remaining 0.4 of alice's order", Trade(alice.L2Key, a, 1, Side.Sell, bob.L2Key, b, 2, 2_000, 1_000, 400, start));
        Step("bob tries to fill alice's order a third time (refused)", Trade(alice.L2Key, a, 1, Side.Sell, bob.L2Key, b, 3, 2_000, 1_000, 1, start));
        await SealAndCommitAsync(cancellation);

        await net.AdvanceTimeAsync(3_600, cancellation);
        ulong later = await net.LatestTimestampAsync(cancellation);
        await OpenBatchAsync(later, cancellation);
        Step("oracles post BTC = 125,000", Price(125_000, later));
        uint nonce = _stf.State.GetAccount(c)!.Nonce;
        Step("carol liquidates alice's short", new LiquidateOperation(a, c, 0, 1_000, nonce,
            carol.L2Key.Sign(LiquidateOperation.Message(_stf.Domain, a, c, 0, 1_000, nonce))));
        await SealAndCommitAsync(cancellation);

        ulong expiry = SeriesTerms.ExpiryOfDay(expiryDay);
        ulong now = await net.LatestTimestampAsync(cancellation);
        await net.AdvanceTimeAsync(expiry + 1_800 - now, cancellation);
        ulong afterExpiry = await net.LatestTimestampAsync(cancellation);
        await OpenBatchAsync(afterExpiry, cancellation);
        Step("oracles post the settlement price 120,000", Price(120_000, expiry, OraclePriceKind.Settlement));
        Step("settle carol's short", new SettleOperation(c, 0));
        Step("settle bob's long", new SettleOperation(b, 0));
        uint bobNonce = _stf.State.GetAccount(b)!.Nonce;
        Step("bob withdraws 15,000 USD", new WithdrawOperation(b, 15_000 * Usd, bobNonce,
            bob.L2Key.Sign(WithdrawOperation.Message(_stf.Domain, b, bobNonce, 15_000 * Usd))));
        await SealAndCommitAsync(cancellation);

        foreach (var (name, id) in new[] { ("alice", a), ("bob", b), ("carol", c), ("fees", Limits.FeeAccountId), ("insurance", Limits.InsuranceAccountId) })
            output.WriteLine($"  {name,-10} collateral {Format(_stf.State.GetAccount(id)!.Collateral)} USD");
    }

    private async Task OpenBatchAsync(ulong timestamp, CancellationToken cancellation)
    {
        var number = await net.Operator.Rollup.LastCommittedBatchAsync(cancellation: cancellation) + 1;
        _batch = new BatchBuilder(_stf, number, timestamp, Slots);
        output.WriteLine($"batch {number} at L1 time {DateTimeOffset.FromUnixTimeSeconds((long)timestamp):u}");
    }

    /// <summary>The operator reads the queue from L1 (not from what it sent) and applies every request not yet consumed, in order.</summary>
    private async Task IncludePriorityRequestsAsync(CancellationToken cancellation)
    {
        await _sync.SyncOnceAsync(cancellation);
        ulong first = _stf.State.PriorityCursor;
        foreach (var request in _view.PriorityRequests(first, (ulong)_view.PriorityRequestCount))
            Step($"L1 request {request.Index}: {request.Kind} for {request.Account.ToString()[..10]}…", request.ToOperation());
    }

    private async Task SealAndCommitAsync(CancellationToken cancellation)
    {
        var batch = _batch.Seal();
        var receipt = await net.Operator.Rollup.CommitBatchAsync(batch, cancellation);
        Batches.Add(batch);
        output.WriteLine($"  committed batch {batch.Number}: {batch.Pubdata.Length} bytes of pubdata, priority [{batch.PriorityFirst}, {batch.PriorityEnd}), " +
            $"root {Short(batch.NewRoot)}, L1 block {receipt.BlockNumber}, tx {Hex.Encode(receipt.TransactionHash)}, gas {receipt.GasUsed}");
    }

    private void L1Step(string what, SettlementClient.Rpc.TransactionReceipt receipt) =>
        output.WriteLine($"  {what,-52} L1 block {receipt.BlockNumber}, tx {Hex.Encode(receipt.TransactionHash)[..18]}…");

    private void Step(string what, Operation op)
    {
        if (_batch.IsFull) throw new InvalidOperationException($"batch {_batch.Number} has no free slot for: {what}");
        var r = _batch.Add(op);
        _step++;
        var verdict = r.Accepted ? "ok" : $"refused: {r.Reason}";
        output.WriteLine($"{_step,4}. {what,-56} {verdict,-22} root {Short(_stf.State.Root)}");
    }

    private uint Id(DevnetActor actor) =>
        _stf.State.FindAccount(actor.Address)?.Id ?? throw new InvalidOperationException($"{actor.Name} has no account: the L1 registration was not applied");

    private TradeOperation Trade(PrivateKey makerKey, uint maker, uint makerOrder, Side makerSide, PrivateKey takerKey, uint taker, uint takerOrder,
        ulong priceUsd, uint size, uint fill, ulong now)
    {
        var takerSide = makerSide == Side.Buy ? Side.Sell : Side.Buy;
        var m = new Order(maker, makerOrder, 0, makerSide, priceUsd * Usd, size, now + 86_400, 10);
        var t = new Order(taker, takerOrder, 0, takerSide, priceUsd * Usd, fill, now + 86_400, 10);
        return new TradeOperation(new SignedOrder(m, makerKey.Sign(m.Message(_stf.Domain))), new SignedOrder(t, takerKey.Sign(t.Message(_stf.Domain))), fill);
    }

    private OraclePriceOperation Price(ulong usd, ulong timestamp, OraclePriceKind kind = OraclePriceKind.Index)
    {
        var submissions = new List<OracleSubmission>();
        for (byte i = 0; i < net.Genesis.Risk.OracleQuorum; i++)
            submissions.Add(new OracleSubmission(i, (usd + i) * Usd, oracles[i].Sign(OraclePriceOperation.Message(_stf.Domain, kind, Btc, timestamp, (usd + i) * Usd))));
        return new OraclePriceOperation(kind, Btc, timestamp, submissions);
    }

    private static string Short(in Fr f) => "0x" + Convert.ToHexStringLower(f.ToBigEndianBytes())[..16] + "…";

    private static string Format(ulong micro) => (micro / (decimal)Usd).ToString("N2", CultureInfo.InvariantCulture);
}
