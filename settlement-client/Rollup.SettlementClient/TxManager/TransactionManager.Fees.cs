using System.Numerics;
using Rollup.SettlementClient.Contracts;
using Rollup.SettlementClient.Rpc;

namespace Rollup.SettlementClient.TxManager;

public sealed partial class TransactionManager
{
    private async Task<BigInteger> EstimateGasAsync(TransactionIntent intent, CancellationToken cancellation)
    {
        BigInteger estimate;
        try
        {
            estimate = await _eth.EstimateGasAsync(new CallRequest { From = From, To = intent.To, Data = intent.Data, Value = intent.Value }, cancellation);
        }
        catch (RpcException e) when (e.Kind == RpcErrorKind.Fatal && SendRefusals.Of(e) == SendRefusal.InsufficientFunds)
        {
            throw new InsufficientFundsException($"{intent.Label ?? "transaction"}: {From} cannot pay it: {e.Message}", null, e);
        }
        return estimate * (100 + _options.GasLimitMarginPercent) / 100;
    }

    /// <summary>
    /// Tip: the median over recent blocks of the configured reward percentile, at least the floor.
    /// Max fee: twice the next block's base fee plus the tip, so the transaction stays includable
    /// through several full blocks (each can raise the base fee by 12.5 %).
    /// </summary>
    private async Task<FeeSuggestion> MarketFeesAsync(CancellationToken cancellation)
    {
        var history = await _eth.FeeHistoryAsync(_options.FeeHistoryBlocks, BlockTag.Latest, [_options.PriorityFeePercentile], cancellation);
        var nextBaseFee = history.BaseFeePerGas[^1];
        var tips = history.Reward.Where(row => row.Count > 0).Select(row => row[0]).Order().ToList();
        var tip = tips.Count == 0 ? BigInteger.Zero : tips[tips.Count / 2];
        tip = BigInteger.Max(tip, _options.MinPriorityFeePerGas);
        return new FeeSuggestion(2 * nextBaseFee + tip, tip, nextBaseFee);
    }

    /// <summary>Market fees, clipped to the cap; refused when even the next block's base fee plus the tip is above it.</summary>
    private async Task<FeeSuggestion> InitialFeesAsync(string? label, CancellationToken cancellation)
    {
        var market = await MarketFeesAsync(cancellation);
        var cap = _options.MaxFeePerGasCap;
        var needed = market.NextBaseFee + market.MaxPriorityFeePerGas;
        if (needed > cap) throw new FeeCapExceededException(needed, cap, label);
        return market with { MaxFeePerGas = BigInteger.Min(market.MaxFeePerGas, cap) };
    }

    /// <summary>
    /// Both fees raised by at least the bump percentage (what nodes demand of a replacement) or to the
    /// current market if that is higher; null when the raise would pass the cap (bumping stops).
    /// </summary>
    private async Task<FeeSuggestion?> BumpedFeesAsync(PendingNonce pending, CancellationToken cancellation)
    {
        var latest = pending.Latest.Transaction;
        var market = await MarketFeesAsync(cancellation);
        var cap = _options.MaxFeePerGasCap;
        var minimumMax = Raise(latest.MaxFeePerGas);
        var minimumTip = Raise(latest.MaxPriorityFeePerGas);
        if (minimumMax > cap || minimumTip > cap)
        {
            pending.BumpingStopped = $"the fee cap of {cap} wei per gas is reached (latest variant: max fee {latest.MaxFeePerGas}, tip {latest.MaxPriorityFeePerGas})";
            return null;
        }
        var max = BigInteger.Min(BigInteger.Max(minimumMax, market.MaxFeePerGas), cap);
        var tip = BigInteger.Min(BigInteger.Max(minimumTip, market.MaxPriorityFeePerGas), max);
        return new FeeSuggestion(max, tip, market.NextBaseFee);
    }

    /// <summary>value · (1 + bump), rounded up and at least one wei more: a replacement must strictly outbid.</summary>
    private BigInteger Raise(BigInteger value)
    {
        var basisPoints = new BigInteger(decimal.Ceiling(_options.BumpPercent * 100m));
        var raised = (value * (10_000 + basisPoints) + 9_999) / 10_000;
        return BigInteger.Max(raised, value + 1);
    }
}
