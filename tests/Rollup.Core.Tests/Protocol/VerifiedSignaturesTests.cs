using Rollup.Core.Execution;
using Rollup.Core.Fields;
using Rollup.Core.Operations;
using Rollup.Core.Signatures;

namespace Rollup.Core.Tests.Protocol;

public class VerifiedSignaturesTests
{
    /// <summary>Answers from a fixed list, and counts the questions.</summary>
    private sealed class Listed(params (Fr Message, Signature Signature)[] verified) : IVerifiedSignatures
    {
        public int Asked { get; private set; }

        public bool Contains(in Fr message, in Signature signature, in Fr keyX, in Fr keyY)
        {
            Asked++;
            foreach (var (m, s) in verified)
                if (m == message && s.Equals(signature)) return true;
            return false;
        }
    }

    [Fact]
    public void Signature_the_caller_verified_is_trusted_without_verifying_again()
    {
        var h = new Harness();
        var t = h.NewTrader("t", 1_000);
        var message = WithdrawOperation.Message(h.Domain, t.Id, 0, 5 * Harness.Usd);
        // A signature over another message: it would not verify, so only the caller's word lets it through.
        var other = TestKeys.Sign(t.Key, WithdrawOperation.Message(h.Domain, t.Id, 0, 6 * Harness.Usd));
        h.Stf.VerifiedSignatures = new Listed((message, other));

        var r = h.Apply(new WithdrawOperation(t.Id, 5 * Harness.Usd, 0, other));
        Assert.True(r.Accepted, r.ToString());
    }

    [Fact]
    public void Signature_the_caller_did_not_list_is_verified_and_a_bad_one_refused()
    {
        var h = new Harness();
        var t = h.NewTrader("t", 1_000);
        var cache = new Listed();
        h.Stf.VerifiedSignatures = cache;
        var bad = TestKeys.Sign(t.Key, WithdrawOperation.Message(h.Domain, t.Id, 0, 6 * Harness.Usd));
        var root = h.State.Root;

        var r = h.Apply(new WithdrawOperation(t.Id, 5 * Harness.Usd, 0, bad));
        Assert.Equal(RejectReason.BadSignature, r.Reason);
        Assert.Equal(1, cache.Asked);
        Assert.Equal(root, h.State.Root);
        var good = h.Withdraw(t, 5 * Harness.Usd);
        Assert.True(good.Accepted, good.ToString());
    }

    [Fact]
    public void Deferred_state_without_trace_reports_no_roots_per_operation_and_the_same_final_root()
    {
        var deferred = new Harness();
        var eager = new Harness();
        deferred.State.DeferHashing = true;
        deferred.Stf.CollectTrace = false;
        var a = deferred.NewTrader("a", 1_000);
        eager.NewTrader("a", 1_000);
        var r = deferred.Withdraw(a, Harness.Usd);
        var e = eager.Withdraw(a, Harness.Usd);
        Assert.True(r.Accepted && e.Accepted);
        Assert.Null(r.RootBefore);
        Assert.Null(r.RootAfter);
        Assert.NotNull(e.RootAfter);
        Assert.Equal(e.RootAfter, deferred.State.Root);
    }
}
