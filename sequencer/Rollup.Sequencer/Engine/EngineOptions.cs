using Rollup.Sequencer.Risk;

namespace Rollup.Sequencer.Engine;

/// <summary>The engine's settings; <see cref="Validate"/> runs on construction.</summary>
public sealed class EngineOptions
{
    /// <summary>Operation slots per batch (the circuit's size): a batch seals when full.</summary>
    public int BatchSlots { get; init; } = 256;

    /// <summary>Number of the first batch the engine seals from genesis.</summary>
    public ulong FirstBatchNumber { get; init; } = 1;

    /// <summary>A Tick seals the open batch once it is this old (seconds); 0 leaves sealing by age to explicit SealBatch commands.</summary>
    public ulong MaxBatchAgeSeconds { get; init; }

    /// <summary>A priority request whose L1 deadline is this close (seconds) seals its batch right after it, leaving time to prove and finalize.</summary>
    public ulong PriorityDeadlineMarginSeconds { get; init; } = 86_400;

    /// <summary>
    /// Record each operation's Merkle trace in sealed batches (BatchBuilder's traces) and hash the
    /// trees at every operation. Off by default: the sequencer then hashes each changed account once
    /// per batch (the same roots), and the prover rebuilds traces by replaying a batch's pubdata from
    /// the state before it, as a verifier does, off the sequencer's critical path.
    /// </summary>
    public bool RecordTraces { get; init; }

    /// <summary>
    /// Most signing keys kept prepared for verification (about 48 KB each; see
    /// <see cref="Admission.PreparedKeys"/>); 0 verifies every signature unprepared.
    /// </summary>
    public int PreparedKeyCapacity { get; init; } = Admission.PreparedKeys.DefaultCapacity;

    /// <summary>The operator's liquidator account and its L2 key; without it no liquidations run.</summary>
    public LiquidatorIdentity? Liquidator { get; init; }

    /// <summary>Used when <see cref="Liquidator"/> is null: the account owned by this L1 address liquidates, once it exists.</summary>
    public LiquidatorOwner? LiquidatorOwner { get; init; }

    public void Validate()
    {
        if (BatchSlots is < 1 or > 65_536)
            throw new ArgumentOutOfRangeException(nameof(BatchSlots), BatchSlots, "batch slots must be 1..65536");
        if (PreparedKeyCapacity is < 0 or > 1_000_000)
            throw new ArgumentOutOfRangeException(nameof(PreparedKeyCapacity), PreparedKeyCapacity, "prepared keys must be 0..1000000");
        if (FirstBatchNumber == 0)
            throw new ArgumentOutOfRangeException(nameof(FirstBatchNumber), "batch numbers start at 1");
        if (Liquidator is { AccountId: < 2 })
            throw new ArgumentOutOfRangeException(nameof(Liquidator), Liquidator.AccountId, "the liquidator must be a trader account (id >= 2), not a protocol account");
    }
}
