namespace Rollup.SettlementClient.Contracts.Events;

/// <summary>
/// The transaction behind a batch event does not hold the call the event implies.
/// <see cref="IsIndirectCall"/>: the transaction did not call the contract's function directly
/// (another target, e.g. a contract wallet, or another selector), so its input cannot be decoded
/// as that call. The sequencer must call commitBatch directly from an EOA.
/// </summary>
public sealed class BatchCalldataException(string message, bool isIndirectCall, Exception? inner = null) : Exception(message, inner)
{
    public bool IsIndirectCall { get; } = isIndirectCall;
}
