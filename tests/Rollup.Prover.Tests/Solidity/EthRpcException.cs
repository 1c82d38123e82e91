namespace Rollup.Prover.Tests.Solidity;

/// <summary>A JSON-RPC error answer (a revert included) or a reverted transaction.</summary>
internal sealed class EthRpcException(string message) : Exception(message);
