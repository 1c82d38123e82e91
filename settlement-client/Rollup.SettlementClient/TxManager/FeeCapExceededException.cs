using System.Numerics;

namespace Rollup.SettlementClient.TxManager;

/// <summary>
/// Including the transaction now needs a higher max fee per gas than the configured cap, so it was
/// not signed. Raise the cap or wait for lower fees.
/// </summary>
public sealed class FeeCapExceededException(BigInteger needed, BigInteger cap, string? label)
    : TransactionManagerException($"{label ?? "transaction"}: inclusion needs a max fee per gas of {needed} wei, above the cap of {cap} wei; nothing was sent")
{
    public BigInteger Needed { get; } = needed;
    public BigInteger Cap { get; } = cap;
}
