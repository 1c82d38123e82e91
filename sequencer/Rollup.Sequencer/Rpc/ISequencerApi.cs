using Rollup.Core.Ethereum;
using Rollup.Core.Fields;
using Rollup.Core.Operations;
using Rollup.Sequencer.Rpc.Views;

namespace Rollup.Sequencer.Rpc;

/// <summary>
/// What the JSON-RPC server needs from the sequencer. Arguments arrive parsed and range-checked
/// (fields within their protocol widths, signatures in canonical form) but not verified: the
/// implementation checks signatures, nonces, margin and the book. A write completes only once its
/// operation is durably in the log, and returns the sequence number it got; a refusal throws
/// <see cref="Errors.SequencerApiException"/> (or <see cref="Errors.RpcException"/>) and changes nothing.
/// Reads return null where the thing asked for does not exist.
/// </summary>
public interface ISequencerApi
{
    ValueTask<Acceptance> SendOrderAsync(SignedOrder order, TimeInForce timeInForce, CancellationToken cancellation);

    ValueTask<Acceptance> CancelOrderAsync(CancelOperation cancel, CancellationToken cancellation);

    /// <summary>Cancels every listed order of one account as one operation sequence: all accepted or none.</summary>
    ValueTask<Acceptance> CancelAllAsync(uint accountId, IReadOnlyList<CancelOperation> cancels, CancellationToken cancellation);

    ValueTask<Acceptance> WithdrawAsync(WithdrawOperation withdraw, CancellationToken cancellation);

    ValueTask<Acceptance> RegisterKeyAsync(RegisterKeyOperation registerKey, CancellationToken cancellation);

    ValueTask<Acceptance> PostOraclePriceAsync(OraclePriceOperation price, CancellationToken cancellation);

    ValueTask<AccountView?> GetAccountAsync(uint accountId, CancellationToken cancellation);

    ValueTask<uint?> FindAccountAsync(L1Address address, CancellationToken cancellation);

    ValueTask<OrderBookView?> GetOrderBookAsync(ushort series, int depth, CancellationToken cancellation);

    /// <summary>The most recent trades, newest first, of one series or of all when <paramref name="series"/> is null.</summary>
    ValueTask<IReadOnlyList<TradeView>> GetTradesAsync(ushort? series, int limit, CancellationToken cancellation);

    ValueTask<IReadOnlyList<SeriesView>> GetSeriesAsync(bool includeExpired, CancellationToken cancellation);

    ValueTask<PricesView?> GetPricesAsync(byte underlying, CancellationToken cancellation);

    /// <summary>A batch by number, or the latest when <paramref name="number"/> is null.</summary>
    ValueTask<BatchView?> GetBatchAsync(ulong? number, CancellationToken cancellation);

    /// <summary>The operation accepted at <paramref name="sequence"/> through this API, for its receipt.</summary>
    ValueTask<AcceptedOperation?> GetAcceptedOperationAsync(long sequence, CancellationToken cancellation);

    /// <summary>The account's proof at <paramref name="root"/> (a batch's state root), or at the current root when null.</summary>
    ValueTask<AccountProofView?> GetAccountProofAsync(uint accountId, Fr? root, CancellationToken cancellation);

    ValueTask<ChainInfoView> GetChainInfoAsync(CancellationToken cancellation);
}
