using BenchmarkDotNet.Attributes;
using Rollup.Core.Ethereum;
using Rollup.Core.Execution;
using Rollup.Core.Fields;
using Rollup.Core.Operations;
using Rollup.Core.Pubdata;
using Rollup.Core.Signatures;
using Rollup.Core.State;

namespace Rollup.Bench;

/// <summary>
/// The state transition function on a depth-24 state: fully checked trades (two signature
/// verifications, margin for both sides, five tree paths) and the replay of published trade
/// records, which is what rebuilding from L1 does.
/// </summary>
[SimpleJob(launchCount: 1, warmupCount: 2, iterationCount: 6, invocationCount: 4)]
public class ProtocolBenchmarks
{
    private const int Trades = 200;
    private const ulong Usd = 1_000_000;
    private StateTransition _stf = null!;
    private TradeOperation[] _ops = null!;
    private TradeRecord[] _records = null!;
    private GenesisConfig _config = null!;
    private int _round;

    [GlobalSetup]
    public void Setup()
    {
        var oracle = Key("oracle");
        _config = new GenesisConfig
        {
            AccountsDepth = 24,
            UnderlyingStrikeSteps = [1_000 * Usd],
            OracleKeys = [(oracle.GetPublicKey().Point.X, oracle.GetPublicKey().Point.Y)],
            Risk = new RiskParameters { MaxPriceAgeSeconds = uint.MaxValue >> 1 },
        };
        _stf = new StateTransition(new RollupState(_config)) { Timestamp = 20_000 * 86_400UL, CollectTrace = false };
        var a = Key("a");
        var b = Key("b");
        Must(new L1RegisterKeyOperation(Addr(1), a.GetPublicKey().Point.X, a.GetPublicKey().Point.Y));
        Must(new L1RegisterKeyOperation(Addr(2), b.GetPublicKey().Point.X, b.GetPublicKey().Point.Y));
        Must(new DepositOperation(Addr(1), 1_000_000_000 * Usd));
        Must(new DepositOperation(Addr(2), 1_000_000_000 * Usd));
        ulong ts = _stf.Timestamp;
        Must(new OraclePriceOperation(OraclePriceKind.Index, 0, ts, [new OracleSubmission(0, 100_000 * Usd, oracle.Sign(OraclePriceOperation.Message(_stf.Domain, OraclePriceKind.Index, 0, ts, 100_000 * Usd)))]));
        Must(new ListSeriesOperation(0, 110_000 * Usd, 20_030, OptionKind.Call));
        // Each trade flips who sells so positions stay small; order ids keep rising so slots are reused.
        _ops = new TradeOperation[Trades * 50];
        for (int i = 0; i < _ops.Length; i++)
        {
            var (mk, mid, tk, tid) = i % 2 == 0 ? (a, 2u, b, 3u) : (b, 3u, a, 2u);
            var m = new Order(mid, (uint)i + 1, 0, Side.Sell, 2_000 * Usd, 1_000, ulong.MaxValue >> 24, 100);
            var t = new Order(tid, (uint)i + 1, 0, Side.Buy, 2_000 * Usd, 1_000, ulong.MaxValue >> 24, 100);
            _ops[i] = new TradeOperation(new SignedOrder(m, mk.Sign(m.Message(_stf.Domain))), new SignedOrder(t, tk.Sign(t.Message(_stf.Domain))), 1_000);
        }
        _records = _ops.Select(o => new TradeRecord(o.Maker.Order.AccountId, o.Taker.Order.AccountId, o.Maker.Order.OrderId, o.Taker.Order.OrderId, 0, 1_000, 2_000 * Usd, true)).ToArray();
    }

    [Benchmark(Description = "Trade, fully checked", OperationsPerInvoke = Trades)]
    public Fr CheckedTrade()
    {
        int start = (_round++ % 50) * Trades;
        for (int i = start; i < start + Trades; i++)
            if (!_stf.Apply(_ops[i]).Accepted) throw new InvalidOperationException("trade refused");
        return _stf.State.Root;
    }

    [Benchmark(Description = "Trade record replay (rebuild from L1)", OperationsPerInvoke = Trades)]
    public Fr ReplayTrade()
    {
        int start = (_round++ % 50) * Trades;
        for (int i = start; i < start + Trades; i++) _stf.ApplyRecord(_records[i] with { MakerOrderId = (uint)(_round * Trades + i + 1_000_000), TakerOrderId = (uint)(_round * Trades + i + 1_000_000) });
        return _stf.State.AccountsRoot;
    }

    private void Must(Operation op)
    {
        var r = _stf.Apply(op);
        if (!r.Accepted) throw new InvalidOperationException(r.ToString());
    }

    private static PrivateKey Key(string s) => new(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(s)));

    private static L1Address Addr(byte b)
    {
        var bytes = new byte[20];
        bytes[19] = b;
        return L1Address.FromBytes(bytes);
    }
}
