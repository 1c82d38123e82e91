using Rollup.Core.Ethereum;
using Rollup.Core.Fields;
using Rollup.Core.Operations;
using Rollup.Core.Pubdata;
using Rollup.Core.State;
using static Rollup.Core.Tests.Protocol.Harness;
using static Rollup.Core.Tests.Protocol.RejectionAssert;

namespace Rollup.Core.Tests.Protocol;

public class AccountOperationTests
{
    [Fact]
    public void Genesis_has_fee_and_insurance_accounts_and_a_deterministic_root()
    {
        var a = new Harness();
        var b = new Harness();
        Assert.Equal(2, a.State.AccountCount);
        Assert.Equal(Address("fees"), a.State.GetAccount(Limits.FeeAccountId)!.L1Address);
        Assert.Equal(Address("insurance"), a.State.GetAccount(Limits.InsuranceAccountId)!.L1Address);
        Assert.Equal(a.State.Root, b.State.Root);
        var other = new Harness(new RiskParameters { OracleQuorum = 2, TakerFeeBps = 6 });
        Assert.NotEqual(a.State.Root, other.State.Root);
    }

    [Fact]
    public void Deposit_creates_an_account_then_reuses_it_for_the_same_address()
    {
        var h = new Harness();
        var r1 = h.MustApply(new DepositOperation(Address("alice"), 100 * Usd));
        var r2 = h.MustApply(new DepositOperation(Address("alice"), 50 * Usd));
        Assert.Equal(new DepositRecord(2, Address("alice"), 100 * Usd), r1.Record);
        Assert.Equal(new DepositRecord(2, Address("alice"), 50 * Usd), r2.Record);
        Assert.Equal(150 * Usd, h.Collateral(2));
        Assert.Equal(2UL, h.State.PriorityCursor);
        Assert.False(h.State.GetAccount(2)!.HasKey);
    }

    [Fact]
    public void Deposit_that_cannot_be_credited_is_published_for_refund_and_still_consumes_the_queue()
    {
        var h = new Harness();
        var root = h.State.Root;
        var r = h.MustApply(new DepositOperation(Address("alice"), 0));
        Assert.Equal(PubdataRecord.NoAccount, ((DepositRecord)r.Record!).AccountId);
        Assert.Equal(1UL, h.State.PriorityCursor);
        Assert.NotEqual(root, h.State.Root); // only the cursor moved
        Assert.Null(h.State.FindAccount(Address("alice")));
        var toInsurance = h.MustApply(new DepositOperation(Address("insurance"), 5 * Usd));
        Assert.Equal(Limits.InsuranceAccountId, ((DepositRecord)toInsurance.Record!).AccountId);
        Assert.Equal(5 * Usd, h.Collateral(Limits.InsuranceAccountId));
        var keyForFees = h.MustApply(new L1RegisterKeyOperation(Address("fees"), TestKeys.Public(TestKeys.FromSeed("x")).X, TestKeys.Public(TestKeys.FromSeed("x")).Y));
        Assert.Equal(PubdataRecord.NoAccount, ((L1RegisterKeyRecord)keyForFees.Record!).AccountId);
    }

    [Fact]
    public void Deposit_refunds_when_the_accounts_tree_is_full()
    {
        var h = new Harness(accountsDepth: 2); // 4 accounts: fee, insurance and two more
        h.MustApply(new DepositOperation(Address("a"), Usd));
        h.MustApply(new DepositOperation(Address("b"), Usd));
        var r = h.MustApply(new DepositOperation(Address("c"), Usd));
        Assert.Equal(PubdataRecord.NoAccount, ((DepositRecord)r.Record!).AccountId);
        Assert.Equal(4, h.State.AccountCount);
    }

