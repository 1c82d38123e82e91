using Rollup.Core.Ethereum;
using Rollup.Core.Execution;
using Rollup.Core.Fields;
using Rollup.Core.Hashing;

namespace Rollup.Core.State;

// Every mutation records what it touched when a trace is being recorded. These run only
// after all checks of an operation have passed.
public sealed partial class RollupState
{
    internal void BeginTrace(List<TraceEntry> entries)
    {
        // A trace witnesses every tree update against the current roots, so nothing may be pending.
        FlushPendingHashes();
        _recorder = entries;
    }

    internal void EndTrace() => _recorder = null;

    private void Record(TraceEntry entry) => _recorder?.Add(entry);

    internal void RecordAccountRead(uint id)
    {
        if (_recorder is null) return;
        FlushPendingHashes();
        Record(TraceEntry.FromProof(TreeId.Accounts, id, _accountsTree.GetProof(id), _accountsTree.Root));
    }

    internal void RecordSeriesRead(ushort index)
    {
        if (_recorder is null) return;
        Record(TraceEntry.FromProof(TreeId.Series, 0, _seriesTree.GetProof(index), _seriesTree.Root));
    }

    internal void RecordUnderlyingRead(byte id)
    {
        if (_recorder is null) return;
        Record(TraceEntry.FromProof(TreeId.Underlyings, 0, _underlyingsTree.GetProof(id), _underlyingsTree.Root));
    }

    internal void RecordExpiryRead(byte underlying, ushort day)
    {
        if (_recorder is null) return;
        var key = ExpiryState.Key(underlying, day);
        Record(TraceEntry.FromProof(TreeId.Expiries, 0, _expiriesTree.GetProof(key), _expiriesTree.Root));
    }

    internal void RecordOracleRead(byte index)
    {
        if (_recorder is null) return;
        Record(TraceEntry.FromProof(TreeId.Oracles, 0, _oraclesTree.GetProof(index), _oraclesTree.Root));
    }

    internal Account CreateAccount(L1Address owner)
    {
        uint id = NextAccountId;
        var account = new Account(id, owner, Config.FillsDepth);
        _accounts.Add(id, account);
        if (!owner.IsZero) _accountByAddress.TryAdd(owner, id);
        NextAccountId = id + 1;
        CommitAccount(account);
        return account;
    }

    internal void SetPosition(Account account, int slot, in Position position)
    {
        if (Deferring)
        {
            account.SetPositionDeferred(slot, position);
            return;
        }
        var u = account.SetPosition(slot, position);
        Record(TraceEntry.FromUpdate(TreeId.Positions, account.Id, u));
    }

    internal void SetFill(Account account, uint slot, in FillSlot fill)
    {
        if (Deferring)
        {
            account.SetFillDeferred(slot, fill);
            return;
        }
        var u = account.SetFill(slot, fill);
        Record(TraceEntry.FromUpdate(TreeId.Fills, account.Id, u));
    }

    internal static void SetKey(Account account, in Fr x, in Fr y)
    {
        account.PublicKeyX = x;
        account.PublicKeyY = y;
    }

    internal static void SetCollateral(Account account, ulong collateral) => account.Collateral = collateral;

    internal static void IncrementNonce(Account account) => account.Nonce++;

    /// <summary>Writes the account's leaf into the accounts tree; call after changing its fields or subtrees.</summary>
    internal void CommitAccount(Account account)
    {
        _root = null;
        if (Deferring)
        {
            _pendingAccounts.TryAdd(account.Id, account);
            return;
        }
        FlushPendingHashes();
        var u = _accountsTree.Set(account.Id, account.Leaf());
        Record(TraceEntry.FromUpdate(TreeId.Accounts, account.Id, u));
    }

    internal ushort AddSeries(in SeriesTerms terms)
    {
        _root = null;
        var index = (ushort)_series.Count;
        _series.Add(terms);
        _seriesByTerms.Add(terms, index);
        Record(TraceEntry.FromUpdate(TreeId.Series, 0, _seriesTree.Set(index, terms.Commitment())));
        return index;
    }

    internal void SetUnderlying(byte id, in UnderlyingState state)
    {
        _root = null;
        _underlyings[id] = state;
        Record(TraceEntry.FromUpdate(TreeId.Underlyings, 0, _underlyingsTree.Set(id, state.Leaf())));
    }

    internal void SetExpiry(byte underlying, ushort day, in ExpiryState state)
    {
        _root = null;
        var key = ExpiryState.Key(underlying, day);
        if (state.IsEmpty) _expiries.Remove(key);
        else _expiries[key] = state;
        Record(TraceEntry.FromUpdate(TreeId.Expiries, 0, _expiriesTree.Set(key, state.Leaf())));
    }

    internal void AdvancePriorityCursor()
    {
        _root = null;
        PriorityCursor++;
    }

    internal Account GetOrCreateAccount(L1Address owner, out bool created)
    {
        var existing = FindAccount(owner);
        created = existing is null;
        return existing ?? CreateAccount(owner);
    }

    internal bool CanCreateAccount => NextAccountId <= _accountsTree.MaxIndex;

    /// <summary>Poseidon(keyX, keyY): the oracle leaf.</summary>
    internal static Fr OracleLeaf(in Fr x, in Fr y) => Poseidon.Hash(x, y);
}
