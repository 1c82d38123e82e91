using System.Numerics;
using Rollup.Core.Ethereum;

namespace Rollup.SettlementClient.Contracts.Events;

/// <summary>AccountExited: in exodus, an account's equity at the last finalized root was paid to its owner.</summary>
public sealed record AccountExitedEvent(LogPosition Position, uint AccountId, L1Address To, BigInteger Amount) : RollupEvent(Position);
