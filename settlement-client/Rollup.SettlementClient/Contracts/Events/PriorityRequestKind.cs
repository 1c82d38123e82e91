namespace Rollup.SettlementClient.Contracts.Events;

/// <summary>The request types of the priority queue (PriorityQueue.sol; docs/PROTOCOL.md §7).</summary>
public enum PriorityRequestKind : byte
{
    Deposit = 1,
    ForcedWithdrawal = 2,
    L1RegisterKey = 3,
}
