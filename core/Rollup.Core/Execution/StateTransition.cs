using Rollup.Core.Fields;
using Rollup.Core.Margin;
using Rollup.Core.Operations;
using Rollup.Core.Pubdata;
using Rollup.Core.State;

namespace Rollup.Core.Execution;

/// <summary>
/// The state transition function (docs/PROTOCOL.md §7). <see cref="Apply"/> checks a full
/// operation (signatures, order terms, margin) and, if it passes, executes its pubdata record;
/// <see cref="ApplyRecord"/> executes a published record alone, which is how anyone rebuilds
/// the state from L1. Both paths run the same execution code. Time is the batch timestamp.
/// </summary>
public sealed partial class StateTransition
{
    private readonly RollupState _state;
    private readonly MessageDomain _domain;

    public StateTransition(RollupState state)
    {
        _state = state;
        _domain = MessageDomain.For(state.Config);
    }

    public RollupState State => _state;

    public MessageDomain Domain => _domain;

    /// <summary>The current batch's timestamp (seconds); every time rule compares against it.</summary>
    public ulong Timestamp { get; set; }

    /// <summary>When false, no execution trace is collected (rebuilding and benchmarks).</summary>
    public bool CollectTrace { get; set; } = true;

    /// <summary>Account signatures verified before this transition saw them (a sequencer's parallel admission); null verifies every one.</summary>
    public IVerifiedSignatures? VerifiedSignatures { get; set; }

    public OperationResult Apply(Operation op)
    {
        bool roots = CollectTrace || !_state.DeferHashing;
        Fr? rootBefore = roots ? _state.Root : null;
        var trace = new List<TraceEntry>();
        PubdataRecord? record;
        try
        {
            if (CollectTrace) _state.BeginTrace(trace);
            record = op switch
            {
                NoopOperation => NoopRecord.Instance,
                DepositOperation d => Deposit(d),
                ForcedWithdrawalOperation f => ForcedWithdrawal(f),
                L1RegisterKeyOperation k => L1RegisterKey(k),
                RegisterKeyOperation k => RegisterKey(k),
                TradeOperation t => Trade(t),
                CancelOperation c => Cancel(c),
                WithdrawOperation w => Withdraw(w),
                OraclePriceOperation o => OraclePrice(o),
                ListSeriesOperation l => ListSeries(l),
                LiquidateOperation l => Liquidate(l),
                SettleOperation s => Settle(s),
                _ => throw new Rejection(RejectReason.OutOfRange, $"unknown operation {op.GetType().Name}"),
            };
        }
        catch (Rejection r)
        {
            return new OperationResult(op, r.Reason, r.Message, null, [], rootBefore, rootBefore);
        }
        finally
        {
            _state.EndTrace();
        }
        return new OperationResult(op, RejectReason.None, null, record, trace, rootBefore, roots ? _state.Root : null);
    }

    /// <summary>Executes a published record; throws <see cref="InvalidPubdataException"/> if it cannot apply.</summary>
    public void ApplyRecord(PubdataRecord record)
    {
        try
        {
            switch (record)
            {
                case NoopRecord: break;
                case DepositRecord d: ExecuteDeposit(d); break;
                case ForcedWithdrawalRecord f: ExecuteForcedWithdrawal(f); break;
                case L1RegisterKeyRecord k: ExecuteL1RegisterKey(k); break;
                case RegisterKeyRecord k: ExecuteRegisterKey(k); break;
                case TradeRecord t: ExecuteTrade(t, null); break;
                case CancelRecord c: ExecuteCancel(c); break;
                case WithdrawRecord w: ExecuteWithdraw(w); break;
                case OraclePriceRecord o: ExecuteOraclePrice(o); break;
                case ListSeriesRecord l: ExecuteListSeries(l); break;
                case LiquidateRecord l: ExecuteLiquidate(l); break;
                case SettleRecord s: ExecuteSettle(s); break;
                default: throw new Rejection(RejectReason.OutOfRange, $"unknown record {record.GetType().Name}");
            }
        }
        catch (Rejection r)
        {
            throw new InvalidPubdataException(record.Kind, r.Reason, r.Message);
        }
    }

    private Account RequireAccount(uint id, string role)
    {
        var account = _state.GetAccount(id);
        Rejection.If(account is null, RejectReason.UnknownAccount, $"{role} account {id} does not exist");
        return account!;
    }

    private static void RequireTrader(Account account, string role)
    {
        Rejection.If(IsReserved(account.Id), RejectReason.ReservedAccount,
            $"{role} account {account.Id} is a protocol account and cannot trade or sign");
    }

    private void RequireSignature(Account account, in Fields.Fr message, Signatures.Signature signature, string role)
    {
        Rejection.If(!account.HasKey, RejectReason.NoKey, $"{role} account {account.Id} has no L2 key");
        bool verified = VerifiedSignatures?.Contains(message, signature, account.PublicKeyX, account.PublicKeyY) == true
            || SignatureCheck.Verify(message, signature, account.PublicKeyX, account.PublicKeyY);
        Rejection.If(!verified, RejectReason.BadSignature, $"{role} signature does not verify for account {account.Id}");
    }

    /// <summary>
    /// Records the leaves a margin computation over these positions reads: the underlying (index
    /// price) of each live series, the expiry entry (settlement price) of each expired one.
    /// </summary>
    private void RecordPriceReads(ReadOnlySpan<Position> positions)
    {
        int seen = 0;
        foreach (var p in positions)
        {
            if (p.IsEmpty) continue;
            if (p.Terms.Expiry <= Timestamp)
            {
                _state.RecordExpiryRead(p.Terms.Underlying, p.Terms.ExpiryDay);
                continue;
            }
            if ((seen & (1 << p.Terms.Underlying)) != 0) continue;
            seen |= 1 << p.Terms.Underlying;
            _state.RecordUnderlyingRead(p.Terms.Underlying);
        }
    }

    private void RequireMargin(AccountPlan plan, bool reducesRisk, string role)
    {
        RecordPriceReads(plan.Positions);
        if (!MarginEngine.TryCompute(_state, plan.Collateral, plan.Positions, Timestamp, out var m, out var reason))
            throw new Rejection(reason, $"{role} account {plan.Account.Id}: positions cannot be valued");
        if (reducesRisk)
            Rejection.If(!m.IsSolvent, RejectReason.InsufficientMargin, $"{role} account {plan.Account.Id} would be insolvent");
        else
            Rejection.If(!m.MeetsInitial, RejectReason.InsufficientMargin,
                $"{role} account {plan.Account.Id}: equity {m.Equity} below initial margin {m.Initial}");
    }
}
