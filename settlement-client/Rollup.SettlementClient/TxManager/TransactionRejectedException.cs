namespace Rollup.SettlementClient.TxManager;

/// <summary>The node refused the transaction for a reason sending again cannot fix; the nonce was released.</summary>
public sealed class TransactionRejectedException(string message, ulong nonce, Exception inner)
    : TransactionManagerException(message, nonce, inner);
