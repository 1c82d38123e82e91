using Rollup.Core.Execution;
using Rollup.Core.Operations;
using Rollup.Core.Pubdata;
using Rollup.Core.State;
using Rollup.Core.Tests.Protocol;
using static Rollup.Core.Tests.Protocol.Harness;

namespace Rollup.Core.Tests.Properties;

/// <summary>
/// Drives a harness with a seeded random mix of valid and invalid operations (deposits,
/// trades with colliding order ids, cancels, withdrawals with stale nonces, price moves,
/// liquidations, listings, expiry and settlement) and checks the protocol invariants after
/// every operation.
/// </summary>
internal sealed class RandomSession
{
    private readonly Random _rng;
    private readonly Harness _h = new(new RiskParameters { OracleQuorum = 2, MakerFeeBps = 3, TakerFeeBps = 7 });
    private readonly List<Trader> _traders = new();
    private readonly List<ushort> _series = new();
    private readonly Dictionary<(uint, uint), (uint Size, ulong Filled)> _orders = new();
    private readonly Dictionary<ushort, long> _settledNet = new();
    private readonly Dictionary<uint, uint> _nonces = new();
    private readonly List<PubdataRecord> _records = new();
    private readonly List<ulong> _recordTimes = new();
    private ulong _deposited;
    private ulong _withdrawn;
    private ulong _spot = 100_000;

    public RandomSession(int seed) => _rng = new Random(seed);

    public int Accepted { get; private set; }
    public int Rejected { get; private set; }

    public void Run(int steps)
    {
        for (int i = 0; i < 5; i++)
        {
            var key = TestKeys.FromSeed($"t{i}");
            var (x, y) = TestKeys.Public(key);
            Step(new L1RegisterKeyOperation(Address($"t{i}"), x, y));
            _traders.Add(new Trader($"t{i}", _h.State.FindAccount(Address($"t{i}"))!.Id, Address($"t{i}"), key));
        }
        Step(new DepositOperation(Address("insurance"), 500_000 * Usd));
        foreach (var t in _traders) Step(new DepositOperation(t.Address, (ulong)_rng.Next(5_000, 80_000) * Usd));
        Step(PriceOp(_spot));
        for (int k = 0; k < 3; k++) Step(new ListSeriesOperation(Btc, (ulong)(95 + 5 * k) * 1_000 * Usd, Day0 + 2, k % 2 == 0 ? OptionKind.Call : OptionKind.Put));

        for (int i = 0; i < steps; i++) Step(NextOperation());

        // Expire everything and settle it all, shorts first so longs can be paid.
        foreach (var s in _series.Distinct().ToArray())
        {
            var terms = _h.State.Series[s];
            if (_h.Now < terms.Expiry + 60) _h.Now = terms.Expiry + 60;
            if (!_h.State.GetExpiry(terms.Underlying, terms.ExpiryDay).IsSettled)
                Step(PriceOp(_spot + (ulong)_rng.Next(0, 10_000), terms.Expiry, OraclePriceKind.Settlement));
            foreach (var t in _traders.OrderBy(t => _h.PositionOf(t.Id, s)))
                if (_h.PositionOf(t.Id, s) != 0) Step(new SettleOperation(t.Id, s));
        }
        AssertReplayReproducesState();
    }

    private Operation NextOperation()
    {
        int roll = _rng.Next(100);
        var a = Pick();
        if (roll < 45 && _series.Count > 0) return RandomTrade(a);
        if (roll < 52) return new DepositOperation(_rng.Next(8) == 0 ? Address("stranger" + _rng.Next(3)) : a.Address, (ulong)_rng.Next(0, 5_000) * Usd);
        if (roll < 62)
        {
            uint nonce = _h.State.GetAccount(a.Id)!.Nonce + (uint)(_rng.Next(5) == 0 ? 1 : 0);
            ulong amount = (ulong)_rng.Next(1, 20_000) * Usd;
            return new WithdrawOperation(a.Id, amount, nonce, TestKeys.Sign(a.Key, WithdrawOperation.Message(_h.Domain, a.Id, nonce, amount)));
        }
        if (roll < 68)
        {
            uint id = (uint)_rng.Next(1, 200);
            return new CancelOperation(a.Id, id, TestKeys.Sign(a.Key, CancelOperation.Message(_h.Domain, a.Id, id)));
        }
        if (roll < 80)
        {
            _h.Now += (ulong)_rng.Next(1, 120);
            _spot = (ulong)Math.Max(10_000, (long)_spot + _rng.Next(-8_000, 8_001));
            return PriceOp(_spot);
        }
        if (roll < 88 && _series.Count > 0)
        {
            var liquidator = Pick();
            var victim = Pick();
            var s = _series[_rng.Next(_series.Count)];
            uint q = (uint)Math.Max(1, Math.Abs(_h.PositionOf(victim.Id, s)));
            uint n = _h.State.GetAccount(liquidator.Id)!.Nonce;
            return new LiquidateOperation(victim.Id, liquidator.Id, s, q, n,
                TestKeys.Sign(liquidator.Key, LiquidateOperation.Message(_h.Domain, victim.Id, liquidator.Id, s, q, n)));
        }
        if (roll < 92) return new ForcedWithdrawalOperation(_rng.Next(4) == 0 ? Pick().Address : a.Address, a.Id);
        if (roll < 95) return new ListSeriesOperation(Btc, (ulong)_rng.Next(80, 130) * 1_000 * Usd, (ushort)(Day0 + _rng.Next(1, 4)), (OptionKind)_rng.Next(2));
        if (roll < 97 && _series.Count > 0) return new SettleOperation(a.Id, _series[_rng.Next(_series.Count)]);
        return new L1RegisterKeyOperation(a.Address, TestKeys.Public(a.Key).X, TestKeys.Public(a.Key).Y);
    }

