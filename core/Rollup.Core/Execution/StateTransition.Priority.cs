using Rollup.Core.Margin;
using Rollup.Core.Operations;
using Rollup.Core.Pubdata;
using Rollup.Core.State;

namespace Rollup.Core.Execution;

// Protocol accounts (fees, insurance) take deposits and forced withdrawals by their owner,
// which is how the insurance fund is funded and fees are collected; they never hold a key.
// Priority operations come from the L1 queue and must be consumed in order, so they are
// never rejected: one that cannot take effect is published with NoAccount or amount 0
// (the contract refunds such a deposit) and still advances the priority cursor.
public sealed partial class StateTransition
{
    private DepositRecord Deposit(DepositOperation op)
    {
        var record = new DepositRecord(DepositTarget(op.To, op.Amount), op.To, op.Amount);
        ExecuteDeposit(record);
        return record;
    }

    /// <summary>
    /// Where a deposit must go: the account of its address, or the next new account, or
    /// NoAccount (refund) when the amount is 0 or too large, the address is zero, the balance
    /// would pass 2^63 - 1 or the tree is full. Both paths apply this rule, so a sequencer
    /// cannot turn a creditable deposit into a refund.
    /// </summary>
    private uint DepositTarget(Ethereum.L1Address to, ulong amount)
    {
        if (amount == 0 || amount > Limits.MaxAmount || to.IsZero) return PubdataRecord.NoAccount;
        var existing = _state.FindAccount(to);
        if (existing is not null)
            return existing.Collateral + amount > Limits.MaxAmount ? PubdataRecord.NoAccount : existing.Id;
        return _state.CanCreateAccount ? _state.NextAccountId : PubdataRecord.NoAccount;
    }

    private void ExecuteDeposit(DepositRecord r)
    {
        uint expected = DepositTarget(r.To, r.Amount);
        Rejection.If(r.AccountId != expected, RejectReason.UnknownAccount,
            $"a deposit of {r.Amount} to {r.To} goes to account {expected}, not {r.AccountId}");
        if (r.AccountId != PubdataRecord.NoAccount)
        {
            var account = _state.GetAccount(r.AccountId) ?? _state.CreateAccount(r.To);
            var plan = new AccountPlan(account);
            plan.Credit(r.Amount);
            plan.Commit(_state);
        }
        _state.AdvancePriorityCursor();
    }

    private ForcedWithdrawalRecord ForcedWithdrawal(ForcedWithdrawalOperation op)
    {
        var account = _state.GetAccount(op.AccountId);
        ulong amount = 0;
        if (account is not null && account.L1Address == op.From &&
            MarginEngine.TryCompute(_state, account, Timestamp, out var m, out _))
            amount = m.FreeCollateral(account.Collateral);
        var record = new ForcedWithdrawalRecord(op.AccountId, op.From, amount);
        ExecuteForcedWithdrawal(record);
        return record;
    }

    /// <summary>
    /// Withdraws exactly the free collateral (§6) when the requester owns the account, and nothing
    /// otherwise. The account leaf and the prices it is valued at are read either way, since the
    /// prover must show why the amount is what it is.
    /// </summary>
    private void ExecuteForcedWithdrawal(ForcedWithdrawalRecord r)
    {
        if (_state.IsAccountIdInRange(r.AccountId)) _state.RecordAccountRead(r.AccountId);
        var account = _state.GetAccount(r.AccountId);
        if (account is not null && account.L1Address == r.From)
        {
            RecordPriceReads(account.Positions);
            ulong free = MarginEngine.TryCompute(_state, account, Timestamp, out var m, out _) ? m.FreeCollateral(account.Collateral) : 0;
            Rejection.If(r.Amount != free, RejectReason.InsufficientMargin, $"forced withdrawal must take exactly the free collateral {free}, not {r.Amount}");
            if (r.Amount > 0)
            {
                var plan = new AccountPlan(account);
                plan.Debit(r.Amount);
                plan.Commit(_state);
            }
        }
        else
        {
            Rejection.If(r.Amount != 0, RejectReason.UnknownAccount, $"account {r.AccountId} is not owned by {r.From}: nothing can be withdrawn");
        }
        _state.AdvancePriorityCursor();
    }

    private L1RegisterKeyRecord L1RegisterKey(L1RegisterKeyOperation op)
    {
        var record = new L1RegisterKeyRecord(KeyTarget(op.From, op.PackedKey), op.From, op.PackedKey);
        ExecuteL1RegisterKey(record);
        return record;
    }

    /// <summary>
    /// Which account an L1 key registration sets: the sender's, or a new one, or NoAccount when
    /// the bytes are not a valid key, the sender is zero or owns a protocol account, or the tree is full.
    /// </summary>
    private uint KeyTarget(Ethereum.L1Address from, byte[] packedKey)
    {
        if (from.IsZero || !KeyRules.TryUnpack(packedKey, out var x, out var y) || !KeyRules.IsValid(x, y)) return PubdataRecord.NoAccount;
        var existing = _state.FindAccount(from);
        if (existing is not null) return IsReserved(existing.Id) ? PubdataRecord.NoAccount : existing.Id;
        return _state.CanCreateAccount ? _state.NextAccountId : PubdataRecord.NoAccount;
    }

    private void ExecuteL1RegisterKey(L1RegisterKeyRecord r)
    {
        uint expected = KeyTarget(r.From, r.PackedKey);
        Rejection.If(r.AccountId != expected, RejectReason.UnknownAccount,
            $"a key registration from {r.From} sets account {expected}, not {r.AccountId}");
        if (r.AccountId != PubdataRecord.NoAccount)
        {
            KeyRules.TryUnpack(r.PackedKey, out var x, out var y);
            var account = _state.GetAccount(r.AccountId) ?? _state.CreateAccount(r.From);
            var plan = new AccountPlan(account);
            plan.SetKey(x, y);
            plan.Commit(_state);
        }
        _state.AdvancePriorityCursor();
    }

    private static bool IsReserved(uint id) => id is Limits.FeeAccountId or Limits.InsuranceAccountId;
}
