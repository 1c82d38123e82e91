using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Logging.Abstractions;
using Rollup.Core.Ethereum;
using Rollup.Core.Fields;
using Rollup.Core.Operations;
using Rollup.Core.Signatures;
using Rollup.Core.State;
using Rollup.Sequencer.Engine;
using Rollup.Sequencer.Engine.Commands;
using Rollup.Sequencer.Risk;

namespace Rollup.Sequencer.Tests.Engine;

internal sealed record Trader(string Name, uint Id, L1Address Address, PrivateKey Key);

/// <summary>
/// A started engine over a small genesis (BTC strike step 1,000 USD, one oracle, accounts
/// depth 8, fills depth 6) with an in-memory log and a manual clock starting at day 20000 01:00 UTC.
/// </summary>
internal sealed class EngineHarness : IAsyncDisposable
{
    public const ulong Usd = 1_000_000;
    public const byte Btc = 0;
    public const ushort Day0 = 20_000;
    public static readonly long StartMs = (Day0 * 86_400L + 3_600) * 1000;
    public static readonly PrivateKey OracleKey = KeyOf("oracle-0");

    private ulong _priorityIndex;
    private uint _nextOrderId = 1;

    public EngineHarness(int batchSlots = 64, bool withLiquidator = false, InMemoryOperationLog? log = null, ManualClock? clock = null, RiskParameters? risk = null, ulong maxBatchAgeSeconds = 0)
    {
        Genesis = new GenesisConfig
        {
            ChainId = 31337,
            VerifyingContract = L1Address.Parse("0x5FbDB2315678afecb367f032d93F642f64180aa3"),
            AccountsDepth = 8,
            FillsDepth = 6,
            Risk = risk ?? new RiskParameters(),
            UnderlyingStrikeSteps = [1_000 * Usd],
            OracleKeys = [Public(OracleKey)],
            FeeAccountOwner = AddressOf("fees"),
            InsuranceAccountOwner = AddressOf("insurance"),
        };
        Log = log ?? new InMemoryOperationLog();
        Clock = clock ?? new ManualClock(StartMs);
        BatchSlots = batchSlots;
        LiquidatorKey = KeyOf("liquidator");
        WithLiquidator = withLiquidator;
        MaxBatchAgeSeconds = maxBatchAgeSeconds;
        Engine = NewEngine();
    }

    public GenesisConfig Genesis { get; }
    public InMemoryOperationLog Log { get; }
    public ManualClock Clock { get; }
    public int BatchSlots { get; }
    public PrivateKey LiquidatorKey { get; }
    public bool WithLiquidator { get; }
    public ulong MaxBatchAgeSeconds { get; }
    public SequencerEngine Engine { get; }
    public MessageDomain Domain => Engine.Domain;

    /// <summary>Liquidator account id: the first trader created after the protocol accounts when created first.</summary>
    public const uint LiquidatorId = 2;

    public ulong NowSeconds => (ulong)Clock.Now / 1000;

    public SequencerEngine NewEngine(InMemoryOperationLog? log = null) => new(Genesis, log ?? Log, Clock,
        new EngineOptions { BatchSlots = BatchSlots, MaxBatchAgeSeconds = MaxBatchAgeSeconds, Liquidator = WithLiquidator ? new LiquidatorIdentity(LiquidatorId, LiquidatorKey) : null },
        NullLogger<SequencerEngine>.Instance);

    public static async Task<EngineHarness> StartAsync(int batchSlots = 64, bool withLiquidator = false, RiskParameters? risk = null, ulong maxBatchAgeSeconds = 0)
    {
        var h = new EngineHarness(batchSlots, withLiquidator, risk: risk, maxBatchAgeSeconds: maxBatchAgeSeconds);
        await h.Engine.StartAsync();
        if (withLiquidator)
        {
            var liquidator = await h.NewTraderAsync("liquidator", 1_000_000);
            Assert.Equal(LiquidatorId, liquidator.Id);
        }
        return h;
    }

    public static PrivateKey KeyOf(string seed) => new(SHA256.HashData(Encoding.UTF8.GetBytes("test-key/" + seed)));

    public static L1Address AddressOf(string name) => L1Address.FromBytes(SHA256.HashData(Encoding.UTF8.GetBytes("addr/" + name)).AsSpan(0, 20));

    public static (Fr X, Fr Y) Public(PrivateKey key)
    {
        var p = key.GetPublicKey().Point;
        return (p.X, p.Y);
    }

    public async Task<CommandResult> PriorityAsync(Operation op) =>
        Must(await Engine.PriorityRequestAsync(_priorityIndex++, NowSeconds + 14 * 86_400, op));

