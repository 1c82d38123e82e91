using System.Runtime.CompilerServices;
using Rollup.Core.Fields;
using Rollup.SettlementClient.Primitives;
using Rollup.SettlementClient.Rpc;
using Rollup.SettlementClient.Verification;
using VerifiedProof = Rollup.SettlementClient.Verification.BatchProof;

namespace Rollup.SettlementClient.Sync;

/// <summary>
/// The committed batches of a deployment as L1 holds them now, for the state verifier: it
/// synchronizes every confirmed block from the deployment block into an <see cref="L1RollupView"/>
/// and yields the live batches in order, each with its commit calldata and, once proven, the
/// proof of its proveBatch call.
/// </summary>
public sealed class L1CommittedBatchSource(EthClient eth, L1SyncOptions options) : ICommittedBatchSource
{
    private readonly L1RollupView _view = new();
    private L1Synchronizer? _synchronizer;

    /// <summary>The view the last read synchronized.</summary>
    public L1RollupView View => _view;

    /// <summary>The last block the last read covered.</summary>
    public ulong? SyncedThrough { get; private set; }

    /// <summary>The node's head at the last read.</summary>
    public ulong Head { get; private set; }

    /// <summary>Brings the view up to the confirmed head.</summary>
    public async Task<L1SyncProgress> SyncAsync(CancellationToken cancellation = default)
    {
        _synchronizer ??= new L1Synchronizer(eth, options, _view);
        var progress = await _synchronizer.SyncOnceAsync(cancellation);
        SyncedThrough = progress.ProcessedThrough;
        Head = progress.Head;
        return progress;
    }

    public async IAsyncEnumerable<CommittedBatch> ReadBatchesAsync(ulong firstBatch, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        await SyncAsync(cancellationToken);
        for (ulong n = firstBatch; _view.TryGetBatch(n, out var commit, out var proof); n++)
        {
            var header = commit.Call.Header;
            VerifiedProof? verified = proof?.Call is { } call
                ? VerifiedProof.FromContractWords(call.Proof.A, call.Proof.B.Select(row => (IReadOnlyList<System.Numerics.BigInteger>)row).ToArray(), call.Proof.C)
                : null;
            yield return new CommittedBatch(
                n,
                header.PriorityFirst,
                header.PriorityEnd,
                Fr.FromBigInteger(header.OldRoot),
                Fr.FromBigInteger(header.NewRoot),
                Fr.FromBigInteger(commit.Event.Commitment),
                commit.Call.Pubdata,
                commit.Event.Position.BlockNumber,
                Hex.Encode(commit.Event.Position.TransactionHash),
                verified);
        }
    }
}
