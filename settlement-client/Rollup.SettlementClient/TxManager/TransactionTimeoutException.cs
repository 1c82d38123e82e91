namespace Rollup.SettlementClient.TxManager;

/// <summary>
/// No variant reached the confirmation depth within the receipt timeout. The transaction may still
/// land: its nonce stays unfinished in the journal and <see cref="TransactionManager.ResumeAsync"/>
/// (in this process or after a restart) keeps driving it.
/// </summary>
public sealed class TransactionTimeoutException(string message, ulong nonce, IReadOnlyList<byte[]> transactionHashes, Exception? lastError)
    : TransactionManagerException(message, nonce, lastError)
{
    /// <summary>Every variant signed for the nonce, oldest first.</summary>
    public IReadOnlyList<byte[]> TransactionHashes { get; } = transactionHashes;
}