    public async Task<Trader> NewTraderAsync(string name, ulong depositUsd)
    {
        var address = AddressOf(name);
        var key = KeyOf(name);
        var (x, y) = Public(key);
        await PriorityAsync(new L1RegisterKeyOperation(address, x, y));
        if (depositUsd > 0) await PriorityAsync(new DepositOperation(address, depositUsd * Usd));
        var id = await Engine.ReadAsync(v => v.State.FindAccount(address)!.Id);
        return new Trader(name, id, address, key);
    }

    public async Task<ushort> ListAsync(ulong strikeUsd = 110_000, ushort day = Day0 + 30, OptionKind kind = OptionKind.Call)
    {
        Must(await Engine.ListSeriesAsync(new ListSeriesOperation(Btc, strikeUsd * Usd, day, kind)));
        return await Engine.ReadAsync(v => (ushort)(v.State.SeriesCount - 1));
    }

    public OraclePriceOperation Price(ulong priceUsd, ulong? timestamp = null, OraclePriceKind kind = OraclePriceKind.Index)
    {
        ulong ts = timestamp ?? NowSeconds;
        ulong price = priceUsd * Usd;
        var sig = OracleKey.Sign(OraclePriceOperation.Message(Domain, kind, Btc, ts, price));
        return new OraclePriceOperation(kind, Btc, ts, [new OracleSubmission(0, price, sig)]);
    }

    public async Task<CommandResult> PostPriceAsync(ulong priceUsd, ulong? timestamp = null, OraclePriceKind kind = OraclePriceKind.Index) =>
        await Engine.OraclePriceAsync(Price(priceUsd, timestamp, kind));

    /// <summary>Lists the standard BTC 110k call 30 days out and posts a 100k index: the usual start.</summary>
    public async Task<ushort> StandardMarketAsync()
    {
        var s = await ListAsync();
        Must(await PostPriceAsync(100_000));
        return s;
    }

    public uint NextOrderId() => _nextOrderId++;

    public SignedOrder Order(Trader t, ushort series, Side side, ulong priceUsd, uint size, uint? orderId = null,
        bool reduceOnly = false, bool postOnly = false, ulong? expiry = null, ushort maxFeeBps = 10, ulong? rawPrice = null)
    {
        var order = new Order(t.Id, orderId ?? NextOrderId(), series, side, rawPrice ?? priceUsd * Usd, size, expiry ?? NowSeconds + 3_600, maxFeeBps, reduceOnly, postOnly);
        return new SignedOrder(order, t.Key.Sign(order.Message(Domain)));
    }

    public Task<CommandResult> SubmitAsync(SignedOrder order, TimeInForce tif = TimeInForce.GoodTillExpiry) => Engine.SubmitOrderAsync(order, tif);

    public CancelOperation Cancel(Trader t, uint orderId) => new(t.Id, orderId, t.Key.Sign(CancelOperation.Message(Domain, t.Id, orderId)));

    public async Task<WithdrawOperation> WithdrawAsync(Trader t, ulong amount)
    {
        uint nonce = await Engine.ReadAsync(v => v.State.GetAccount(t.Id)!.Nonce);
        return new WithdrawOperation(t.Id, amount, nonce, t.Key.Sign(WithdrawOperation.Message(Domain, t.Id, nonce, amount)));
    }

    public Task<Fr> RootAsync() => Engine.ReadAsync(v => v.State.Root);

    public Task<long> PositionAsync(Trader t, ushort series) => Engine.ReadAsync(v => v.State.GetAccount(t.Id)!.PositionIn(series).Quantity);

    public Task<ulong> CollateralAsync(uint id) => Engine.ReadAsync(v => v.State.GetAccount(id)!.Collateral);

    /// <summary>A canonical text of every book (orders in priority order), for equality checks.</summary>
    public static Task<string> BooksTextAsync(SequencerEngine engine) => engine.ReadAsync(v =>
    {
        var sb = new StringBuilder();
        foreach (var book in v.Books.Books)
        {
            sb.Append("series ").Append(book.Series).Append('\n');
            foreach (var o in book.Bids) sb.Append(" bid ").Append(o).Append('\n');
            foreach (var o in book.Asks) sb.Append(" ask ").Append(o).Append('\n');
        }
        return sb.ToString();
    });

    public static CommandResult Must(CommandResult r)
    {
        Assert.True(r.Accepted, r.ToString());
        return r;
    }

    public ValueTask DisposeAsync() => Engine.DisposeAsync();
}
