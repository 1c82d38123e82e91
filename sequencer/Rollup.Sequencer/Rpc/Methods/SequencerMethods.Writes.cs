using Rollup.Sequencer.Receipts;
using Rollup.Sequencer.Rpc.Errors;
using Rollup.Sequencer.Rpc.Requests;
using Rollup.Sequencer.Rpc.Views;

namespace Rollup.Sequencer.Rpc.Methods;

public static partial class SequencerMethods
{
    private static readonly RpcErrorCode[] SignedWriteErrors =
    [
        RpcErrorCode.BadSignature, RpcErrorCode.UnknownAccount, RpcErrorCode.Paused, RpcErrorCode.Rejected, RpcErrorCode.Overloaded,
    ];

    private static void AddWrites(MethodRegistry registry, ISequencerApi api, ReceiptBatcher receipts)
    {
        registry.Add(RpcMethod<SendOrderParams, ReceiptView>.Deferred(
            Prefix + "sendOrder",
            "Submits an EdDSA-signed limit order (PROTOCOL.md §3.3) to its series' book; returns the signed receipt of its sequence number.",
            RpcAccess.Public,
            [.. SignedWriteErrors, RpcErrorCode.OrderIdReused, RpcErrorCode.Expired, RpcErrorCode.UnknownSeries, RpcErrorCode.InsufficientMargin],
            async (p, _, ct) =>
            {
                var order = p.ToCore();
                var accepted = await api.SendOrderAsync(order, p.TimeInForce, ct).ConfigureAwait(false);
                return Receipt(receipts, accepted, OperationHash.Of(order, p.TimeInForce), ct);
            },
            p => AccountKey(p.Order.AccountId)));

        registry.Add(RpcMethod<CancelOrderParams, ReceiptView>.Deferred(
            Prefix + "cancelOrder",
            "Cancels one order id with a signed Cancel message (PROTOCOL.md §7.6): it leaves the book and can never fill.",
            RpcAccess.Public,
            [.. SignedWriteErrors, RpcErrorCode.OrderIdReused],
            async (p, _, ct) =>
            {
                var cancel = p.ToCore();
                var accepted = await api.CancelOrderAsync(cancel, ct).ConfigureAwait(false);
                return Receipt(receipts, accepted, OperationHash.Of(cancel), ct);
            },
            p => AccountKey(p.AccountId)));

        registry.Add(RpcMethod<CancelAllParams, ReceiptView>.Deferred(
            Prefix + "cancelAll",
            "Cancels several orders of one account at once, each with its signed Cancel message (at most 256); all are accepted or none.",
            RpcAccess.Public,
            [.. SignedWriteErrors, RpcErrorCode.OrderIdReused, RpcErrorCode.TooLarge],
            async (p, _, ct) =>
            {
                var cancels = p.ToCore();
                var accepted = await api.CancelAllAsync(p.AccountId, cancels, ct).ConfigureAwait(false);
                return Receipt(receipts, accepted, OperationHash.Of(p.AccountId, cancels), ct);
            },
            p => AccountKey(p.AccountId)));

        registry.Add(RpcMethod<WithdrawParams, ReceiptView>.Deferred(
            Prefix + "withdraw",
            "Withdraws collateral to the account's L1 address with a signed Withdraw message (PROTOCOL.md §7.7).",
            RpcAccess.Public,
            [.. SignedWriteErrors, RpcErrorCode.NonceReused, RpcErrorCode.InsufficientMargin],
            async (p, _, ct) =>
            {
                var withdraw = p.ToCore();
                var accepted = await api.WithdrawAsync(withdraw, ct).ConfigureAwait(false);
                return Receipt(receipts, accepted, OperationHash.Of(withdraw), ct);
            },
            p => AccountKey(p.AccountId)));

        registry.Add(RpcMethod<RegisterKeyParams, ReceiptView>.Deferred(
            Prefix + "registerKey",
            "Sets the account's L2 key, authorised by the EIP-712 RegisterKey signature of its L1 address (PROTOCOL.md §3.4, §7.4).",
            RpcAccess.Public,
            [.. SignedWriteErrors, RpcErrorCode.NonceReused],
            async (p, _, ct) =>
            {
                var registerKey = p.ToCore();
                var accepted = await api.RegisterKeyAsync(registerKey, ct).ConfigureAwait(false);
                return Receipt(receipts, accepted, OperationHash.Of(registerKey), ct);
            },
            p => AccountKey(p.AccountId)));

        registry.Add(RpcMethod<PostOraclePriceParams, ReceiptView>.Deferred(
            Prefix + "postOraclePrice",
            "Posts an index or settlement price signed by a quorum of oracle keys (PROTOCOL.md §7.8).",
            RpcAccess.Public,
            [RpcErrorCode.BadSignature, RpcErrorCode.NotAnOracle, RpcErrorCode.UnknownSeries, RpcErrorCode.TooLarge, RpcErrorCode.Paused, RpcErrorCode.Rejected, RpcErrorCode.Overloaded],
            async (p, _, ct) =>
            {
                var price = p.ToCore();
                var accepted = await api.PostOraclePriceAsync(price, ct).ConfigureAwait(false);
                return Receipt(receipts, accepted, OperationHash.Of(price), ct);
            },
            p => "oracle:" + p.Underlying.ToString(System.Globalization.CultureInfo.InvariantCulture)));
    }

    private static async Task<ReceiptView> Receipt(ReceiptBatcher receipts, Acceptance accepted, Hash32 operationHash, CancellationToken cancellation) =>
        ReceiptView.From(await receipts.SignAsync(accepted.Sequence, operationHash, accepted.AcceptedAtMs, cancellation).ConfigureAwait(false));
}
