namespace Rollup.Core.Trees;

/// <summary>
/// A handle on an open checkpoint of one <see cref="SparseMerkleTree"/>, returned by
/// <see cref="SparseMerkleTree.Checkpoint"/> and consumed by Revert or Commit.
/// </summary>
public readonly struct TreeCheckpoint
{
    // The owner reference lets the tree reject a token from another tree; the level and id
    // reject a token that was already closed (ids are never reused within a tree).
    internal readonly SparseMerkleTree? Owner;
    internal readonly int Level;
    internal readonly long Id;
    internal readonly int JournalPosition;

    internal TreeCheckpoint(SparseMerkleTree owner, int level, long id, int journalPosition)
    {
        Owner = owner;
        Level = level;
        Id = id;
        JournalPosition = journalPosition;
    }
}
