namespace Rollup.Sequencer.Storage;

/// <summary>Group commit of the operation log: how many entries and bytes one LiteDB transaction (one fsync) may take, and how long the flusher may wait for more.</summary>
public sealed class OperationLogOptions
{
    public const int MaxGroupBytesLimit = 8 * 1024 * 1024;

    /// <summary>Most entries in one transaction; a longer backlog is committed as several.</summary>
    public int MaxGroupEntries { get; set; } = 4096;

    /// <summary>Most encoded bytes in one transaction (one LiteDB document); also bounds one entry.</summary>
    public int MaxGroupBytes { get; set; } = 1024 * 1024;

    /// <summary>
    /// How long the flusher waits for a group to fill once it has an entry. Zero flushes as soon
    /// as the previous flush is done: under load, the entries that arrive during one fsync form
    /// the next group, so grouping needs no delay and latency stays one or two fsyncs.
    /// </summary>
    public TimeSpan MaxGroupDelay { get; set; } = TimeSpan.Zero;

    /// <summary>
    /// Most pages LiteDB's write-ahead file may hold while groups keep coming: past this, the
    /// flusher checkpoints (copies them into the data file) after a group even with entries
    /// pending, which delays the next group by the copy. Large checkpoints under load made a long
    /// tail: at 10,000 orders/s the durable stage's p99 was 16 ms with 4,000 pages, about 7 with
    /// LiteDB's default of 1,000 and 3 with 100 (docs/BENCHMARKS.md).
    /// </summary>
    public int CheckpointPages { get; set; } = DefaultCheckpointPages;

    public const int DefaultCheckpointPages = 100;

    /// <summary>
    /// The flusher checkpoints once the write-ahead file holds this many pages and no entry is
    /// pending, in the gaps between groups, where it delays nobody's acknowledgement (a value
    /// above <see cref="CheckpointPages"/> acts as that).
    /// </summary>
    public int IdleCheckpointPages { get; set; } = DefaultIdleCheckpointPages;

    public const int DefaultIdleCheckpointPages = 64;

    /// <summary>Largest payload an entry can hold (the group's byte limit less the entry header).</summary>
    public int MaxPayloadBytes => MaxGroupBytes - LogChunkCodec.EntryHeaderBytes;

    public IReadOnlyList<string> Validate(string prefix)
    {
        var errors = new List<string>();
        if (MaxGroupEntries is < 1 or > 1_000_000)
            errors.Add($"{prefix}:MaxGroupEntries must be 1..1000000, it is {MaxGroupEntries}");
        if (MaxGroupBytes < 4096 || MaxGroupBytes > MaxGroupBytesLimit)
            errors.Add($"{prefix}:MaxGroupBytes must be 4096..{MaxGroupBytesLimit}, it is {MaxGroupBytes}");
        if (CheckpointPages is < 1 or > 100_000)
            errors.Add($"{prefix}:CheckpointPages must be 1..100000, it is {CheckpointPages}");
        if (IdleCheckpointPages is < 1 or > 100_000)
            errors.Add($"{prefix}:IdleCheckpointPages must be 1..100000, it is {IdleCheckpointPages}");
        if (MaxGroupDelay < TimeSpan.Zero || MaxGroupDelay > TimeSpan.FromSeconds(1))
            errors.Add($"{prefix}:MaxGroupDelay must be 0..1 second, it is {MaxGroupDelay}");
        return errors;
    }
}
