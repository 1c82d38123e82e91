using Rollup.Core.Fields;

namespace Rollup.SettlementClient.Verification;

/// <summary>What one <see cref="StateVerifier.RunAsync"/> call did: a report per batch it read, and where it ended.</summary>
public sealed record VerificationResult(
    IReadOnlyList<BatchReport> Reports,
    ulong LastBatch,
    Fr Root,
    ulong LastProvenBatch,
    long Operations,
    TimeSpan Elapsed)
{
    /// <summary>The batch that stopped the run, or null when every batch read was good.</summary>
    public BatchReport? Failure => Reports.Count > 0 && !Reports[^1].IsGood ? Reports[^1] : null;

    public bool Succeeded => Failure is null;
}
