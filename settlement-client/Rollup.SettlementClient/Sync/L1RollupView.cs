using Rollup.SettlementClient.Contracts.Events;

namespace Rollup.SettlementClient.Sync;

/// <summary>
/// The rollup as the synchronized part of L1 shows it: the priority queue and every live batch
/// with its commit calldata and, once proven, its proof. Each entry remembers its block, so a
/// rewind drops exactly what the orphaned blocks added; a revert drops the reverted commits
/// (only unproven batches can be reverted). Safe to read while the
/// synchronizer applies blocks.
/// </summary>
public sealed class L1RollupView : IL1EventSink
{
    private readonly object _gate = new();
    private readonly List<PriorityRequestEvent> _requests = new();
    private readonly SortedDictionary<ulong, BatchCommit> _commits = new();
    private readonly Dictionary<ulong, BatchProof> _proofs = new();
    // Reverts are undone by a rewind too: the dropped commits come back.
    private readonly List<(ulong Block, BatchCommit Dropped)> _reverts = new();

    public int PriorityRequestCount
    {
        get
        {
            lock (_gate) return _requests.Count;
        }
    }

    /// <summary>Queue entries [first, end) as L1 holds them.</summary>
    public IReadOnlyList<PriorityRequestEvent> PriorityRequests(ulong first, ulong end)
    {
        lock (_gate)
        {
            if (first > end || end > (ulong)_requests.Count)
                throw new ArgumentOutOfRangeException(nameof(end), $"requests [{first}, {end}) are not all synchronized ({_requests.Count} are)");
            return _requests.GetRange((int)first, (int)(end - first));
        }
    }

    public ulong LastCommittedBatch
    {
        get
        {
            lock (_gate) return _commits.Count == 0 ? 0 : _commits.Keys.Max();
        }
    }

    public bool TryGetBatch(ulong number, out BatchCommit commit, out BatchProof? proof)
    {
        lock (_gate)
        {
            proof = _proofs.GetValueOrDefault(number);
            return _commits.TryGetValue(number, out commit!);
        }
    }

    public Task ApplyAsync(L1BlockEvents block, CancellationToken cancellation)
    {
        ArgumentNullException.ThrowIfNull(block);
        lock (_gate)
        {
            _requests.AddRange(block.PriorityRequests);
            foreach (var update in block.Batches)
            {
                switch (update)
                {
                    case BatchCommit commit:
                        _commits[commit.BatchNumber] = commit;
                        break;
                    case BatchProof proof:
                        _proofs[proof.BatchNumber] = proof;
                        break;
                    // The contract emits one BatchReverted per removed batch, newest first.
                    case BatchRevert revert when _commits.Remove(revert.BatchNumber, out var dropped):
                        _reverts.Add((block.Number, dropped));
                        break;
                }
            }
        }
        return Task.CompletedTask;
    }

    public Task RewindToAsync(ulong blockNumber, CancellationToken cancellation)
    {
        lock (_gate)
        {
            _requests.RemoveAll(r => r.Position.BlockNumber > blockNumber);
            foreach (var n in _proofs.Where(p => p.Value.Event.Position.BlockNumber > blockNumber).Select(p => p.Key).ToArray()) _proofs.Remove(n);
            foreach (var n in _commits.Where(c => c.Value.Event.Position.BlockNumber > blockNumber).Select(c => c.Key).ToArray()) _commits.Remove(n);
            for (int i = _reverts.Count - 1; i >= 0 && _reverts[i].Block > blockNumber; i--)
            {
                var c = _reverts[i].Dropped;
                if (c.Event.Position.BlockNumber <= blockNumber) _commits[c.BatchNumber] = c;
                _reverts.RemoveAt(i);
            }
        }
        return Task.CompletedTask;
    }
}
