namespace Rollup.SettlementClient.Contracts.Rollup;

/// <summary>A queued priority request: the rolling hash after it and the time (L1 seconds) by which a batch must consume it.</summary>
public sealed record PriorityEntry(ulong Index, byte[] RollingHash, ulong Deadline);
