using System.Collections.Concurrent;
using Rollup.Core.Ethereum;
using Rollup.Core.Fields;
using Rollup.Core.Margin;
using Rollup.Core.Operations;
using Rollup.Core.State;
using Rollup.Sequencer.Receipts;
using Rollup.Sequencer.Rpc;
using Rollup.Sequencer.Rpc.Views;

namespace Rollup.Sequencer.Tests.Rpc;

/// <summary>
/// Test double of the engine: accepts every write with the next sequence number and remembers
/// it, unless <see cref="Refuse"/> says otherwise; serves one account, one series and one batch.
/// </summary>
internal sealed class FakeSequencerApi : ISequencerApi, ISequencerAdmin
{
    public const uint KnownAccount = 7;
    public const ushort KnownSeries = 3;
    public static readonly L1Address KnownAddress = L1Address.Parse("0x70997970c51812dc3a010c7d01b50e0d17dc79c8");

    private long _sequence;

    public ConcurrentQueue<object> Writes { get; } = new();
    public ConcurrentDictionary<long, AcceptedOperation> Accepted { get; } = new();

    /// <summary>Throws instead of accepting when set (the engine's refusal).</summary>
    public Func<object, Exception?> Refuse { get; set; } = _ => null;

    /// <summary>Makes chainInfo wait this long (honouring cancellation): for timeouts.</summary>
    public TimeSpan ChainInfoDelay { get; set; }

    public bool Paused { get; private set; }

    public long AcceptedAtMs { get; set; } = 1_764_494_400_123;

    /// <summary>When set, accepted writes are answered only once it completes: the engine's wait for a durable flush.</summary>
    public Task? DurableGate { get; set; }

    private ValueTask<Acceptance> Accept(object operation, Hash32 hash)
    {
        if (Refuse(operation) is { } e) throw e;
        Writes.Enqueue(operation);
        var sequence = Interlocked.Increment(ref _sequence);
        Accepted[sequence] = new AcceptedOperation(sequence, hash, AcceptedAtMs);
        var acceptance = new Acceptance(sequence, AcceptedAtMs);
        return DurableGate is { } gate ? AfterAsync(gate, acceptance) : ValueTask.FromResult(acceptance);
    }

    private static async ValueTask<Acceptance> AfterAsync(Task gate, Acceptance acceptance)
    {
        await gate.ConfigureAwait(false);
        return acceptance;
    }

    public ValueTask<Acceptance> SendOrderAsync(SignedOrder order, TimeInForce timeInForce, CancellationToken cancellation) =>
        Accept(order, OperationHash.Of(order, timeInForce));

    public ValueTask<Acceptance> CancelOrderAsync(CancelOperation cancel, CancellationToken cancellation) => Accept(cancel, OperationHash.Of(cancel));

    public ValueTask<Acceptance> CancelAllAsync(uint accountId, IReadOnlyList<CancelOperation> cancels, CancellationToken cancellation) =>
        Accept(cancels, OperationHash.Of(accountId, cancels));

    public ValueTask<Acceptance> WithdrawAsync(WithdrawOperation withdraw, CancellationToken cancellation) => Accept(withdraw, OperationHash.Of(withdraw));

    public ValueTask<Acceptance> RegisterKeyAsync(RegisterKeyOperation registerKey, CancellationToken cancellation) =>
        Accept(registerKey, OperationHash.Of(registerKey));

    public ValueTask<Acceptance> PostOraclePriceAsync(OraclePriceOperation price, CancellationToken cancellation) => Accept(price, OperationHash.Of(price));

    public ValueTask<AccountView?> GetAccountAsync(uint accountId, CancellationToken cancellation)
    {
        if (accountId != KnownAccount) return ValueTask.FromResult<AccountView?>(null);
        var position = new Position(KnownSeries, new SeriesTerms(0, 3_000_000_000, 1_767_254_400, OptionKind.Call), -1500, 120_000_000);
        var margin = new MarginSummary(Int128.Parse("50000000000000000"), 1_800_000_000_000, Int128.Parse("9000000000000000"), Int128.Parse("4000000000000000"));
        return ValueTask.FromResult<AccountView?>(new AccountView(
            KnownAccount, KnownAddress, Fr.FromUInt64(11), Fr.FromUInt64(12), 4, 5_000_000_000,
            [PositionView.From(position)],
            [new OpenOrderView(9, KnownSeries, Side.Sell, 125_000_000, 2000, 500, 1_767_254_400, false, false, 3)],
            MarginView.From(margin, 5_000_000_000)));
    }

