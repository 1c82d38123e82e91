namespace Rollup.SettlementClient.TxManager;

/// <summary>
/// Durable record of what the manager signed, so a restart knows which transactions may be in
/// flight. Declared here, where the manager consumes it; one journal per key and chain.
/// </summary>
public interface ITransactionJournal
{
    /// <summary>Every record written so far, oldest first. A torn last record (a crash mid-write) is dropped.</summary>
    Task<IReadOnlyList<JournalRecord>> LoadAsync(CancellationToken cancellation = default);

    /// <summary>Appends the record; it is on stable storage when the task completes (the manager broadcasts only then).</summary>
    Task AppendAsync(JournalRecord record, CancellationToken cancellation = default);
}
