namespace Rollup.Sequencer.Hosting;

/// <summary>When the sequencer seals a batch: when it holds <see cref="Slots"/> operations or its first operation is <see cref="MaxAge"/> old.</summary>
public sealed class BatchingOptions
{
    public const int MaxSlots = 65_536;

    /// <summary>Operation slots of a batch; must match the prover's circuit.</summary>
    public int Slots { get; set; } = 64;

    public TimeSpan MaxAge { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>
    /// A batch holding an L1 priority request whose deadline is this close seals at once, leaving
    /// the rest of the deadline to prove and finalize it. Keep it below the contract's priority
    /// deadline (3 days in production, minutes on a devnet) or every request seals its own batch.
    /// </summary>
    public TimeSpan PriorityDeadlineMargin { get; set; } = TimeSpan.FromDays(1);
}
