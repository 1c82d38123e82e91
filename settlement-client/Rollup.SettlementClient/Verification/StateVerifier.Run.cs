using System.Diagnostics;

namespace Rollup.SettlementClient.Verification;

public sealed partial class StateVerifier
{
    /// <summary>
    /// Verifies the source's batches after <see cref="LastBatch"/> until the source ends, a batch
    /// is bad, or batch <paramref name="stopAfter"/> is verified; then saves the checkpoint.
    /// </summary>
    public async Task<VerificationResult> RunAsync(
        ICommittedBatchSource source,
        ulong? stopAfter = null,
        IProgress<BatchReport>? progress = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(source);
        var reports = new List<BatchReport>();
        long operations = 0;
        var clock = Stopwatch.StartNew();
        if (stopAfter is null || stopAfter > LastBatch)
        {
            await foreach (var batch in source.ReadBatchesAsync(LastBatch + 1, cancellationToken).WithCancellation(cancellationToken).ConfigureAwait(false))
            {
                var report = Verify(batch);
                reports.Add(report);
                operations += report.Operations;
                progress?.Report(report);
                if (!report.IsGood || LastBatch >= stopAfter) break;
            }
        }
        SaveCheckpoint();
        return new VerificationResult(reports, LastBatch, Root, LastProvenBatch, operations, clock.Elapsed);
    }
}
