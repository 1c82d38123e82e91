using System.Security.Cryptography;
using System.Text;
using BenchmarkDotNet.Attributes;
using Microsoft.Extensions.Logging.Abstractions;
using Rollup.Core.Ethereum;
using Rollup.Core.Operations;
using Rollup.Core.Signatures;
using Rollup.Core.State;
using Rollup.Sequencer.Engine;

namespace Rollup.Bench;

/// <summary>
/// The sequencer engine without storage or RPC: signed orders submitted concurrently from many
/// tasks (signatures verified on the callers' threads, both cores), then applied by the single
/// writer. "Resting" orders never cross, measuring admission and the book; "crossing" pairs
/// each produce one trade through core (signatures checked once, at admission; margin; Merkle updates
/// hashed once per account per batch, accounts depth 24) and batches of 256 slots.
/// </summary>
[ShortRunJob]
public class EngineBenchmarks
{
    private const int RestingOrders = 4_000;
    private const int CrossingPairs = 200;
    private const int Traders = 16;
    private const ulong Usd = 1_000_000;
    private const ulong Start = 20_000UL * 86_400 + 3_600;

    private readonly GenesisConfig _genesis = new()
    {
        ChainId = 31337,
        VerifyingContract = L1Address.Parse("0x5FbDB2315678afecb367f032d93F642f64180aa3"),
        AccountsDepth = 24,
        UnderlyingStrikeSteps = [1_000 * Usd],
        OracleKeys = [Public(Key("oracle"))],
        FeeAccountOwner = Address("fees"),
        InsuranceAccountOwner = Address("insurance"),
    };

    private SignedOrder[] _resting = [];
    private (SignedOrder Maker, SignedOrder Taker)[] _crossing = [];
    private SequencerEngine _engine = null!;

    [GlobalSetup]
    public void Sign()
    {
        var domain = MessageDomain.For(_genesis);
        _resting = new SignedOrder[RestingOrders];
        Parallel.For(0, RestingOrders, i =>
        {
            int t = i % Traders;
            var side = (i / Traders) % 2 == 0 ? Side.Buy : Side.Sell;
            ulong price = side == Side.Buy ? 1_000 + (ulong)(i % 50) : 3_000 + (ulong)(i % 50);
            var order = new Order((uint)(2 + t), (uint)(i / Traders + 1), 0, side, price * Usd, 100, Start + 86_400, 10);
            _resting[i] = new SignedOrder(order, Key("trader" + t).Sign(order.Message(domain)));
        });
        _crossing = new (SignedOrder, SignedOrder)[CrossingPairs];
        Parallel.For(0, CrossingPairs, i =>
        {
            int maker = i % Traders, taker = (i + 1) % Traders;
            uint id = (uint)(10_000 + i);
            var sell = new Order((uint)(2 + maker), id, 0, Side.Sell, 2_000 * Usd, 100, Start + 86_400, 10);
            var buy = new Order((uint)(2 + taker), id, 0, Side.Buy, 2_000 * Usd, 100, Start + 86_400, 10);
            _crossing[i] = (new SignedOrder(sell, Key("trader" + maker).Sign(sell.Message(domain))),
                new SignedOrder(buy, Key("trader" + taker).Sign(buy.Message(domain))));
        });
    }

    [IterationSetup]
    public void FreshEngine()
    {
        _engine = new SequencerEngine(_genesis, new MemoryOperationLog(), new FixedClock((long)Start * 1000),
            new EngineOptions { BatchSlots = 256 }, NullLogger<SequencerEngine>.Instance);
        _engine.StartAsync().GetAwaiter().GetResult();
        Setup(_engine).GetAwaiter().GetResult();
    }

    [IterationCleanup]
    public void Stop() => _engine.DisposeAsync().AsTask().GetAwaiter().GetResult();

    [Benchmark(Description = "Resting signed orders accepted (engine, 2 cores)", OperationsPerInvoke = RestingOrders)]
    public async Task<int> SubmitResting()
    {
        var tasks = new Task<CommandResult>[RestingOrders];
        await Parallel.ForAsync(0, RestingOrders, (i, _) =>
        {
            tasks[i] = _engine.SubmitOrderAsync(_resting[i]);
            return ValueTask.CompletedTask;
        });
        int accepted = 0;
        foreach (var t in tasks) if ((await t).Accepted) accepted++;
        if (accepted != RestingOrders) throw new InvalidOperationException($"only {accepted} orders accepted");
        return accepted;
    }

    [Benchmark(Description = "Trades matched through core into batches", OperationsPerInvoke = CrossingPairs)]
    public async Task<int> MatchCrossing()
    {
        int fills = 0;
        foreach (var (maker, taker) in _crossing)
        {
            var rest = await _engine.SubmitOrderAsync(maker);
            var take = await _engine.SubmitOrderAsync(taker);
            if (!rest.Accepted || take.Fills.Count != 1) throw new InvalidOperationException($"pair did not trade: {rest} / {take}");
            fills++;
        }
        await _engine.SealBatchAsync();
        return fills;
    }

    private async Task Setup(SequencerEngine engine)
    {
        ulong index = 0;
        for (int t = 0; t < Traders; t++)
        {
            var (x, y) = Public(Key("trader" + t));
            await engine.PriorityRequestAsync(index++, Start + 14 * 86_400, new L1RegisterKeyOperation(Address("trader" + t), x, y));
            await engine.PriorityRequestAsync(index++, Start + 14 * 86_400, new DepositOperation(Address("trader" + t), 10_000_000 * Usd));
        }
        await engine.ListSeriesAsync(new ListSeriesOperation(0, 110_000 * Usd, 20_030, OptionKind.Call));
        var domain = engine.Domain;
        var sig = Key("oracle").Sign(OraclePriceOperation.Message(domain, OraclePriceKind.Index, 0, Start, 100_000 * Usd));
        var r = await engine.OraclePriceAsync(new OraclePriceOperation(OraclePriceKind.Index, 0, Start, [new OracleSubmission(0, 100_000 * Usd, sig)]));
        if (!r.Accepted) throw new InvalidOperationException(r.ToString());
        await engine.SealBatchAsync();
    }

    private static PrivateKey Key(string seed) => new(SHA256.HashData(Encoding.UTF8.GetBytes("bench-key/" + seed)));

    private static L1Address Address(string name) => L1Address.FromBytes(SHA256.HashData(Encoding.UTF8.GetBytes("bench-addr/" + name)).AsSpan(0, 20));

    private static (Rollup.Core.Fields.Fr X, Rollup.Core.Fields.Fr Y) Public(PrivateKey key)
    {
        var p = key.GetPublicKey().Point;
        return (p.X, p.Y);
    }

    private sealed class FixedClock(long ms) : ISequencerClock
    {
        public long UnixMilliseconds() => ms;
    }
}
