using Rollup.Core.Ethereum;

namespace Rollup.SettlementClient.Sync;

/// <summary>What <see cref="L1Synchronizer"/> follows and how; <see cref="Validate"/> refuses bad values with the field's name.</summary>
public sealed record L1SyncOptions
{
    /// <summary>The settlement contract.</summary>
    public required L1Address Contract { get; init; }

    /// <summary>First block read: the contract's deployment block (the queue and the batches start empty there).</summary>
    public required ulong StartBlock { get; init; }

    /// <summary>Blocks a block must have on top of it before its events are reported: head - Confirmations is the newest block read.</summary>
    public ulong Confirmations { get; init; } = 12;

    /// <summary>Blocks per eth_getLogs request (providers cap the range).</summary>
    public ulong PageSize { get; init; } = 2_000;

    /// <summary>Delay between polls in <see cref="L1Synchronizer.RunAsync"/>.</summary>
    public TimeSpan PollInterval { get; init; } = TimeSpan.FromSeconds(12);

    /// <summary>How many blocks back processed block hashes are kept: the deepest reorg that can be rewound.</summary>
    public ulong ReorgHistoryBlocks { get; init; } = 256;

    public void Validate()
    {
        if (Contract == L1Address.Zero) throw new ArgumentException("Contract: the settlement contract address is not set (zero address)", nameof(Contract));
        if (Confirmations > 10_000) throw new ArgumentOutOfRangeException(nameof(Confirmations), Confirmations, "Confirmations must be at most 10,000 blocks");
        if (PageSize is < 1 or > 100_000) throw new ArgumentOutOfRangeException(nameof(PageSize), PageSize, "PageSize must be 1..100,000 blocks");
        if (PollInterval <= TimeSpan.Zero || PollInterval > TimeSpan.FromHours(1))
            throw new ArgumentOutOfRangeException(nameof(PollInterval), PollInterval, "PollInterval must be positive and at most an hour");
        if (ReorgHistoryBlocks is < 1 or > 1_000_000)
            throw new ArgumentOutOfRangeException(nameof(ReorgHistoryBlocks), ReorgHistoryBlocks, "ReorgHistoryBlocks must be 1..1,000,000 blocks");
        if (StartBlock == ulong.MaxValue) throw new ArgumentOutOfRangeException(nameof(StartBlock), StartBlock, "StartBlock is not a block number");
    }
}
