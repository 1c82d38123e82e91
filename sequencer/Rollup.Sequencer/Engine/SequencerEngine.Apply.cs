using Rollup.Core.Operations;
using Rollup.Core.State;
using Rollup.Sequencer.Engine.Admission;
using Rollup.Sequencer.Engine.Commands;

namespace Rollup.Sequencer.Engine;

// One command at a time, in the writer (live) or from the log (replay): the same code both ways.
public sealed partial class SequencerEngine
{
    private bool _changed;
    private bool _replaying;
    private ulong _commandSeconds;

    private CommandResult Apply(SequencedCommand sequenced, PreVerified pre, bool replay)
    {
        _changed = false;
        _batchOpenedByCommand = false;
        _commandBatch = 0;
        _sealedByCommand.Clear();
        _replaying = replay;
        _commandSeconds = sequenced.TimestampMs <= 0 ? 0 : (ulong)sequenced.TimestampMs / 1000;
        var result = sequenced.Command switch
        {
            SubmitOrderCommand c => ApplySubmit(c, pre),
            CancelCommand c => ApplyCancel(c.Cancel, pre),
            CancelAllCommand c => ApplyCancelAll(c, pre),
            WithdrawCommand c => ApplyWithdraw(c.Withdraw, pre),
            RegisterKeyCommand c => ApplyRegisterKey(c.Register),
            OraclePriceCommand c => ApplyOraclePrice(c.Price),
            ListSeriesCommand c => ApplyCoreOnly(c.Listing),
            PriorityRequestCommand c => ApplyPriority(c),
            SealBatchCommand => ApplySeal(),
            TickCommand => ApplyTick(),
            _ => CommandResult.Refused(CommandError.Invalid, $"unknown command {sequenced.Command.GetType().Name}"),
        };
        // A command that changed nothing leaves no trace, not even the batch it opened: replay never sees it.
        if (!_changed && _batchOpenedByCommand && _batch is { Count: 0 }) _batch = null;
        return _commandBatch == 0 ? result : result with { Batch = _commandBatch };
    }

    /// <summary>The trader checks shared by signed commands; null when they pass.</summary>
    private CommandResult? RequireSigner(uint accountId, out Account account)
    {
        account = _state.GetAccount(accountId)!;
        if (account is null) return CommandResult.Refused(CommandError.UnknownAccount, $"account {accountId} does not exist", RejectReason.UnknownAccount);
        if (accountId <= Limits.InsuranceAccountId)
            return CommandResult.Refused(CommandError.ReservedAccount, $"account {accountId} is a protocol account", RejectReason.ReservedAccount);
        if (!account.HasKey) return CommandResult.Refused(CommandError.NoKey, $"account {accountId} has no L2 key", RejectReason.NoKey);
        return null;
    }

    /// <summary>
    /// Signatures were checked before the writer against the key then known; they are checked
    /// again here only if the key changed since. Replay skips it: the entry was checked when
    /// accepted, and core verifies again whatever it applies.
    /// </summary>
    private bool AlreadyVerified(Account account, PreVerified pre) =>
        _replaying || pre.Covers(new AccountKey(account.PublicKeyX, account.PublicKeyY));

    /// <summary>The writer's own check, when the pre-check does not cover the account's current key.</summary>
    private bool VerifyNow(Account account, in Core.Fields.Fr message, in Core.Signatures.Signature signature)
    {
        if (!SignatureAdmission.Verify(message, signature, new AccountKey(account.PublicKeyX, account.PublicKeyY))) return false;
        _verified.Record(message, signature, account.PublicKeyX, account.PublicKeyY);
        return true;
    }

    private CommandResult ApplyCoreOnly(Operation op)
    {
        var r = ApplyOperation(op);
        return r.Accepted ? Accepted() : Rejected(r.Reason, r.Detail);
    }

    private CommandResult ApplyWithdraw(WithdrawOperation w, PreVerified pre)
    {
        if (RequireSigner(w.AccountId, out var account) is { } refusal) return refusal;
        if (!AlreadyVerified(account, pre) && !VerifyNow(account, SignatureAdmission.WithdrawMessage(Domain, w), w.Signature)) return BadSignature(w.AccountId);
        return ApplyCoreOnly(w);
    }

    private CommandResult ApplyRegisterKey(RegisterKeyOperation op)
    {
        var account = _state.GetAccount(op.AccountId);
        if (account is null) return CommandResult.Refused(CommandError.UnknownAccount, $"account {op.AccountId} does not exist", RejectReason.UnknownAccount);
        if (op.AccountId <= Limits.InsuranceAccountId)
            return CommandResult.Refused(CommandError.ReservedAccount, $"account {op.AccountId} is a protocol account", RejectReason.ReservedAccount);
        if (!_replaying && !RegisterKeyAuthorization.IsAuthorized(Domain, account.L1Address, op))
            return CommandResult.Refused(CommandError.BadSignature, $"the EIP-712 signature does not recover to {account.L1Address}", RejectReason.BadSignature);
        var r = ApplyOperation(op);
        if (!r.Accepted) return Rejected(r.Reason, r.Detail);
        var removed = KeyChanged(account);
        return Accepted() with { Removed = removed };
    }

    /// <summary>Orders signed with the old key can no longer fill (core verifies makers with the current key): they leave the book.</summary>
    private List<Book.RemovedOrder> KeyChanged(Account account)
    {
        _keys.Update(account);
        return RemoveAccountOrders(account.Id, Book.RemovalReason.Cancelled);
    }

    private CommandResult ApplyPriority(PriorityRequestCommand c)
    {
        ulong expected = _state.PriorityCursor;
        if (c.Index != expected)
            return CommandResult.Refused(CommandError.PriorityOutOfOrder,
                c.Index < expected ? $"priority request {c.Index} was already applied" : $"priority request {c.Index} arrived before {expected}");
        var r = ApplyOperation(c.Operation);
        if (!r.Accepted) return Rejected(r.Reason, r.Detail);
        var removed = new List<Book.RemovedOrder>();
        if (r.Record is Core.Pubdata.L1RegisterKeyRecord { AccountId: var id } && _state.GetAccount(id) is { } keyed)
            removed = KeyChanged(keyed);
        // Included in order is not enough: the batch must reach L1 before the deadline, so a near one seals now.
        if (c.Deadline <= _commandSeconds + _options.PriorityDeadlineMarginSeconds) SealOpenBatch();
        return Accepted() with { Removed = removed };
    }

    private static CommandResult Accepted() => new(0, CommandError.None, RejectReason.None, null);

    private static CommandResult Rejected(RejectReason reason, string? detail) => new(0, CommandError.Rejected, reason, detail);
}
