using Rollup.SettlementClient.Rpc;

namespace Rollup.SettlementClient.Sync;

public sealed partial class L1Synchronizer
{
    /// <summary>
    /// The cursor after each block, checking the contract's own ordering: priority requests by
    /// consecutive index from the cursor, commits of the next batch, reverts newest first down to
    /// the last proven batch, proofs of the next committed batch, executions of proven batches.
    /// A violation means events were lost or invented (a wrong start block, a broken node): fatal,
    /// and thrown before the sink sees any block of the range.
    /// </summary>
    private SyncCursor[] Order(IReadOnlyList<L1BlockEvents> blocks)
    {
        var cursors = new SyncCursor[blocks.Count];
        var c = _cursor;
        for (int i = 0; i < blocks.Count; i++)
        {
            var block = blocks[i];
            foreach (var request in block.PriorityRequests)
            {
                if (request.Index != c.NextPriorityIndex)
                    throw Fatal(block, $"priority request {request.Index} follows request {(c.NextPriorityIndex == 0 ? "none" : (c.NextPriorityIndex - 1).ToString())}: " +
                        (request.Index > c.NextPriorityIndex ? "a gap in the queue (is the start block the deployment block?)" : "a repeated index"));
                c = c with { NextPriorityIndex = c.NextPriorityIndex + 1 };
            }
            foreach (var update in block.Batches)
            {
                c = update switch
                {
                    BatchCommit when update.BatchNumber == c.LastCommittedBatch + 1 => c with { LastCommittedBatch = update.BatchNumber },
                    BatchRevert when update.BatchNumber == c.LastCommittedBatch && update.BatchNumber > c.LastProvenBatch =>
                        c with { LastCommittedBatch = update.BatchNumber - 1 },
                    BatchProof when update.BatchNumber == c.LastProvenBatch + 1 && update.BatchNumber <= c.LastCommittedBatch =>
                        c with { LastProvenBatch = update.BatchNumber },
                    BatchExecution when update.BatchNumber >= 1 && update.BatchNumber <= c.LastProvenBatch => c,
                    _ => throw Fatal(block, $"{update.GetType().Name} of batch {update.BatchNumber} is out of order " +
                        $"(last committed {c.LastCommittedBatch}, last proven {c.LastProvenBatch})"),
                };
            }
            cursors[i] = c;
        }
        return cursors;
    }

    private static L1SyncException Fatal(L1BlockEvents block, string message) => new(RpcErrorKind.Fatal, $"L1 block {block.Number}: {message}");
}
