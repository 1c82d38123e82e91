using Rollup.SettlementClient.Contracts.Events;

namespace Rollup.SettlementClient.Sync;

/// <summary>
/// A finalized batch with its proof. <see cref="Call"/> is null when the proof was submitted
/// through another contract (anyone may prove, in any way; the contract has verified it).
/// </summary>
public sealed record BatchProof(BatchProvenEvent Event, ProveBatchCall? Call) : BatchUpdate(Event.BatchNumber);
