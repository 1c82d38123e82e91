namespace Rollup.SettlementClient.Contracts.Events;

/// <summary>A decoded proveBatch(batchNumber, proof) call.</summary>
public sealed record ProveBatchCall(ulong BatchNumber, Groth16ProofCalldata Proof);
