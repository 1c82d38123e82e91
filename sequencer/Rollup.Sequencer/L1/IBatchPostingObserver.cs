using Rollup.Core.Batches;
using Rollup.SettlementClient.Rpc;

namespace Rollup.Sequencer.L1;

/// <summary>What the <see cref="BatchPoster"/> reports as it sends (declared here, where the poster consumes it): the status records follow it.</summary>
public interface IBatchPostingObserver
{
    /// <summary>commitBatch is about to be sent for <paramref name="batch"/> (the transaction manager journals it before broadcasting).</summary>
    void CommitSending(Batch batch);

    /// <summary>The commit is mined and confirmed at the transaction manager's depth.</summary>
    void CommitMined(Batch batch, TransactionReceipt receipt);

    /// <summary>executeBatch for the batch's credits is mined and confirmed.</summary>
    void Executed(Batch batch, TransactionReceipt receipt);
}
