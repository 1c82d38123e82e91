using Rollup.Core.Fields;
using Rollup.Core.Pubdata;
using Rollup.SettlementClient.Verification;

namespace Rollup.SettlementClient.Tests.Verification;

public class StateVerifierTests
{
    private static readonly Lazy<ScriptedScenario> Scenario = new(() => new ScriptedScenario().Run());

    private static ScriptedScenario S => Scenario.Value;

    private static async Task<(StateVerifier Verifier, VerificationResult Result)> RunAsync(
        IReadOnlyList<CommittedBatch> batches, StateVerifierOptions? options = null, IProofChecker? checker = null, ulong? stopAfter = null)
    {
        var verifier = new StateVerifier(S.Config, options, checker);
        var result = await verifier.RunAsync(new InMemoryBatchSource(batches), stopAfter);
        return (verifier, result);
    }

    [Fact]
    public async Task Batches_built_by_core_are_all_verified_with_their_proofs()
    {
        var checker = new TestProofChecker();
        var (verifier, result) = await RunAsync(S.Committed(_ => true), checker: checker);

        Assert.True(result.Succeeded);
        Assert.Equal([1UL, 2, 3, 4], result.Reports.Select(r => r.Number));
        Assert.All(result.Reports, r => Assert.Equal(BatchVerdict.Verified, r.Verdict));
        Assert.Equal(4, checker.Calls);
        Assert.Equal(4UL, verifier.LastBatch);
        Assert.Equal(4UL, verifier.LastProvenBatch);
        Assert.Equal(S.Batches[^1].NewRoot, verifier.Root);
        Assert.Equal(S.State.Root, verifier.Root);
        Assert.Equal(S.Batches[^1].PublicInput(), verifier.LastCommitment);
        long expectedOps = S.Batches.Sum(b => b.Records.Count(r => r is not NoopRecord));
        Assert.Equal(expectedOps, result.Operations);
        Assert.Equal(S.Batches[1].Records.Count(r => r is not NoopRecord), result.Reports[1].Operations);
        Assert.Equal(S.Committed()[2].L1TransactionHash, result.Reports[2].L1TransactionHash);
    }

    [Fact]
    public async Task Batches_without_proof_are_not_proven_and_the_last_proof_marks_the_finalized_batch()
    {
        var (verifier, result) = await RunAsync(S.Committed(n => n <= 2), checker: new TestProofChecker());

        Assert.Equal([BatchVerdict.Verified, BatchVerdict.Verified, BatchVerdict.NotProven, BatchVerdict.NotProven], result.Reports.Select(r => r.Verdict));
        Assert.True(result.Succeeded);
        Assert.Equal(4UL, verifier.LastBatch);
        Assert.Equal(2UL, verifier.LastProvenBatch);
    }

    [Fact]
    public async Task Proofs_are_reported_not_checked_when_no_checker_is_given()
    {
        var (_, result) = await RunAsync(S.Committed(_ => true));

        Assert.All(result.Reports, r => Assert.Equal(BatchVerdict.ProofNotChecked, r.Verdict));
        Assert.True(result.Succeeded);
    }

    [Fact]
    public async Task Changed_trade_in_pubdata_is_a_root_mismatch_and_state_stays_at_the_last_good_batch()
    {
        var batches = S.Committed(_ => true);
        batches[2] = batches[2] with { Pubdata = ChangeFirstTrade(batches[2].Pubdata, t => t with { Quantity = t.Quantity + 1 }) };

        // Interval 2: the rollback restores the snapshot taken after batch 2 and replays nothing.
        var (verifier, result) = await RunAsync(batches, new StateVerifierOptions { CheckpointInterval = 2 }, new TestProofChecker());

        Assert.Equal([BatchVerdict.Verified, BatchVerdict.Verified, BatchVerdict.RootMismatch], result.Reports.Select(r => r.Verdict));
        var failure = result.Failure!;
        Assert.Equal(3UL, failure.Number);
        Assert.Equal(S.Batches[2].NewRoot.ToString(), failure.Actual);
        Assert.NotEqual(failure.Expected, failure.Actual);
        AssertStoppedAt(verifier, 2);
    }

    [Fact]
    public async Task Changed_pubdata_byte_that_keeps_the_root_is_still_a_commitment_mismatch()
    {
        // The batch timestamp one second later: no time rule of batch 3 is that close, so the
        // state is the same, but the pubdata, and so the commitment, is not.
        var batches = S.Committed();
        var changed = batches[2].Pubdata.ToArray();
        changed[PubdataCodec.HeaderSize - 1]++;
        Assert.Equal(PubdataCodec.Decode(batches[2].Pubdata).Timestamp + 1, PubdataCodec.Decode(changed).Timestamp);
        batches[2] = batches[2] with { Pubdata = changed };

        var (verifier, result) = await RunAsync(batches);

        Assert.Equal((3UL, BatchVerdict.CommitmentMismatch), (result.Failure!.Number, result.Failure.Verdict));
        AssertStoppedAt(verifier, 2);
    }

    private static byte[] ChangeFirstTrade(byte[] pubdata, Func<TradeRecord, TradeRecord> change)
    {
        var (timestamp, records) = PubdataCodec.Decode(pubdata);
        int k = records.FindIndex(r => r is TradeRecord);
        records[k] = change((TradeRecord)records[k]);
        var encoded = PubdataCodec.Encode(timestamp, records);
        Assert.Equal(pubdata.Length, encoded.Length);
        return encoded;
    }