    [Fact]
    public void L1_register_key_sets_the_key_and_invalid_keys_take_no_effect()
    {
        var h = new Harness();
        var t = h.NewTrader("alice", 0);
        var (x, y) = TestKeys.Public(t.Key);
        Assert.Equal(x, h.State.GetAccount(t.Id)!.PublicKeyX);
        Assert.Equal(y, h.State.GetAccount(t.Id)!.PublicKeyY);
        var bad = h.MustApply(new L1RegisterKeyOperation(Address("bob"), Fr.One, Fr.One));
        Assert.Equal(PubdataRecord.NoAccount, ((L1RegisterKeyRecord)bad.Record!).AccountId);
        // (0, -1) has order 2: on the curve, but a small-order key.
        var small = h.MustApply(new L1RegisterKeyOperation(Address("bob"), Fr.Zero, -Fr.One));
        Assert.Equal(PubdataRecord.NoAccount, ((L1RegisterKeyRecord)small.Record!).AccountId);
        Assert.Null(h.State.FindAccount(Address("bob")));
    }

    [Fact]
    public void Register_key_requires_the_account_nonce_and_advances_it()
    {
        var h = new Harness();
        h.MustApply(new DepositOperation(Address("alice"), 10 * Usd));
        var (x, y) = TestKeys.Public(TestKeys.FromSeed("alice"));
        var sig = new byte[65];
        Refused(h, new RegisterKeyOperation(2, x, y, 1, sig), RejectReason.BadNonce);
        Refused(h, new RegisterKeyOperation(2, x, y, 0, new byte[64]), RejectReason.BadSignature);
        Refused(h, new RegisterKeyOperation(2, Fr.One, Fr.One, 0, sig), RejectReason.InvalidKey);
        Refused(h, new RegisterKeyOperation(77, x, y, 0, sig), RejectReason.UnknownAccount);
        Refused(h, new RegisterKeyOperation(Limits.InsuranceAccountId, x, y, 0, sig), RejectReason.ReservedAccount);
        var r = h.MustApply(new RegisterKeyOperation(2, x, y, 0, sig));
        Assert.Equal(1u, h.State.GetAccount(2)!.Nonce);
        Assert.Equal(x, h.State.GetAccount(2)!.PublicKeyX);
        Assert.Equal(126, r.Record!.Encode().Length);
        Refused(h, new RegisterKeyOperation(2, x, y, 0, sig), RejectReason.BadNonce);
    }

    [Fact]
    public void Withdraw_debits_collateral_advances_the_nonce_and_refuses_replays()
    {
        var h = new Harness();
        var t = h.NewTrader("alice", 100);
        var r = h.Withdraw(t, 40 * Usd);
        Assert.True(r.Accepted, r.ToString());
        Assert.Equal(new WithdrawRecord(t.Id, t.Address, 40 * Usd), r.Record);
        Assert.Equal(60 * Usd, h.Collateral(t.Id));
        Refused(h, r.Operation, RejectReason.BadNonce);
        Refused(h, new WithdrawOperation(t.Id, 10 * Usd, 1, TestKeys.Sign(t.Key, WithdrawOperation.Message(h.Domain, t.Id, 1, 11 * Usd))), RejectReason.BadSignature);
        var tooMuch = h.Withdraw(t, 61 * Usd);
        Assert.Equal(RejectReason.InsufficientCollateral, tooMuch.Reason);
        Assert.Equal(60 * Usd, h.Collateral(t.Id));
        Refused(h, new WithdrawOperation(t.Id, 0, 1, TestKeys.Sign(t.Key, WithdrawOperation.Message(h.Domain, t.Id, 1, 0))), RejectReason.OutOfRange);
    }

    [Fact]
    public void Withdraw_must_leave_initial_margin_for_open_shorts()
    {
        var h = new Harness();
        var m = h.NewTrader("maker", 20_000);
        var t = h.NewTrader("taker", 10_000);
        var s = h.StandardSeries();
        Assert.True(h.Trade(m, t, s, Side.Buy, 2_000, 1_000).Accepted);
        // Equity 21,999.6, initial margin 12,000: 9,999.6 USD is free.
        var op = new WithdrawOperation(m.Id, 10_000 * Usd, 0, TestKeys.Sign(m.Key, WithdrawOperation.Message(h.Domain, m.Id, 0, 10_000 * Usd)));
        Refused(h, op, RejectReason.InsufficientMargin);
        Assert.True(h.Withdraw(m, 9_999 * Usd).Accepted);
    }