    private TradeOperation RandomTrade(Trader maker)
    {
        var taker = Pick();
        var s = _series[_rng.Next(_series.Count)];
        var takerSide = (Side)_rng.Next(2);
        ulong price = (ulong)_rng.Next(50, 8_000);
        uint size = (uint)_rng.Next(1, 3_000);
        uint qty = (uint)_rng.Next(1, (int)size + 200);
        // Small id ranges make slot collisions, stale ids and overfills common.
        uint makerId = (uint)_rng.Next(1, 120), takerId = (uint)_rng.Next(1, 120);
        var makerSide = takerSide == Side.Buy ? Side.Sell : Side.Buy;
        var m = _h.Order(maker, makerId, s, makerSide, price, size, reduceOnly: _rng.Next(10) == 0);
        var t = _h.Order(taker, takerId, s, takerSide, price + (ulong)_rng.Next(0, 3) - 1, size, reduceOnly: _rng.Next(10) == 0);
        if (_rng.Next(15) == 0) t = t with { Signature = m.Signature };
        return new TradeOperation(m, t, qty);
    }

    private Trader Pick() => _traders[_rng.Next(_traders.Count)];

    private OraclePriceOperation PriceOp(ulong usd, ulong? ts = null, OraclePriceKind kind = OraclePriceKind.Index) =>
        _h.PriceOp(Btc, usd * Usd, ts ?? _h.Now, kind);

    private void Step(Operation op)
    {
        var positionsBefore = SnapshotPositions();
        var root = _h.State.Root;
        var result = _h.Apply(op);
        Assert.Equal(_h.State.RecomputeRoot(), _h.State.Root);
        if (!result.Accepted)
        {
            Rejected++;
            Assert.Equal(root, _h.State.Root);
            Assert.Equal(root, result.RootAfter);
            Assert.Equal(positionsBefore, SnapshotPositions());
            return;
        }
        Accepted++;
        foreach (var e in result.Trace) Assert.True(e.IsConsistent(), $"inconsistent trace entry {e.Tree} {e.Index} in {op.Kind}");
        Assert.Equal(root, result.RootBefore);
        var record = result.Record!;
        _records.Add(record);
        _recordTimes.Add(_h.Now);
        Account(record, op, positionsBefore);
        CheckInvariants(record);
    }

    private void Account(PubdataRecord record, Operation op, Dictionary<(uint, ushort), long> positionsBefore)
    {
        switch (record)
        {
            case DepositRecord d when d.AccountId != PubdataRecord.NoAccount: _deposited += d.Amount; break;
            case WithdrawRecord w: _withdrawn += w.Amount; break;
            case ForcedWithdrawalRecord f: _withdrawn += f.Amount; break;
            case ListSeriesRecord l: _series.Add(l.SeriesIndex); break;
            case SettleRecord s:
                _settledNet[s.Series] = _settledNet.GetValueOrDefault(s.Series) + positionsBefore[(s.AccountId, s.Series)];
                break;
            case TradeRecord t:
                var trade = (TradeOperation)op;
                foreach (var o in new[] { trade.Maker.Order, trade.Taker.Order })
                {
                    var key = (o.AccountId, o.OrderId);
                    var filled = _orders.TryGetValue(key, out var e) ? e.Filled : 0UL;
                    _orders[key] = (o.Size, filled + t.Quantity);
                    Assert.True(filled + t.Quantity <= o.Size, $"order {key} filled {filled + t.Quantity} of {o.Size}");
                }
                break;
        }
    }

    private void CheckInvariants(PubdataRecord record)
    {
        // Collateral is conserved: every micro-USD inside is a deposit not yet withdrawn.
        Assert.Equal(_deposited - _withdrawn, _h.State.TotalCollateral());

        // Positions net to zero per series, counting what settlement has closed.
        foreach (var s in _series.Distinct())
        {
            long net = _settledNet.GetValueOrDefault(s);
            foreach (var a in _h.State.Accounts) net += a.PositionIn(s).Quantity;
            Assert.Equal(0, net);
        }

        // Nonces never go back.
        foreach (var a in _h.State.Accounts)
        {
            uint last = _nonces.GetValueOrDefault(a.Id);
            Assert.True(a.Nonce >= last, $"nonce of {a.Id} went from {last} to {a.Nonce}");
            _nonces[a.Id] = a.Nonce;
        }

        // The published record decodes to itself.
        var (_, decoded) = PubdataCodec.Decode(PubdataCodec.Encode(0, [record]));
        Assert.Equal(record, Assert.Single(decoded));
    }

    private Dictionary<(uint, ushort), long> SnapshotPositions()
    {
        var map = new Dictionary<(uint, ushort), long>();
        foreach (var a in _h.State.Accounts)
            foreach (var p in a.Positions)
                if (!p.IsEmpty) map[(a.Id, p.SeriesIndex)] = p.Quantity;
        return map;
    }

    private void AssertReplayReproducesState()
    {
        var rebuilt = new Harness(_h.Config.Risk);
        for (int i = 0; i < _records.Count; i++)
        {
            rebuilt.Now = _recordTimes[i];
            rebuilt.Stf.ApplyRecord(_records[i]);
        }
        Assert.Equal(_h.State.Root, rebuilt.State.Root);
        Assert.Equal(_h.State.Root, RollupState.Restore(_h.State.ToSnapshot()).Root);
    }
}
