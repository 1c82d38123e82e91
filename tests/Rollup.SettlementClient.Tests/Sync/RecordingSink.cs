using Rollup.SettlementClient.Contracts.Events;
using Rollup.SettlementClient.Sync;

namespace Rollup.SettlementClient.Tests.Sync;

/// <summary>An event sink that keeps what it was given, forgetting rewound blocks as a real consumer must.</summary>
internal sealed class RecordingSink : IL1EventSink
{
    public List<L1BlockEvents> Blocks { get; } = new();
    public List<ulong> Rewinds { get; } = new();
    public int ApplyCalls { get; private set; }

    /// <summary>When set, the next ApplyAsync of that block throws (once), as a consumer failing to store it would.</summary>
    public ulong? FailOnceAt { get; set; }

    public IEnumerable<PriorityRequestEvent> PriorityRequests => Blocks.SelectMany(b => b.PriorityRequests);
    public IEnumerable<BatchUpdate> Batches => Blocks.SelectMany(b => b.Batches);

    public Task ApplyAsync(L1BlockEvents block, CancellationToken cancellation)
    {
        ApplyCalls++;
        if (FailOnceAt == block.Number)
        {
            FailOnceAt = null;
            throw new IOException($"sink could not store block {block.Number}");
        }
        if (Blocks.Count > 0) Assert.True(block.Number > Blocks[^1].Number, "blocks are applied in chain order");
        Blocks.Add(block);
        return Task.CompletedTask;
    }

    public Task RewindToAsync(ulong blockNumber, CancellationToken cancellation)
    {
        Rewinds.Add(blockNumber);
        Blocks.RemoveAll(b => b.Number > blockNumber);
        return Task.CompletedTask;
    }
}
