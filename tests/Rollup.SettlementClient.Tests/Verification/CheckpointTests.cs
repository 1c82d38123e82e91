using Rollup.Core.Fields;
using Rollup.Core.State;
using Rollup.SettlementClient.Verification;

namespace Rollup.SettlementClient.Tests.Verification;

public sealed class CheckpointTests : IDisposable
{
    private static readonly Lazy<ScriptedScenario> Scenario = new(() => new ScriptedScenario().Run());
    private readonly string _dir = Directory.CreateTempSubdirectory("rollup-verify-").FullName;

    private static ScriptedScenario S => Scenario.Value;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    [Fact]
    public async Task Resume_from_a_checkpoint_gives_the_same_result_as_a_run_from_genesis()
    {
        var batches = S.Committed(n => n <= 3);
        var fresh = new StateVerifier(S.Config);
        var freshResult = await fresh.RunAsync(new InMemoryBatchSource(batches));

        var path = Path.Combine(_dir, "verify.ckpt");
        var options = new StateVerifierOptions { CheckpointPath = path, CheckpointInterval = 1_000 };
        var first = new StateVerifier(S.Config, options);
        var firstResult = await first.RunAsync(new InMemoryBatchSource(batches), stopAfter: 2);
        Assert.Equal(2, firstResult.Reports.Count);

        var checkpoint = CheckpointFile.Read(path, S.Config);
        Assert.Equal(2UL, checkpoint.LastBatch);
        Assert.Equal(2UL, checkpoint.LastProvenBatch);
        Assert.Equal(S.Batches[1].NewRoot, checkpoint.Root);
        var source = new InMemoryBatchSource(batches);
        var resumed = StateVerifier.Resume(S.Config, checkpoint, options);
        var resumedResult = await resumed.RunAsync(source);

        Assert.Equal([3UL], source.Requests);
        Assert.Equal(freshResult.Reports.Skip(2).Select(r => (r.Number, r.Verdict, r.Operations)), resumedResult.Reports.Select(r => (r.Number, r.Verdict, r.Operations)));
        Assert.Equal(fresh.Root, resumed.Root);
        Assert.Equal(fresh.LastProvenBatch, resumed.LastProvenBatch);
        Assert.Equal(CheckpointFile.Encode(fresh.CreateCheckpoint()), CheckpointFile.Encode(resumed.CreateCheckpoint()));
        Assert.Equal(4UL, CheckpointFile.Read(path, S.Config).LastBatch);
    }

    [Fact]
    public async Task Checkpoints_are_written_every_interval_and_at_the_end_without_temporary_files()
    {
        var path = Path.Combine(_dir, "verify.ckpt");
        var verifier = new StateVerifier(S.Config, new StateVerifierOptions { CheckpointPath = path, CheckpointInterval = 3 });
        var seen = new List<ulong>();
        var progress = new SynchronousProgress(_ => seen.Add(File.Exists(path) ? CheckpointFile.Read(path, S.Config).LastBatch : 0));
        await verifier.RunAsync(new InMemoryBatchSource(S.Committed()), progress: progress);

        Assert.Equal([0UL, 0, 3, 3], seen);
        Assert.Equal(4UL, CheckpointFile.Read(path, S.Config).LastBatch);
        Assert.Equal([path], Directory.GetFiles(_dir));
    }

    [Fact]
    public async Task Snapshot_codec_round_trips_a_state_with_positions_fills_and_expiries()
    {
        var verifier = new StateVerifier(S.Config);
        await verifier.RunAsync(new InMemoryBatchSource(S.Committed()));
        var checkpoint = verifier.CreateCheckpoint();
        Assert.Contains(checkpoint.State.Accounts, a => a.Fills.Length > 0 && a.Positions.Count(p => !p.IsEmpty) >= 2);
        Assert.NotEmpty(checkpoint.State.Expiries);

        var decoded = CheckpointFile.Decode(CheckpointFile.Encode(checkpoint), S.Config);

        Assert.Equal((checkpoint.GenesisRoot, checkpoint.LastBatch, checkpoint.Root, checkpoint.LastCommitment, checkpoint.LastProvenBatch),
            (decoded.GenesisRoot, decoded.LastBatch, decoded.Root, decoded.LastCommitment, decoded.LastProvenBatch));
        Assert.Equal(S.State.Root, RollupState.Restore(decoded.State).Root);
        Assert.Equal(CheckpointFile.Encode(checkpoint), CheckpointFile.Encode(decoded));
    }

    [Fact]
    public async Task Corrupted_or_truncated_checkpoint_is_refused()
    {
        var verifier = new StateVerifier(S.Config);
        await verifier.RunAsync(new InMemoryBatchSource(S.Committed()), stopAfter: 2);
        var bytes = CheckpointFile.Encode(verifier.CreateCheckpoint());
        var path = Path.Combine(_dir, "c");

        var flipped = bytes.ToArray();
        flipped[100] ^= 1;
        File.WriteAllBytes(path, flipped);
        Assert.Contains("checksum", Assert.Throws<CheckpointException>(() => CheckpointFile.Read(path, S.Config)).Message, StringComparison.Ordinal);
        File.WriteAllBytes(path, bytes[..^40]);
        Assert.Throws<CheckpointException>(() => CheckpointFile.Read(path, S.Config));
        Assert.Contains("no such", Assert.Throws<CheckpointException>(() => CheckpointFile.Read(Path.Combine(_dir, "missing"), S.Config)).Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Checkpoint_of_another_deployment_or_with_a_wrong_root_is_refused()
    {
        var verifier = new StateVerifier(S.Config);
        await verifier.RunAsync(new InMemoryBatchSource(S.Committed()), stopAfter: 2);
        var checkpoint = verifier.CreateCheckpoint();

        var other = S.Config with { ChainId = 1 };
        Assert.Contains("genesis root", Assert.Throws<CheckpointException>(() => StateVerifier.Resume(other with { FeeAccountOwner = ScriptedScenario.Address("x") }, checkpoint)).Message, StringComparison.Ordinal);
        Assert.Contains("recorded root", Assert.Throws<CheckpointException>(() => StateVerifier.Resume(S.Config, checkpoint with { Root = Fr.One })).Message, StringComparison.Ordinal);
    }

    private sealed class SynchronousProgress(Action<BatchReport> report) : IProgress<BatchReport>
    {
        public void Report(BatchReport value) => report(value);
    }
}
