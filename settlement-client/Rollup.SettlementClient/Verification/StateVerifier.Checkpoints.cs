using Rollup.Core.State;

namespace Rollup.SettlementClient.Verification;

// A failed batch may have changed the state before the failure showed. Rather than snapshot the
// state before every batch, the verifier keeps the last base (a snapshot, or genesis) and the
// good batches since; a rollback restores the base and replays them. Every CheckpointInterval
// batches the base moves up, and that is also when the checkpoint file is written.
public sealed partial class StateVerifier
{
    private readonly List<CommittedBatch> _sinceBase = new();
    private StateSnapshot? _base;
    private ulong _checkpointedBatch;

    private void Rebase()
    {
        var checkpoint = CreateCheckpoint();
        _base = checkpoint.State;
        _sinceBase.Clear();
        WriteCheckpoint(checkpoint);
    }

    private void Rollback()
    {
        var state = _base is null ? new RollupState(_genesis) : RollupState.Restore(_base);
        var stf = NewTransition(state);
        foreach (var batch in _sinceBase) Replay(stf, batch);
        _stf = stf;
    }

    /// <summary>Writes the checkpoint file now if the options name one and it is behind.</summary>
    public void SaveCheckpoint()
    {
        if (_options.CheckpointPath is null || _checkpointedBatch == LastBatch) return;
        WriteCheckpoint(CreateCheckpoint());
    }

    private void WriteCheckpoint(VerificationCheckpoint checkpoint)
    {
        if (_options.CheckpointPath is null) return;
        CheckpointFile.Write(_options.CheckpointPath, checkpoint);
        _checkpointedBatch = checkpoint.LastBatch;
    }
}
