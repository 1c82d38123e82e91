namespace Rollup.SettlementClient.TxManager;

/// <summary>The journal cannot be read (corrupt beyond a torn last line) or belongs to another key or chain.</summary>
public sealed class TransactionJournalException(string message, Exception? inner = null) : Exception(message, inner);