    [Fact]
    public async Task Undecodable_pubdata_is_malformed_and_leaves_the_state_untouched()
    {
        var batches = S.Committed();
        var pubdata = batches[1].Pubdata.ToArray();
        pubdata[PubdataCodec.HeaderSize] = 0xEE; // no operation has this type byte
        batches[1] = batches[1] with { Pubdata = pubdata };

        var (verifier, result) = await RunAsync(batches);

        Assert.Equal(BatchVerdict.MalformedPubdata, result.Failure!.Verdict);
        Assert.Equal(2UL, result.Failure.Number);
        Assert.Contains("does not decode", result.Failure.Detail, StringComparison.Ordinal);
        AssertStoppedAt(verifier, 1);
    }

    [Fact]
    public async Task Record_that_cannot_apply_is_malformed_and_rolled_back_by_replay()
    {
        var batches = S.Committed();
        var (timestamp, records) = PubdataCodec.Decode(batches[2].Pubdata);
        int k = records.FindLastIndex(r => r is TradeRecord);
        records[k] = ((TradeRecord)records[k]) with { Maker = 60_000 }; // no such account
        batches[2] = batches[2] with { Pubdata = PubdataCodec.Encode(timestamp, records) };

        // Interval 1000: the base stays at genesis, so the rollback replays batches 1 and 2.
        var (verifier, result) = await RunAsync(batches, new StateVerifierOptions { CheckpointInterval = 1_000 });

        Assert.Equal(BatchVerdict.MalformedPubdata, result.Failure!.Verdict);
        Assert.Contains($"record {k}", result.Failure.Detail, StringComparison.Ordinal);
        AssertStoppedAt(verifier, 2);
    }

    [Fact]
    public async Task Wrong_posted_root_is_a_root_mismatch()
    {
        var batches = S.Committed();
        batches[1] = batches[1] with { NewRoot = Fr.FromUInt64(12345) };

        var (verifier, result) = await RunAsync(batches);

        var failure = result.Failure!;
        Assert.Equal((2UL, BatchVerdict.RootMismatch), (failure.Number, failure.Verdict));
        Assert.Equal(S.Batches[1].NewRoot.ToString(), failure.Expected);
        Assert.Equal("12345", failure.Actual);
        Assert.Equal(2, result.Reports.Count);
        AssertStoppedAt(verifier, 1);
    }

    [Fact]
    public async Task Wrong_commitment_is_a_commitment_mismatch()
    {
        var batches = S.Committed();
        batches[3] = batches[3] with { Commitment = batches[3].Commitment + Fr.One };

        var (verifier, result) = await RunAsync(batches);

        var failure = result.Failure!;
        Assert.Equal((4UL, BatchVerdict.CommitmentMismatch), (failure.Number, failure.Verdict));
        Assert.Equal(S.Batches[3].PublicInput().ToString(), failure.Expected);
        AssertStoppedAt(verifier, 3);
    }

    [Fact]
    public async Task Gap_in_batch_numbers_is_reported_and_stops()
    {
        var batches = S.Committed();
        batches.RemoveAt(1);

        var (verifier, result) = await RunAsync(batches);

        var failure = result.Failure!;
        Assert.Equal((3UL, BatchVerdict.NumberGap), (failure.Number, failure.Verdict));
        Assert.Equal(("2", "3"), (failure.Expected, failure.Actual));
        AssertStoppedAt(verifier, 1);
    }

    [Fact]
    public async Task Old_root_that_does_not_follow_is_reported()
    {
        var batches = S.Committed();
        batches[1] = batches[1] with { OldRoot = batches[1].NewRoot };

        var (verifier, result) = await RunAsync(batches);

        Assert.Equal((2UL, BatchVerdict.OldRootMismatch), (result.Failure!.Number, result.Failure.Verdict));
        AssertStoppedAt(verifier, 1);
    }

    [Fact]
    public async Task Priority_range_that_skips_a_request_is_reported()
    {
        var batches = S.Committed();
        batches[2] = batches[2] with { PriorityEnd = batches[2].PriorityEnd + 1 };

        var (verifier, result) = await RunAsync(batches);

        Assert.Equal((3UL, BatchVerdict.PriorityMismatch), (result.Failure!.Number, result.Failure.Verdict));
        AssertStoppedAt(verifier, 2);
    }

    [Fact]
    public async Task Invalid_proof_is_reported_and_the_batch_is_not_taken()
    {
        var batches = S.Committed(_ => true);
        batches[2] = batches[2] with { Proof = TestProofChecker.ProofFor(Fr.FromUInt64(7)) };

        var (verifier, result) = await RunAsync(batches, checker: new TestProofChecker());

        Assert.Equal((3UL, BatchVerdict.ProofInvalid), (result.Failure!.Number, result.Failure.Verdict));
        Assert.Contains("pairing check failed", result.Failure.Detail, StringComparison.Ordinal);
        AssertStoppedAt(verifier, 2);
        Assert.Equal(2UL, verifier.LastProvenBatch);
    }

    [Fact]
    public async Task Stop_after_ends_the_run_at_the_given_batch()
    {
        var (verifier, result) = await RunAsync(S.Committed(), stopAfter: 2);

        Assert.Equal(2, result.Reports.Count);
        Assert.Equal(S.Batches[1].NewRoot, verifier.Root);
    }

    private static void AssertStoppedAt(StateVerifier verifier, int lastGood)
    {
        Assert.Equal((ulong)lastGood, verifier.LastBatch);
        Assert.Equal(S.Batches[lastGood - 1].NewRoot, verifier.Root);
        Assert.Equal(S.Batches[lastGood - 1].NewRoot, verifier.State.ToSnapshot() is var snap ? Core.State.RollupState.Restore(snap).Root : default);
        Assert.NotNull(verifier.Failure);
        Assert.Throws<InvalidOperationException>(() => verifier.Verify(S.Committed()[lastGood]));
    }
}
