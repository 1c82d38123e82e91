using Rollup.Core.Trees;

namespace Rollup.Core.Tests.Trees;

internal static class TreeAssert
{
    /// <summary>Same root, same leaves and same storage: the trees are indistinguishable.</summary>
    public static void SameState(SparseMerkleTree expected, SparseMerkleTree actual)
    {
        Assert.Equal(expected.Root, actual.Root);
        Assert.Equal(expected.ExportLeaves(), actual.ExportLeaves());
        Assert.Equal(expected.StoredNodeCount, actual.StoredNodeCount);
    }
}
