namespace Rollup.SettlementClient.TxManager;

internal enum BroadcastOutcome
{
    /// <summary>The node took it, already had it, or one of the nonce's variants is mined.</summary>
    Accepted,
    /// <summary>The call failed in transport: the node may or may not have it.</summary>
    Unknown,
    Underpriced,
    /// <summary>The nonce is used on chain and no variant of ours has a receipt.</summary>
    NonceUsed,
    InsufficientFunds,
    Refused,
}
