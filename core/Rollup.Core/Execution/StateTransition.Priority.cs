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
        var existing = _state.FindAccount(op.To);
        uint target;
        if (op.Amount == 0 || op.Amount > Limits.MaxAmount || op.To.IsZero)
            target = PubdataRecord.NoAccount;
        else if (existing is not null)
            target = existing.Collateral + op.Amount > Limits.MaxAmount ? PubdataRecord.NoAccount : existing.Id;
        else
            target = _state.CanCreateAccount ? _state.NextAccountId : PubdataRecord.NoAccount;
        var record = new DepositRecord(target, op.To, op.Amount);
        ExecuteDeposit(record);
        return record;
    }

    private void ExecuteDeposit(DepositRecord r)
    {
        if (r.AccountId != PubdataRecord.NoAccount)
        {
            Rejection.If(r.Amount == 0 || r.Amount > Limits.MaxAmount, RejectReason.OutOfRange, $"deposit amount {r.Amount} out of range");
            var account = AccountFor(r.AccountId, r.To);
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
        var existing = _state.FindAccount(op.From);
        uint target = PubdataRecord.NoAccount;
        if (KeyRules.IsValid(op.KeyX, op.KeyY) && !op.From.IsZero)
        {
            if (existing is not null) target = IsReserved(existing.Id) ? PubdataRecord.NoAccount : existing.Id;
            else if (_state.CanCreateAccount) target = _state.NextAccountId;
        }
        var record = new L1RegisterKeyRecord(target, op.From, KeyRules.Pack(op.KeyX, op.KeyY));
        ExecuteL1RegisterKey(record);
        return record;
    }

    private void ExecuteL1RegisterKey(L1RegisterKeyRecord r)
    {
        if (r.AccountId != PubdataRecord.NoAccount)
        {
            Rejection.If(!KeyRules.TryUnpack(r.PackedKey, out var x, out var y) || !KeyRules.IsValid(x, y),
                RejectReason.InvalidKey, "published key is not a valid Baby Jubjub key");
            Rejection.If(IsReserved(r.AccountId), RejectReason.ReservedAccount, $"account {r.AccountId} is a protocol account and holds no key");
            var account = AccountFor(r.AccountId, r.From);
            var plan = new AccountPlan(account);
            plan.SetKey(x, y);
            plan.Commit(_state);
        }
        _state.AdvancePriorityCursor();
    }

    /// <summary>The account with this id owned by this address, created when the id is the next free one.</summary>
    private Account AccountFor(uint id, Ethereum.L1Address owner)
    {
        var account = _state.GetAccount(id);
        if (account is null)
        {
            Rejection.If(id != _state.NextAccountId || !_state.CanCreateAccount, RejectReason.UnknownAccount,
                $"account {id} is neither existing nor the next free id {_state.NextAccountId}");
            Rejection.If(_state.FindAccount(owner) is not null, RejectReason.UnknownAccount, $"{owner} already owns an account");
            return _state.CreateAccount(owner);
        }
        Rejection.If(account.L1Address != owner, RejectReason.UnknownAccount, $"account {id} is not owned by {owner}");
        return account;
    }

    private static bool IsReserved(uint id) => id is Limits.FeeAccountId or Limits.InsuranceAccountId;
}
