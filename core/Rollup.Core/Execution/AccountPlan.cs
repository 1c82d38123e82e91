using Rollup.Core.Fields;
using Rollup.Core.State;

namespace Rollup.Core.Execution;

/// <summary>
/// Staged changes to one account. Operations compute every plan, run every check against the
/// planned values, and only then commit, so a rejected operation never touches the state.
/// </summary>
internal sealed class AccountPlan
{
    private readonly Position[] _positions = new Position[Limits.PositionSlots];
    private readonly List<(uint Slot, FillSlot Fill)> _fills = new(2);
    private int _changedSlots;
    private bool _keyChanged;

    public AccountPlan(Account account)
    {
        Account = account;
        Collateral = account.Collateral;
        Nonce = account.Nonce;
        account.Positions.CopyTo(_positions);
    }

    public Account Account { get; }
    public ulong Collateral { get; private set; }
    public uint Nonce { get; private set; }
    public Fr KeyX { get; private set; }
    public Fr KeyY { get; private set; }

    public ReadOnlySpan<Position> Positions => _positions;

    public void Credit(ulong amount)
    {
        ulong next = Collateral + amount;
        Rejection.If(next < Collateral || next > Limits.MaxAmount, Operations.RejectReason.OutOfRange, $"collateral of account {Account.Id} would exceed 2^63-1");
        Collateral = next;
    }

    public void Debit(ulong amount)
    {
        Rejection.If(amount > Collateral, Operations.RejectReason.InsufficientCollateral, $"account {Account.Id} has {Collateral}, needs {amount}");
        Collateral -= amount;
    }

    public void IncrementNonce() => Nonce++;

    public void SetKey(in Fr x, in Fr y)
    {
        KeyX = x;
        KeyY = y;
        _keyChanged = true;
    }

    public void SetPosition(int slot, in Position position)
    {
        _positions[slot] = position;
        _changedSlots |= 1 << slot;
    }

    public void SetFill(uint slot, in FillSlot fill) => _fills.Add((slot, fill));

    public void Commit(RollupState state)
    {
        for (int i = 0; i < _positions.Length; i++)
            if ((_changedSlots & (1 << i)) != 0) state.SetPosition(Account, i, _positions[i]);
        foreach (var (slot, fill) in _fills) state.SetFill(Account, slot, fill);
        if (_keyChanged) RollupState.SetKey(Account, KeyX, KeyY);
        RollupState.SetCollateral(Account, Collateral);
        while (Account.Nonce != Nonce) RollupState.IncrementNonce(Account);
        state.CommitAccount(Account);
    }
}
