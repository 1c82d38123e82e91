using Rollup.Core.Fields;
using Rollup.Core.Hashing;
using Rollup.Core.Trees;

namespace Rollup.Core.State;

// Deferred hashing, for re-executing published batches where no trace is recorded: changed
// accounts are only marked, and the next read of a root hashes each changed account once (its
// position and fill subtrees, then its leaf, accounts in parallel since their trees are
// disjoint) and writes all their leaves into the accounts tree with one SetMany, where every
// internal node above several changed accounts is hashed once. The roots are the same as with
// per-operation hashing; only the work between two reads differs.
public sealed partial class RollupState
{
    private readonly Dictionary<uint, Account> _pendingAccounts = new();
    private bool _deferHashing;

    /// <summary>
    /// When true, account updates are hashed when a root is next read instead of at every
    /// operation. Recording a trace flushes first and hashes immediately while it records.
    /// Turning it off flushes.
    /// </summary>
    public bool DeferHashing
    {
        get => _deferHashing;
        set
        {
            if (!value) FlushPendingHashes();
            _deferHashing = value;
        }
    }

    private bool Deferring => _deferHashing && _recorder is null;

    /// <summary>Hashes every deferred account update into the trees (a no-op when nothing is pending).</summary>
    public void FlushPendingHashes()
    {
        if (_pendingAccounts.Count == 0) return;
        var accounts = new Account[_pendingAccounts.Count];
        _pendingAccounts.Values.CopyTo(accounts, 0);
        _pendingAccounts.Clear();

        // Leaves of the changed position and fill slots, account by account (on every core).
        var pending = new ((ulong, Fr)[] Positions, (ulong, Fr)[] Fills)[accounts.Length];
        if (accounts.Length >= 2 && ParallelHashing.IsEnabled)
            ParallelHashing.For(accounts.Length, k => pending[k] = accounts[k].TakePendingLeaves());
        else
            for (int k = 0; k < accounts.Length; k++) pending[k] = accounts[k].TakePendingLeaves();

        // Every changed subtree of every account, hashed level by level together.
        var trees = new List<SparseMerkleTree>(2 * accounts.Length);
        var sets = new List<(ulong, Fr)[]>(2 * accounts.Length);
        for (int k = 0; k < accounts.Length; k++)
        {
            var (positions, fills) = accounts[k].PendingTrees;
            if (pending[k].Positions.Length > 0)
            {
                trees.Add(positions);
                sets.Add(pending[k].Positions);
            }
            if (pending[k].Fills.Length > 0)
            {
                trees.Add(fills);
                sets.Add(pending[k].Fills);
            }
        }
        SparseMerkleTree.SetManyAcross(trees, sets);

        // The account leaves, all at once.
        int arity = Account.LeafInputCount;
        var inputs = new Fr[accounts.Length * arity];
        for (int k = 0; k < accounts.Length; k++) accounts[k].LeafInputs(inputs.AsSpan(k * arity, arity));
        var hashes = new Fr[accounts.Length];
        ParallelHashing.ForRanges(accounts.Length, (from, to) =>
            Poseidon.HashMany(inputs.AsSpan(from * arity, (to - from) * arity), arity, hashes.AsSpan(from, to - from)));
        var leaves = new (ulong Index, Fr Leaf)[accounts.Length];
        for (int k = 0; k < accounts.Length; k++) leaves[k] = (accounts[k].Id, hashes[k]);
        _accountsTree.SetMany(leaves);
    }
}
