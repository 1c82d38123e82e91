namespace Rollup.SettlementClient.Transactions;

/// <summary>A raw transaction that is not a well-formed signed EIP-1559 transaction.</summary>
public sealed class TransactionException(string message) : FormatException(message);
