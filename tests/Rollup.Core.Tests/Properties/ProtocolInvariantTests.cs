using FsCheck.Xunit;

namespace Rollup.Core.Tests.Properties;

public class ProtocolInvariantTests
{
    // Each case runs a whole session, checking conservation of collateral, positions netting
    // to zero per series, monotonic nonces, fills within order size, unchanged roots on every
    // rejection, pubdata round trips, and that replaying the pubdata reproduces the root.
    [Property(MaxTest = 12)]
    public void Random_sessions_keep_every_protocol_invariant(int seed)
    {
        var session = new RandomSession(seed);
        session.Run(steps: 150);
        Assert.True(session.Accepted > 20, $"only {session.Accepted} operations accepted");
        Assert.True(session.Rejected > 5, $"only {session.Rejected} operations rejected: the session does not probe refusals");
    }
}
