using Rollup.Core.Execution;
using Rollup.Core.Operations;

namespace Rollup.Core.Tests.Protocol;

internal static class RejectionAssert
{
    /// <summary>Applies an operation that must be refused with the given reason and change nothing.</summary>
    public static OperationResult Refused(Harness h, Operation op, RejectReason expected)
    {
        var root = h.State.Root;
        var snapshot = h.State.Accounts.Select(a => (a.Id, a.Collateral, a.Nonce, a.PublicKeyX)).ToArray();
        var r = h.Apply(op);
        Assert.False(r.Accepted, $"expected {expected}, but the operation was accepted");
        Assert.Equal(expected, r.Reason);
        Assert.Equal(root, h.State.Root);
        Assert.Equal(root, h.State.RecomputeRoot());
        Assert.Equal(snapshot, h.State.Accounts.Select(a => (a.Id, a.Collateral, a.Nonce, a.PublicKeyX)).ToArray());
        Assert.Empty(r.Trace);
        Assert.Null(r.Record);
        return r;
    }
}
