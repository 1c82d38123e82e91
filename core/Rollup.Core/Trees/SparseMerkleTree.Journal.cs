namespace Rollup.Core.Trees;

public sealed partial class SparseMerkleTree
{
    // Node writes made while any checkpoint is open, oldest first. Empty and untouched while
    // none is open, so plain updates pay one branch.
    private readonly List<JournalEntry> _journal = [];

    // Ids of the open checkpoints, outermost first.
    private readonly List<long> _open = [];
    private long _nextCheckpointId;

    private bool IsJournaling => _open.Count != 0;

    /// <summary>Number of checkpoints opened and not yet reverted or committed.</summary>
    public int OpenCheckpoints => _open.Count;

    /// <summary>
    /// Opens a checkpoint. Checkpoints nest: each must be closed by <see cref="Revert"/> or
    /// <see cref="Commit"/>; closing one also closes every checkpoint opened after it.
    /// </summary>
    public TreeCheckpoint Checkpoint()
    {
        var token = new TreeCheckpoint(this, _open.Count, _nextCheckpointId++, _journal.Count);
        _open.Add(token.Id);
        return token;
    }

    /// <summary>
    /// Undoes every change made since the checkpoint (including those under nested checkpoints
    /// already committed) and closes it and any checkpoint opened after it.
    /// </summary>
    public void Revert(in TreeCheckpoint checkpoint)
    {
        CheckOpen(checkpoint);
        for (int k = _journal.Count - 1; k >= checkpoint.JournalPosition; k--)
        {
            var e = _journal[k];
            if (e.Height == Depth) _root = e.Old;
            else if (e.Existed) _levels[e.Height][e.Index] = e.Old;
            else _levels[e.Height].Remove(e.Index);
        }
        _journal.RemoveRange(checkpoint.JournalPosition, _journal.Count - checkpoint.JournalPosition);
        Close(checkpoint);
    }

    /// <summary>
    /// Keeps the changes made since the checkpoint and closes it and any checkpoint opened
    /// after it. An enclosing checkpoint can still revert them.
    /// </summary>
    public void Commit(in TreeCheckpoint checkpoint)
    {
        CheckOpen(checkpoint);
        Close(checkpoint);
    }

    private void Close(in TreeCheckpoint checkpoint)
    {
        _open.RemoveRange(checkpoint.Level, _open.Count - checkpoint.Level);
        // With nothing left to revert to, the history is dead weight.
        if (_open.Count == 0) _journal.Clear();
    }

    private void CheckOpen(in TreeCheckpoint checkpoint)
    {
        if (!ReferenceEquals(checkpoint.Owner, this))
            throw new ArgumentException("the checkpoint belongs to another tree", nameof(checkpoint));
        if (checkpoint.Level >= _open.Count || _open[checkpoint.Level] != checkpoint.Id)
            throw new InvalidOperationException("the checkpoint was already reverted or committed");
    }
}
