using System.Numerics;
using Rollup.Core.Ethereum;

namespace Rollup.SettlementClient.Contracts.Events;

/// <summary>WithdrawalClaimed: a pending balance was paid out.</summary>
public sealed record WithdrawalClaimedEvent(LogPosition Position, L1Address To, BigInteger Amount) : RollupEvent(Position);
