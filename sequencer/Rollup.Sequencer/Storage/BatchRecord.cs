using Rollup.Core.Fields;

namespace Rollup.Sequencer.Storage;

/// <summary>The sequencer's durable record of one sealed batch and its L1 status. Times are unix milliseconds.</summary>
public sealed record BatchRecord
{
    public required ulong Number { get; init; }

    public required Fr NewRoot { get; init; }

    /// <summary>The 32-byte commitment digest (docs/PROTOCOL.md §9) the proof's public input is derived from.</summary>
    public required byte[] Commitment { get; init; }

    /// <summary>SHA-256 of the batch's pubdata.</summary>
    public required byte[] PubdataHash { get; init; }

    public BatchStatus Status { get; init; } = BatchStatus.Sealed;

    /// <summary>The commitBatch transaction, once sent (0x-prefixed hex).</summary>
    public string? CommitTxHash { get; init; }

    /// <summary>The L1 block that included the commit, once mined.</summary>
    public ulong? CommitL1Block { get; init; }

    /// <summary>The transaction that proved or finalized the batch, when known.</summary>
    public string? LatestTxHash { get; init; }

    public required long SealedAtMs { get; init; }

    public required long UpdatedAtMs { get; init; }
}
