namespace Rollup.SettlementClient.Verification;

/// <summary>Settings of a <see cref="StateVerifier"/>; <see cref="Validate"/> names the bad value.</summary>
public sealed record StateVerifierOptions
{
    /// <summary>Checkpoint file written every <see cref="CheckpointInterval"/> batches and at the end of a run; none when null.</summary>
    public string? CheckpointPath { get; init; }

    /// <summary>
    /// Verified batches between checkpoints. The same interval bounds the in-memory replay log
    /// that a failed batch is rolled back with, so it trades memory and snapshot time against
    /// the re-execution a rollback repeats.
    /// </summary>
    public int CheckpointInterval { get; init; } = 256;

    public void Validate()
    {
        if (CheckpointInterval < 1 || CheckpointInterval > 1_000_000)
            throw new ArgumentOutOfRangeException(nameof(CheckpointInterval), CheckpointInterval, "checkpoint interval must be 1..1,000,000 batches");
        if (CheckpointPath is not null && string.IsNullOrWhiteSpace(CheckpointPath))
            throw new ArgumentException("checkpoint path must not be blank", nameof(CheckpointPath));
    }
}
