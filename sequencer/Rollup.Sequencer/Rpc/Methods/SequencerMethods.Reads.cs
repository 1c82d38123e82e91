using Rollup.Sequencer.Receipts;
using Rollup.Sequencer.Rpc.Errors;
using Rollup.Sequencer.Rpc.Requests;
using Rollup.Sequencer.Rpc.Views;

namespace Rollup.Sequencer.Rpc.Methods;

public static partial class SequencerMethods
{
    public const int MaxBookDepth = 500;
    public const int MaxTrades = 1000;

    private static void AddReads(MethodRegistry registry, ISequencerApi api, ReceiptBatcher receipts)
    {
        registry.Add(new RpcMethod<AccountParams, AccountView>(
            Prefix + "getAccount",
            "An account's collateral, nonce, key, positions, resting orders, equity and margin.",
            RpcAccess.Public, [RpcErrorCode.UnknownAccount],
            async (p, _, ct) => await api.GetAccountAsync(p.AccountId, ct).ConfigureAwait(false)
                ?? throw new RpcException(RpcErrorCode.UnknownAccount, $"no account {p.AccountId}")));

        registry.Add(new RpcMethod<AccountIdParams, uint>(
            Prefix + "getAccountId",
            "The account id bound to an L1 address (EIP-55 checksummed or all one case).",
            RpcAccess.Public, [RpcErrorCode.UnknownAccount],
            async (p, _, ct) => await api.FindAccountAsync(p.Address, ct).ConfigureAwait(false)
                ?? throw new RpcException(RpcErrorCode.UnknownAccount, $"no account for {p.Address}")));

        registry.Add(new RpcMethod<OrderBookParams, OrderBookView>(
            Prefix + "getOrderBook",
            $"Aggregated depth of one series' book, best levels first (depth 1..{MaxBookDepth}, default 20).",
            RpcAccess.Public, [RpcErrorCode.UnknownSeries],
            async (p, _, ct) =>
            {
                ParamCheck.InRange(p.Depth, 1, MaxBookDepth, "depth");
                return await api.GetOrderBookAsync(p.Series, p.Depth, ct).ConfigureAwait(false)
                    ?? throw new RpcException(RpcErrorCode.UnknownSeries, $"no series {p.Series}");
            }));

        registry.Add(new RpcMethod<TradesParams, IReadOnlyList<TradeView>>(
            Prefix + "getTrades",
            $"Recent trades, newest first, of one series or all (limit 1..{MaxTrades}, default 100).",
            RpcAccess.Public, [],
            async (p, _, ct) =>
            {
                ParamCheck.InRange(p.Limit, 1, MaxTrades, "limit");
                return await api.GetTradesAsync(p.Series, p.Limit, ct).ConfigureAwait(false);
            }));

        registry.Add(new RpcMethod<SeriesParams, IReadOnlyList<SeriesView>>(
            Prefix + "getSeries",
            "The listed series with their terms, live ones only unless includeExpired.",
            RpcAccess.Public, [],
            (p, _, ct) => api.GetSeriesAsync(p.IncludeExpired, ct)));

        registry.Add(new RpcMethod<PricesParams, PricesView>(
            Prefix + "getPrices",
            "An underlying's index price and timestamp and its posted settlement prices.",
            RpcAccess.Public, [RpcErrorCode.UnknownSeries],
            async (p, _, ct) => await api.GetPricesAsync(p.Underlying, ct).ConfigureAwait(false)
                ?? throw new RpcException(RpcErrorCode.UnknownSeries, $"no underlying {p.Underlying}")));

        registry.Add(new RpcMethod<BatchParams, BatchView>(
            Prefix + "getBatch",
            "A batch's status (pending, committed, proven, finalized), sequence range, root and L1 transaction hashes; the latest when number is omitted.",
            RpcAccess.Public, [RpcErrorCode.NotFound],
            async (p, _, ct) => await api.GetBatchAsync(p.Number, ct).ConfigureAwait(false)
                ?? throw new RpcException(RpcErrorCode.NotFound, p.Number is { } n ? $"no batch {n}" : "no batch yet")));

        registry.Add(new RpcMethod<ReceiptParams, ReceiptView>(
            Prefix + "getReceipt",
            "The signed receipt of the write accepted at a sequence number.",
            RpcAccess.Public, [RpcErrorCode.NotFound],
            async (p, _, ct) =>
            {
                if (p.Sequence < 1) throw RpcException.InvalidParams("sequence", "must be at least 1");
                var accepted = await api.GetAcceptedOperationAsync(p.Sequence, ct).ConfigureAwait(false)
                    ?? throw new RpcException(RpcErrorCode.NotFound, $"no write was accepted at sequence {p.Sequence}");
                return ReceiptView.From(await receipts.SignAsync(accepted.Sequence, accepted.OperationHash, accepted.AcceptedAtMs, ct).ConfigureAwait(false));
            }));

        registry.Add(new RpcMethod<AccountProofParams, AccountProofView>(
            Prefix + "getAccountProof",
            "The Merkle proof of an account leaf at a batch's state root (the current root when root is omitted).",
            RpcAccess.Public, [RpcErrorCode.NotFound],
            async (p, _, ct) => await api.GetAccountProofAsync(p.AccountId, p.Root, ct).ConfigureAwait(false)
                ?? throw new RpcException(RpcErrorCode.NotFound, p.Root is { } r ? $"no proof of account {p.AccountId} at root {r}" : $"no account {p.AccountId}")));

        registry.Add(new RpcMethod<EmptyParams, ChainInfoView>(
            Prefix + "chainInfo",
            "The chain id, settlement contract and sequencer address (the receipt signer), tree depths, and the latest sequence, batch and root.",
            RpcAccess.Public, [],
            (_, _, ct) => api.GetChainInfoAsync(ct)));
    }
}
