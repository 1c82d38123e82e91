namespace Rollup.Sequencer.Book;

/// <summary>
/// What matching an incoming order did: its fills, the resting orders that left the book
/// (self-trade prevention, expiry, refused makers), what is left of the incoming order, and,
/// when core refused the incoming order itself, why matching stopped.
/// </summary>
public sealed class MatchResult
{
    public List<Fill> Fills { get; } = new();

    public List<RemovedOrder> Removed { get; } = new();

    public uint Remaining { get; internal set; }

    public FillOutcome TakerStop { get; internal set; } = FillOutcome.Accepted;

    public ulong FilledQuantity { get; internal set; }

    /// <summary>True when the books changed (fills or removals).</summary>
    public bool ChangedBooks => Fills.Count > 0 || Removed.Count > 0;
}
