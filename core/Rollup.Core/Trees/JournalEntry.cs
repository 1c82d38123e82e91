using Rollup.Core.Fields;

namespace Rollup.Core.Trees;

/// <summary>
/// The value a stored node had before one write, so the write can be undone.
/// <see cref="Existed"/> false means the node was at its default (not stored).
/// Height equal to the tree depth denotes the root.
/// </summary>
internal readonly struct JournalEntry(int height, ulong index, in Fr old, bool existed)
{
    public readonly int Height = height;
    public readonly ulong Index = index;
    public readonly Fr Old = old;
    public readonly bool Existed = existed;
}
