using Rollup.SettlementClient.Rpc;

namespace Rollup.SettlementClient.TxManager;

/// <summary>How a broadcast went, with the node's error when it refused or could not be reached.</summary>
internal readonly record struct BroadcastResult(BroadcastOutcome Outcome, RpcException? Error = null);
