using Rollup.Core.Ethereum;

namespace Rollup.SettlementClient.Transactions;

/// <summary>An EIP-2930 access-list entry: an address and the 32-byte storage keys it pre-warms.</summary>
public sealed record AccessListItem(L1Address Address, IReadOnlyList<byte[]> StorageKeys);