    [Fact]
    public void Forced_withdrawal_takes_free_collateral_only_for_the_owner()
    {
        var h = new Harness();
        var m = h.NewTrader("maker", 20_000);
        var t = h.NewTrader("taker", 10_000);
        var s = h.StandardSeries();
        Assert.True(h.Trade(m, t, s, Side.Buy, 2_000, 1_000).Accepted);
        var stranger = h.MustApply(new ForcedWithdrawalOperation(Address("mallory"), m.Id));
        Assert.Equal(0UL, ((ForcedWithdrawalRecord)stranger.Record!).Amount);
        var r = h.MustApply(new ForcedWithdrawalOperation(m.Address, m.Id));
        Assert.Equal(9_999_600_000UL, ((ForcedWithdrawalRecord)r.Record!).Amount);
        Assert.Equal(12_000 * Usd, h.Collateral(m.Id));
        var unknown = h.MustApply(new ForcedWithdrawalOperation(m.Address, 200));
        Assert.Equal(0UL, ((ForcedWithdrawalRecord)unknown.Record!).Amount);
        // Even a refused request reads the account leaf, so the prover can show why it got nothing.
        Assert.Contains(stranger.Trace, e => e.Tree == TreeId.Accounts && e.IsRead && e.Index == m.Id);
    }

    [Fact]
    public void Replay_refuses_a_forced_withdrawal_that_takes_less_or_more_than_the_free_collateral()
    {
        foreach (var amount in new[] { 1UL, 100 * Usd + 1 })
        {
            var h = new Harness();
            var t = h.NewTrader("alice", 100);
            var ex = Assert.Throws<Execution.InvalidPubdataException>(() => h.Stf.ApplyRecord(new ForcedWithdrawalRecord(t.Id, t.Address, amount)));
            Assert.Equal(RejectReason.InsufficientMargin, ex.Reason);
        }
        var ok = new Harness();
        var alice = ok.NewTrader("alice", 100);
        ok.Stf.ApplyRecord(new ForcedWithdrawalRecord(alice.Id, alice.Address, 100 * Usd));
        Assert.Equal(0UL, ok.Collateral(alice.Id));
        Assert.Throws<Execution.InvalidPubdataException>(() => ok.Stf.ApplyRecord(new ForcedWithdrawalRecord(alice.Id, Address("mallory"), 1)));
    }

    [Fact]
    public void Cancel_makes_an_order_unfillable_and_is_not_replayable()
    {
        var h = new Harness();
        var m = h.NewTrader("maker", 20_000);
        var t = h.NewTrader("taker", 10_000);
        var s = h.StandardSeries();
        Assert.True(h.Cancel(m, 9).Accepted);
        var trade = new TradeOperation(h.Order(m, 9, s, Side.Sell, 2_000, 100), h.Order(t, 1, s, Side.Buy, 2_000, 100), 100);
        Refused(h, trade, RejectReason.Overfill);
        Refused(h, h.Cancel(m, 9).Operation, RejectReason.AlreadyCancelled);
        // Order 9 + 64 shares the slot: it supersedes 9, after which 9 is stale.
        Assert.True(h.Apply(new TradeOperation(h.Order(m, 73, s, Side.Sell, 2_000, 100), h.Order(t, 2, s, Side.Buy, 2_000, 100), 100)).Accepted);
        Refused(h, h.Cancel(m, 9).Operation, RejectReason.StaleOrderId);
        Refused(h, new CancelOperation(m.Id, 5, TestKeys.Sign(t.Key, CancelOperation.Message(h.Domain, m.Id, 5))), RejectReason.BadSignature);
    }

    [Fact]
    public void Signatures_are_bound_to_chain_and_contract()
    {
        var h = new Harness();
        var t = h.NewTrader("alice", 100);
        var otherChain = new MessageDomain(1, h.Config.VerifyingContract);
        var otherContract = new MessageDomain(h.Config.ChainId, L1Address.Parse("0x0000000000000000000000000000000000000001"));
        foreach (var d in new[] { otherChain, otherContract })
        {
            var sig = TestKeys.Sign(t.Key, WithdrawOperation.Message(d, t.Id, 0, Usd));
            Refused(h, new WithdrawOperation(t.Id, Usd, 0, sig), RejectReason.BadSignature);
        }
        Assert.NotEqual(WithdrawOperation.Message(h.Domain, t.Id, 0, Usd), CancelOperation.Message(h.Domain, t.Id, 0));
    }
}
