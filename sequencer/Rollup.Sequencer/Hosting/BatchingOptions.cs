namespace Rollup.Sequencer.Hosting;

/// <summary>When the sequencer seals a batch: when it holds <see cref="Slots"/> operations or its first operation is <see cref="MaxAge"/> old.</summary>
public sealed class BatchingOptions
{
    public const int MaxSlots = 65_536;

    /// <summary>Operation slots of a batch; must match the prover's circuit.</summary>
    public int Slots { get; set; } = 64;

    public TimeSpan MaxAge { get; set; } = TimeSpan.FromSeconds(10);
}
