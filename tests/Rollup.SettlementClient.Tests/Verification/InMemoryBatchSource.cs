using System.Runtime.CompilerServices;
using Rollup.SettlementClient.Verification;

namespace Rollup.SettlementClient.Tests.Verification;

/// <summary>Test double for the L1 synchronizer: yields the given batches from the requested number on.</summary>
internal sealed class InMemoryBatchSource(IReadOnlyList<CommittedBatch> batches) : ICommittedBatchSource
{
    public List<ulong> Requests { get; } = new();

    public async IAsyncEnumerable<CommittedBatch> ReadBatchesAsync(ulong firstBatch, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        Requests.Add(firstBatch);
        foreach (var b in batches)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (b.Number < firstBatch) continue;
            await Task.Yield();
            yield return b;
        }
    }
}
