using Rollup.Core.Fields;

namespace Rollup.SettlementClient.Verification;

/// <summary>The outcome for one batch. Expected and Actual carry the two sides of a mismatch.</summary>
public sealed record BatchReport(
    ulong Number,
    BatchVerdict Verdict,
    ulong L1BlockNumber,
    string L1TransactionHash,
    int Operations,
    string? Detail = null,
    string? Expected = null,
    string? Actual = null)
{
    /// <summary>True when re-execution agreed with L1 (with or without a checked proof).</summary>
    public bool IsGood => Verdict is BatchVerdict.Verified or BatchVerdict.ProofNotChecked or BatchVerdict.NotProven;

    internal static BatchReport Good(CommittedBatch batch, BatchVerdict verdict, int operations) =>
        new(batch.Number, verdict, batch.L1BlockNumber, batch.L1TransactionHash, operations);

    internal static BatchReport Bad(CommittedBatch batch, BatchVerdict verdict, string detail, string? expected = null, string? actual = null) =>
        new(batch.Number, verdict, batch.L1BlockNumber, batch.L1TransactionHash, 0, detail, expected, actual);

    internal static BatchReport Bad(CommittedBatch batch, BatchVerdict verdict, string detail, in Fr expected, in Fr actual) =>
        Bad(batch, verdict, detail, expected.ToString(), actual.ToString());
}
