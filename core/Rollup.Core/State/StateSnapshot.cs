namespace Rollup.Core.State;

/// <summary>
/// The whole state as plain records (docs/PROTOCOL.md §12): restoring it rebuilds every tree
/// with batched updates and yields the same root. Trees themselves are never persisted.
/// </summary>
public sealed record StateSnapshot(
    GenesisConfig Config,
    ulong PriorityCursor,
    uint NextAccountId,
    AccountSnapshot[] Accounts,
    SeriesTerms[] Series,
    UnderlyingState[] Underlyings,
    (ulong Key, ExpiryState State)[] Expiries);
