using Rollup.Core.Operations;
using Rollup.Core.Pubdata;
using Rollup.Core.State;

namespace Rollup.Core.Execution;

// Account-level L2 operations: key registration, cancels and withdrawals.
public sealed partial class StateTransition
{
    private RegisterKeyRecord RegisterKey(RegisterKeyOperation op)
    {
        var account = RequireAccount(op.AccountId, "registering");
        Rejection.If(op.EthereumSignature is not { Length: RegisterKeyOperation.SignatureLength }, RejectReason.BadSignature,
            "the EIP-712 signature must be 65 bytes (r, s, v)");
        Rejection.If(!KeyRules.IsValid(op.KeyX, op.KeyY), RejectReason.InvalidKey, "key is not a valid Baby Jubjub point of large order");
        var record = new RegisterKeyRecord(account.Id, account.L1Address, KeyRules.Pack(op.KeyX, op.KeyY), op.Nonce, (byte[])op.EthereumSignature.Clone());
        ExecuteRegisterKey(record);
        return record;
    }

    private void ExecuteRegisterKey(RegisterKeyRecord r)
    {
        var account = RequireAccount(r.AccountId, "registering");
        RequireTrader(account, "registering");
        Rejection.If(account.L1Address != r.Address, RejectReason.UnknownAccount, $"account {r.AccountId} is not owned by {r.Address}");
        Rejection.If(r.Nonce != account.Nonce, RejectReason.BadNonce, $"nonce {r.Nonce}, account expects {account.Nonce}");
        Rejection.If(!KeyRules.TryUnpack(r.PackedKey, out var x, out var y) || !KeyRules.IsValid(x, y), RejectReason.InvalidKey, "invalid key");
        var plan = new AccountPlan(account);
        plan.SetKey(x, y);
        plan.IncrementNonce();
        plan.Commit(_state);
    }

    private CancelRecord Cancel(CancelOperation op)
    {
        var account = RequireAccount(op.AccountId, "cancelling");
        RequireTrader(account, "cancelling");
        RequireSignature(account, CancelOperation.Message(_domain, op.AccountId, op.OrderId), op.Signature, "cancel");
        var record = new CancelRecord(op.AccountId, op.OrderId);
        ExecuteCancel(record);
        return record;
    }

    private void ExecuteCancel(CancelRecord r)
    {
        var account = RequireAccount(r.AccountId, "cancelling");
        RequireTrader(account, "cancelling");
        uint slot = account.FillSlotIndex(r.OrderId);
        var current = account.GetFillSlot(slot);
        Rejection.If(current.FilledFor(r.OrderId) is null, RejectReason.StaleOrderId,
            $"order {r.OrderId} is superseded by order {current.OrderId} in fill slot {slot}");
        Rejection.If(current.OrderId == r.OrderId && current.Filled == Limits.CancelledFill, RejectReason.AlreadyCancelled,
            $"order {r.OrderId} is already cancelled");
        var plan = new AccountPlan(account);
        plan.SetFill(slot, new FillSlot(r.OrderId, Limits.CancelledFill));
        plan.Commit(_state);
    }

    private WithdrawRecord Withdraw(WithdrawOperation op)
    {
        var account = RequireAccount(op.AccountId, "withdrawing");
        RequireTrader(account, "withdrawing");
        Rejection.If(op.Amount == 0 || op.Amount > Limits.MaxAmount, RejectReason.OutOfRange, $"amount {op.Amount} must be 1..2^63-1");
        Rejection.If(op.Nonce != account.Nonce, RejectReason.BadNonce, $"nonce {op.Nonce}, account expects {account.Nonce}");
        RequireSignature(account, WithdrawOperation.Message(_domain, op.AccountId, op.Nonce, op.Amount), op.Signature, "withdrawal");
        var record = new WithdrawRecord(account.Id, account.L1Address, op.Amount);
        ExecuteWithdraw(record);
        return record;
    }

    private void ExecuteWithdraw(WithdrawRecord r)
    {
        var account = RequireAccount(r.AccountId, "withdrawing");
        RequireTrader(account, "withdrawing");
        Rejection.If(account.L1Address != r.To, RejectReason.UnknownAccount, $"withdrawals go to the account's own address {account.L1Address}");
        Rejection.If(r.Amount == 0, RejectReason.OutOfRange, "amount must be positive");
        var plan = new AccountPlan(account);
        plan.Debit(r.Amount);
        plan.IncrementNonce();
        if (HasPositions(plan)) RequireMargin(plan, reducesRisk: false, "withdrawing");
        plan.Commit(_state);
    }

    private static bool HasPositions(AccountPlan plan)
    {
        foreach (var p in plan.Positions)
            if (!p.IsEmpty) return true;
        return false;
    }
}
