namespace Rollup.SettlementClient.TxManager;

/// <summary>The node serves another chain than the one the manager signs for: signing would produce transactions for the wrong chain.</summary>
public sealed class ChainIdMismatchException(ulong expected, ulong actual)
    : TransactionManagerException($"the node reports chain id {actual}, the manager is configured for {expected}")
{
    public ulong Expected { get; } = expected;
    public ulong Actual { get; } = actual;
}
