using System.Numerics;

namespace Rollup.SettlementClient.TxManager;

/// <summary>Policy of a <see cref="TransactionManager"/>; <see cref="Validate"/> refuses values that cannot work.</summary>
public sealed record TransactionManagerOptions
{
    public const decimal MinimumBumpPercent = 10m;

    /// <summary>The chain the key signs for; the node must report the same id or the manager refuses to start.</summary>
    public required ulong ChainId { get; init; }

    /// <summary>Blocks a receipt must be deep (its own block counts as one) before it is returned.</summary>
    public int Confirmations { get; init; } = 3;

    public TimeSpan PollInterval { get; init; } = TimeSpan.FromSeconds(2);

    /// <summary>A transaction not mined this long after its latest variant was broadcast is re-signed with higher fees.</summary>
    public TimeSpan BumpAfter { get; init; } = TimeSpan.FromSeconds(60);

    /// <summary>Also bump after this many new blocks without a receipt; 0 bumps on time alone.</summary>
    public int BumpAfterBlocks { get; init; } = 3;

    /// <summary>Raise of both fees per bump. Nodes refuse a replacement below +10 %; geth's default is exactly 10 %, so a margin is kept.</summary>
    public decimal BumpPercent { get; init; } = 12.5m;

    /// <summary>No variant is ever signed with a higher max fee per gas.</summary>
    public BigInteger MaxFeePerGasCap { get; init; } = 500_000_000_000; // 500 gwei

    /// <summary>Floor of the priority fee: fee history of an idle chain reports zero tips, which some builders ignore.</summary>
    public BigInteger MinPriorityFeePerGas { get; init; } = 1_000_000_000; // 1 gwei

    /// <summary>Percentile of recent blocks' priority fees that the tip follows.</summary>
    public double PriorityFeePercentile { get; init; } = 50;

    /// <summary>Blocks of eth_feeHistory the tip is taken from.</summary>
    public int FeeHistoryBlocks { get; init; } = 10;

    /// <summary>Added to eth_estimateGas: state can change between the estimate and inclusion.</summary>
    public int GasLimitMarginPercent { get; init; } = 20;

    /// <summary>Longest wait for a send (or a resumed nonce) to reach its confirmation depth.</summary>
    public TimeSpan ReceiptTimeout { get; init; } = TimeSpan.FromMinutes(30);

    public void Validate()
    {
        if (ChainId == 0) throw new ArgumentOutOfRangeException(nameof(ChainId), "the chain id is required (non-zero)");
        if (Confirmations is < 1 or > 10_000) throw new ArgumentOutOfRangeException(nameof(Confirmations), Confirmations, "confirmations are in [1, 10000] (1: the receipt's own block)");
        if (PollInterval <= TimeSpan.Zero || PollInterval > TimeSpan.FromMinutes(5))
            throw new ArgumentOutOfRangeException(nameof(PollInterval), PollInterval, "the poll interval is in (0, 5 min]");
        if (BumpAfter <= TimeSpan.Zero) throw new ArgumentOutOfRangeException(nameof(BumpAfter), BumpAfter, "bump-after must be positive");
        if (BumpAfterBlocks < 0) throw new ArgumentOutOfRangeException(nameof(BumpAfterBlocks), BumpAfterBlocks, "bump-after-blocks is 0 (off) or positive");
        if (BumpPercent < MinimumBumpPercent || BumpPercent > 1000m)
            throw new ArgumentOutOfRangeException(nameof(BumpPercent), BumpPercent, "the bump is in [10, 1000] percent: nodes refuse replacements below +10 %");
        if (MinPriorityFeePerGas < 0) throw new ArgumentOutOfRangeException(nameof(MinPriorityFeePerGas), MinPriorityFeePerGas, "the priority fee floor cannot be negative");
        if (MaxFeePerGasCap <= 0 || MaxFeePerGasCap < MinPriorityFeePerGas)
            throw new ArgumentOutOfRangeException(nameof(MaxFeePerGasCap), MaxFeePerGasCap, "the fee cap is positive and not below the priority fee floor");
        if (double.IsNaN(PriorityFeePercentile) || PriorityFeePercentile is < 0 or > 100)
            throw new ArgumentOutOfRangeException(nameof(PriorityFeePercentile), PriorityFeePercentile, "the percentile is in [0, 100]");
        if (FeeHistoryBlocks is < 1 or > 1024) throw new ArgumentOutOfRangeException(nameof(FeeHistoryBlocks), FeeHistoryBlocks, "fee history covers [1, 1024] blocks");
        if (GasLimitMarginPercent is < 0 or > 400) throw new ArgumentOutOfRangeException(nameof(GasLimitMarginPercent), GasLimitMarginPercent, "the gas margin is in [0, 400] percent");
        if (ReceiptTimeout <= TimeSpan.Zero) throw new ArgumentOutOfRangeException(nameof(ReceiptTimeout), ReceiptTimeout, "the receipt timeout must be positive");
    }
}
