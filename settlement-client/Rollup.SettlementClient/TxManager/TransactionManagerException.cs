namespace Rollup.SettlementClient.TxManager;

/// <summary>Base of the transaction manager's typed failures; <see cref="Nonce"/> is set when one was involved.</summary>
public class TransactionManagerException : Exception
{
    public TransactionManagerException(string message, ulong? nonce = null, Exception? inner = null) : base(message, inner) => Nonce = nonce;

    public ulong? Nonce { get; }
}
