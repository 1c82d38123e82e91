using Rollup.SettlementClient.Abi;

namespace Rollup.SettlementClient.Contracts.Events;

/// <summary>
/// The settlement contract's events as declared in contracts/src (OptionsRollup, PriorityQueue,
/// PendingWithdrawals, Exodus). A test holds every declaration equal to the Hardhat artifact's
/// ABI (names, types, indexed flags and topic 0), so they cannot drift from the contract.
/// </summary>
public static class RollupEventAbi
{
    public const string PriorityRequestDeclaration =
        "PriorityRequest(uint64 indexed index, uint8 indexed kind, address indexed sender, bytes32 requestHash, bytes32 rollingHash, uint64 deadline, bytes fields)";
    public const string BatchCommittedDeclaration =
        "BatchCommitted(uint64 indexed batchNumber, uint256 newRoot, uint256 commitment, uint64 priorityFirst, uint64 priorityEnd)";
    public const string BatchProvenDeclaration = "BatchProven(uint64 indexed batchNumber, uint256 root, uint256 commitment)";
    public const string BatchRevertedDeclaration = "BatchReverted(uint64 indexed batchNumber, uint256 commitment)";
    public const string BatchExecutedDeclaration = "BatchExecuted(uint64 indexed batchNumber, uint64 credits, uint256 amount)";
    public const string WithdrawalCreditedDeclaration = "WithdrawalCredited(address indexed to, uint64 indexed batchNumber, uint64 amount)";
    public const string WithdrawalClaimedDeclaration = "WithdrawalClaimed(address indexed to, uint256 amount)";
    public const string ExodusActivatedDeclaration =
        "ExodusActivated(uint64 indexed overdueRequest, uint64 deadline, uint64 finalizedPriorityEnd, uint256 reclaimableDeposits)";
    public const string DepositReclaimedDeclaration = "DepositReclaimed(uint64 indexed index, address indexed to, uint64 amount)";
    public const string AccountExitedDeclaration = "AccountExited(uint32 indexed accountId, address indexed to, uint256 amount)";

    public static readonly AbiEvent PriorityRequest = EventDeclaration.Parse(PriorityRequestDeclaration);
    public static readonly AbiEvent BatchCommitted = EventDeclaration.Parse(BatchCommittedDeclaration);
    public static readonly AbiEvent BatchProven = EventDeclaration.Parse(BatchProvenDeclaration);
    public static readonly AbiEvent BatchReverted = EventDeclaration.Parse(BatchRevertedDeclaration);
    public static readonly AbiEvent BatchExecuted = EventDeclaration.Parse(BatchExecutedDeclaration);
    public static readonly AbiEvent WithdrawalCredited = EventDeclaration.Parse(WithdrawalCreditedDeclaration);
    public static readonly AbiEvent WithdrawalClaimed = EventDeclaration.Parse(WithdrawalClaimedDeclaration);
    public static readonly AbiEvent ExodusActivated = EventDeclaration.Parse(ExodusActivatedDeclaration);
    public static readonly AbiEvent DepositReclaimed = EventDeclaration.Parse(DepositReclaimedDeclaration);
    public static readonly AbiEvent AccountExited = EventDeclaration.Parse(AccountExitedDeclaration);

    /// <summary>Every event the decoder knows, the topic-0 filter of the synchronizer's eth_getLogs.</summary>
    public static IReadOnlyList<AbiEvent> All { get; } =
    [
        PriorityRequest, BatchCommitted, BatchProven, BatchReverted, BatchExecuted,
        WithdrawalCredited, WithdrawalClaimed, ExodusActivated, DepositReclaimed, AccountExited,
    ];
}
