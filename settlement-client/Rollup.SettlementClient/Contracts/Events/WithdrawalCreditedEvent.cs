using Rollup.Core.Ethereum;

namespace Rollup.SettlementClient.Contracts.Events;

/// <summary>WithdrawalCredited: one credit of an executed batch.</summary>
public sealed record WithdrawalCreditedEvent(LogPosition Position, L1Address To, ulong BatchNumber, ulong Amount) : RollupEvent(Position);