    public ValueTask<uint?> FindAccountAsync(L1Address address, CancellationToken cancellation) =>
        ValueTask.FromResult<uint?>(address == KnownAddress ? KnownAccount : null);

    public ValueTask<OrderBookView?> GetOrderBookAsync(ushort series, int depth, CancellationToken cancellation) =>
        ValueTask.FromResult(series == KnownSeries
            ? new OrderBookView(series, _sequence, [new BookLevel(120_000_000, 1500, 1)], [new BookLevel(125_000_000, 2000, 2)])
            : null);

    public ValueTask<IReadOnlyList<TradeView>> GetTradesAsync(ushort? series, int limit, CancellationToken cancellation) =>
        ValueTask.FromResult<IReadOnlyList<TradeView>>([new TradeView(5, KnownSeries, 125_000_000, 500, KnownAccount, 9, 8, 1, Side.Buy, 1_764_494_400)]);

    public ValueTask<IReadOnlyList<SeriesView>> GetSeriesAsync(bool includeExpired, CancellationToken cancellation) =>
        ValueTask.FromResult<IReadOnlyList<SeriesView>>([new SeriesView(KnownSeries, 0, 3_000_000_000, 1_767_254_400, OptionKind.Call, Fr.FromUInt64(99), null)]);

    public ValueTask<PricesView?> GetPricesAsync(byte underlying, CancellationToken cancellation) =>
        ValueTask.FromResult(underlying == 0 ? new PricesView(0, 3_100_000_000, 1_764_494_000, [new SettlementPriceView(1_764_403_200, 3_050_000_000)]) : null);

    public ValueTask<BatchView?> GetBatchAsync(ulong? number, CancellationToken cancellation) =>
        ValueTask.FromResult(number is null or 2
            ? new BatchView(2, BatchStatus.Committed, 11, 20, 10, Fr.FromUInt64(1234), new Hash32(new byte[32]), null)
            : null);

    public ValueTask<AcceptedOperation?> GetAcceptedOperationAsync(long sequence, CancellationToken cancellation) =>
        ValueTask.FromResult(Accepted.TryGetValue(sequence, out var a) ? a : null);

    public ValueTask<AccountProofView?> GetAccountProofAsync(uint accountId, Fr? root, CancellationToken cancellation) =>
        ValueTask.FromResult(accountId == KnownAccount && root is null
            ? new AccountProofView(Fr.FromUInt64(1234), accountId, Fr.FromUInt64(55), [Fr.Zero, Fr.One], Fr.FromUInt64(11), Fr.FromUInt64(12), KnownAddress, 4, 5_000_000_000, Fr.Zero, Fr.Zero)
            : null);

    public async ValueTask<ChainInfoView> GetChainInfoAsync(CancellationToken cancellation)
    {
        if (ChainInfoDelay > TimeSpan.Zero) await Task.Delay(ChainInfoDelay, cancellation);
        return new ChainInfoView(RpcTestServer.ChainId, RpcTestServer.Contract, RpcTestServer.SequencerKey.GetAddress(), 24, 14, _sequence, 2, Fr.FromUInt64(1234), 1_764_494_400);
    }

    public ValueTask<BatchView?> SealBatchAsync(CancellationToken cancellation) =>
        ValueTask.FromResult<BatchView?>(new BatchView(3, BatchStatus.Pending, 21, _sequence, (int)Math.Max(0, _sequence - 20), Fr.FromUInt64(77), null, null));

    public ValueTask<AdminStatusView> GetStatusAsync(CancellationToken cancellation) =>
        ValueTask.FromResult(new AdminStatusView(Paused, _sequence, _sequence, 3, 0, Fr.FromUInt64(77)));

    public ValueTask PauseAsync(CancellationToken cancellation)
    {
        Paused = true;
        return ValueTask.CompletedTask;
    }

    public ValueTask ResumeAsync(CancellationToken cancellation)
    {
        Paused = false;
        return ValueTask.CompletedTask;
    }

    public ValueTask<SeriesView> ListSeriesAsync(ListSeriesOperation listing, CancellationToken cancellation) =>
        ValueTask.FromResult(new SeriesView(0, listing.Underlying, listing.Strike, listing.Terms.Expiry, listing.OptionKind, Rollup.Core.Fields.Fr.Zero, null));
}
