using Rollup.Core.Fields;
using Rollup.Core.Trees;

namespace Rollup.Core.State;

public sealed partial class RollupState
{
    public StateSnapshot ToSnapshot()
    {
        var accounts = new AccountSnapshot[_accounts.Count];
        int i = 0;
        foreach (var a in _accounts.Values.OrderBy(a => a.Id))
        {
            var fills = a.FillSlots.Select(kv => (kv.Key, kv.Value)).OrderBy(f => f.Key).ToArray();
            accounts[i++] = new AccountSnapshot(a.Id, a.PublicKeyX, a.PublicKeyY, a.L1Address, a.Nonce, a.Collateral, a.Positions.ToArray(), fills);
        }
        var expiries = _expiries.Select(kv => (kv.Key, kv.Value)).OrderBy(e => e.Key).ToArray();
        return new StateSnapshot(Config, PriorityCursor, NextAccountId, accounts, _series.ToArray(), _underlyings.ToArray(), expiries);
    }

    /// <summary>Rebuilds a state from a snapshot; throws if the snapshot is inconsistent with its own config.</summary>
    public static RollupState Restore(StateSnapshot snapshot)
    {
        var state = new RollupState(snapshot.Config, genesis: false);
        state.Load(snapshot);
        return state;
    }

    private void Load(StateSnapshot s)
    {
        if (s.Underlyings.Length != Limits.MaxUnderlyings) throw new ArgumentException("snapshot must hold all 16 underlying slots", nameof(s));
        var accountLeaves = new List<(ulong, Fr)>(s.Accounts.Length);
        foreach (var a in s.Accounts)
        {
            if (a.Id > _accountsTree.MaxIndex) throw new ArgumentException($"account {a.Id} does not fit the accounts tree", nameof(s));
            var account = new Account(a.Id, a.L1Address, Config.FillsDepth);
            account.Restore(a.PublicKeyX, a.PublicKeyY, a.Nonce, a.Collateral, a.Positions, a.Fills);
            _accounts.Add(a.Id, account);
            if (!a.L1Address.IsZero) _accountByAddress.TryAdd(a.L1Address, a.Id);
            accountLeaves.Add((a.Id, account.Leaf()));
        }
        _accountsTree.SetMany(accountLeaves);

        var seriesLeaves = new List<(ulong, Fr)>(s.Series.Length);
        for (int i = 0; i < s.Series.Length; i++)
        {
            _series.Add(s.Series[i]);
            _seriesByTerms.TryAdd(s.Series[i], (ushort)i);
            seriesLeaves.Add(((ulong)i, s.Series[i].Commitment()));
        }
        _seriesTree.SetMany(seriesLeaves);

        for (int i = 0; i < Limits.MaxUnderlyings; i++)
        {
            _underlyings[i] = s.Underlyings[i];
            if (s.Underlyings[i].IsListed) _underlyingsTree.Set((ulong)i, s.Underlyings[i].Leaf());
        }

        foreach (var (key, e) in s.Expiries)
        {
            _expiries[key] = e;
        }
        _expiriesTree.SetMany(s.Expiries.Select(e => (e.Key, e.State.Leaf())));
        PriorityCursor = s.PriorityCursor;
        NextAccountId = s.NextAccountId;
        _root = null;
    }
}
