using Rollup.Core.Batches;
using Rollup.Core.Execution;
using Rollup.Core.Fields;
using Rollup.Core.Pubdata;

namespace Rollup.SettlementClient.Verification;

public sealed partial class StateVerifier
{
    /// <summary>Checks the next batch and, if it is good, moves the state past it.</summary>
    /// <exception cref="InvalidOperationException">Verification already stopped at a bad batch.</exception>
    public BatchReport Verify(CommittedBatch batch)
    {
        ArgumentNullException.ThrowIfNull(batch);
        if (Failure is not null)
            throw new InvalidOperationException($"verification stopped at batch {Failure.Number} ({Failure.Verdict}); start a new verifier to go on");
        bool touched = false;
        BatchReport report;
        try
        {
            report = Execute(batch, ref touched);
        }
        catch
        {
            // An unexpected failure mid-batch must not leave a half-applied state behind.
            if (touched) Rollback();
            throw;
        }
        if (report.IsGood)
        {
            Accept(batch, report);
        }
        else
        {
            Failure = report;
            if (touched) Rollback();
        }
        return report;
    }

    private BatchReport Execute(CommittedBatch batch, ref bool touched)
    {
        ulong expected = LastBatch + 1;
        if (batch.Number != expected)
            return BatchReport.Bad(batch, BatchVerdict.NumberGap, $"expected batch {expected}, got {batch.Number}", expected.ToString(), batch.Number.ToString());
        var state = _stf.State;
        var oldRoot = state.Root;
        if (!batch.OldRoot.Equals(oldRoot))
            return BatchReport.Bad(batch, BatchVerdict.OldRootMismatch, "the batch does not start at the root the previous batch ended at", oldRoot, batch.OldRoot);
        if (batch.PriorityFirst != state.PriorityCursor)
            return BatchReport.Bad(batch, BatchVerdict.PriorityMismatch, "the priority range does not start at the state's cursor", state.PriorityCursor.ToString(), batch.PriorityFirst.ToString());

        ulong timestamp;
        List<PubdataRecord> records;
        try
        {
            (timestamp, records) = PubdataCodec.Decode(batch.Pubdata);
        }
        catch (PubdataFormatException e)
        {
            return BatchReport.Bad(batch, BatchVerdict.MalformedPubdata, $"pubdata does not decode: {e.Message}");
        }

        touched = true;
        _stf.Timestamp = timestamp;
        int operations = 0;
        for (int i = 0; i < records.Count; i++)
        {
            try
            {
                _stf.ApplyRecord(records[i]);
            }
            catch (InvalidPubdataException e)
            {
                return BatchReport.Bad(batch, BatchVerdict.MalformedPubdata, $"record {i}: {e.Message}");
            }
            if (records[i] is not NoopRecord) operations++;
        }

        var newRoot = state.Root;
        if (state.PriorityCursor != batch.PriorityEnd)
            return BatchReport.Bad(batch, BatchVerdict.PriorityMismatch, "re-execution consumed a different number of priority requests", state.PriorityCursor.ToString(), batch.PriorityEnd.ToString());
        if (!newRoot.Equals(batch.NewRoot))
            return BatchReport.Bad(batch, BatchVerdict.RootMismatch, "re-execution ends at another root than the posted one", newRoot, batch.NewRoot);
        var commitment = BatchCommitment.Compute(oldRoot, newRoot, batch.Number, batch.PriorityFirst, batch.PriorityEnd, batch.Pubdata);
        if (!commitment.Equals(batch.Commitment))
            return BatchReport.Bad(batch, BatchVerdict.CommitmentMismatch, "the posted commitment is not the one the header and pubdata imply", commitment, batch.Commitment);

        if (batch.Proof is null) return BatchReport.Good(batch, BatchVerdict.NotProven, operations);
        if (_proofChecker is null) return BatchReport.Good(batch, BatchVerdict.ProofNotChecked, operations);
        var problem = _proofChecker.Check(batch.Proof, commitment);
        return problem is null
            ? BatchReport.Good(batch, BatchVerdict.Verified, operations)
            : BatchReport.Bad(batch, BatchVerdict.ProofInvalid, $"the proof does not verify: {problem}");
    }

    private void Accept(CommittedBatch batch, BatchReport report)
    {
        LastBatch = batch.Number;
        LastCommitment = batch.Commitment;
        if (report.Verdict != BatchVerdict.NotProven) LastProvenBatch = batch.Number;
        _sinceBase.Add(batch);
        if (_sinceBase.Count >= _options.CheckpointInterval) Rebase();
    }

    /// <summary>Replays <paramref name="batch"/>'s pubdata onto a state that already passed it: the rollback path.</summary>
    private static void Replay(StateTransition stf, CommittedBatch batch) =>
        BatchReplayer.Replay(stf, batch.Number, batch.PriorityFirst, batch.Pubdata);
}
