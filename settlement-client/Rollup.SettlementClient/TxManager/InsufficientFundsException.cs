namespace Rollup.SettlementClient.TxManager;

/// <summary>The sender cannot pay value plus gas limit times max fee; the nonce was released and nothing is pending.</summary>
public sealed class InsufficientFundsException(string message, ulong? nonce, Exception? inner)
    : TransactionManagerException(message, nonce, inner);
