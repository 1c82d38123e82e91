// SPDX-License-Identifier: MIT
pragma solidity 0.8.37;

import {IERC20} from "./collateral/IERC20.sol";
import {SafeCollateral} from "./collateral/SafeCollateral.sol";
import {PriorityQueue} from "./PriorityQueue.sol";
import {PubdataWalk} from "./PubdataWalk.sol";
import {IVerifier} from "./IVerifier.sol";

/// @title Settlement contract of the options rollup (partial: no exodus, roles or pause yet)
/// @notice Holds the collateral, queues L1 priority requests, accepts batch commitments
///         recomputed from calldata exactly as Rollup.Core's BatchCommitment (docs/PROTOCOL.md §9)
///         and finalizes them, in order, with a Groth16 proof over that commitment.
contract OptionsRollup is PriorityQueue {
    using SafeCollateral for IERC20;

    uint256 internal constant R = 21888242871839275222246405745257275088548364400416034343698204186575808495617;
    uint256 internal constant MAX_AMOUNT = (1 << 63) - 1;

    struct BatchHeader {
        uint64 batchNumber;
        uint64 priorityFirst;
        uint64 priorityEnd;
        uint256 oldRoot;
        uint256 newRoot;
    }

    /// @notice A Groth16 proof in snarkjs' calling convention (G2 coordinates as (c1, c0)).
    struct Groth16Proof {
        uint256[2] a;
        uint256[2][2] b;
        uint256[2] c;
    }

    struct StoredBatch {
        uint256 root;
        uint256 commitment;
        uint64 priorityEnd;
    }

    IERC20 public immutable collateral;
    IVerifier public immutable verifier;
    address public immutable sequencer;

    /// @notice Batch 0 is genesis: its root is the genesis root and it counts as proven.
    mapping(uint64 => StoredBatch) public batches;
    uint64 public lastCommittedBatch;
    /// @notice Batches up to this one are final: proven, in order, and never revertible.
    uint64 public lastProvenBatch;

    event BatchCommitted(uint64 indexed batchNumber, uint256 newRoot, uint256 commitment, uint64 priorityFirst, uint64 priorityEnd);
    event BatchProven(uint64 indexed batchNumber, uint256 root, uint256 commitment);
    event BatchReverted(uint64 indexed batchNumber, uint256 commitment);

    error NotSequencer(address caller);
    error CollateralNotSixDecimals(uint8 decimals);
    error AmountOutOfRange(uint256 amount);
    error ZeroAddress();
    error WrongBatchNumber(uint64 expected, uint64 got);
    error WrongPreviousRoot(uint256 expected, uint256 got);
    error RootNotInField(uint256 root);
    error PriorityRangeMismatch(uint64 expectedFirst, uint64 first, uint64 end, uint64 queued);
    error PriorityOpsMismatch(bytes32 expectedRollingHash, bytes32 pubdataRollingHash);
    error UnknownBatch(uint64 batchNumber, uint64 lastCommitted);
    error BatchAlreadyProven(uint64 batchNumber, uint64 lastProven);
    error BatchOutOfOrder(uint64 expected, uint64 got);
    error InvalidProof(uint64 batchNumber);
    error RevertTargetOutOfRange(uint64 toBatch, uint64 lastProven, uint64 lastCommitted);

    modifier onlySequencer() {
        if (msg.sender != sequencer) revert NotSequencer(msg.sender);
        _;
    }

    constructor(
        IERC20 collateralToken,
        IVerifier batchVerifier,
        address sequencerAddress,
        uint256 genesisRoot,
        uint64 priorityDeadlineSeconds_
    ) PriorityQueue(priorityDeadlineSeconds_) {
        if (address(collateralToken) == address(0) || address(batchVerifier) == address(0) || sequencerAddress == address(0)) {
            revert ZeroAddress();
        }
        uint8 d = collateralToken.decimals();
        if (d != 6) revert CollateralNotSixDecimals(d);
        if (genesisRoot >= R) revert RootNotInField(genesisRoot);
        collateral = collateralToken;
        verifier = batchVerifier;
        sequencer = sequencerAddress;
        batches[0].root = genesisRoot;
    }

    // ---- priority requests (docs/PROTOCOL.md §7.1-7.3) ----

    /// @notice Deposits `amount` micro-USD for the L2 account owned by `to`.
    function deposit(address to, uint64 amount) external returns (uint64 index) {
        if (to == address(0)) revert ZeroAddress();
        if (amount == 0 || amount > MAX_AMOUNT) revert AmountOutOfRange(amount);
        collateral.pullExact(msg.sender, amount);
        return _enqueue(DEPOSIT, abi.encodePacked(to, amount));
    }

    /// @notice Asks the rollup to withdraw the free collateral of `accountId` to the caller.
    function forcedWithdrawal(uint32 accountId) external returns (uint64 index) {
        return _enqueue(FORCED_WITHDRAWAL, abi.encodePacked(msg.sender, accountId));
    }

    /// @notice Sets the L2 key (circomlib-packed Baby Jubjub point) of the caller's account.
    function registerKey(bytes32 packedKey) external returns (uint64 index) {
        return _enqueue(L1_REGISTER_KEY, abi.encodePacked(msg.sender, packedKey));
    }

    // ---- batches (docs/PROTOCOL.md §9) ----

    /// @notice Stores a batch's commitment after checking it continues the chain of batches and
    ///         consumes the priority queue in order.
    function commitBatch(BatchHeader calldata header, bytes calldata pubdata) external onlySequencer {
        uint64 expected = lastCommittedBatch + 1;
        if (header.batchNumber != expected) revert WrongBatchNumber(expected, header.batchNumber);
        uint256 previousRoot = batches[expected - 1].root;
        if (header.oldRoot != previousRoot) revert WrongPreviousRoot(previousRoot, header.oldRoot);
        if (header.newRoot >= R) revert RootNotInField(header.newRoot);
        uint64 queued = priorityCount();
        if (header.priorityFirst != priorityCommitted || header.priorityEnd < header.priorityFirst || header.priorityEnd > queued) {
            revert PriorityRangeMismatch(priorityCommitted, header.priorityFirst, header.priorityEnd, queued);
        }

        (bytes32 rolling, uint64 consumed) = PubdataWalk.priorityRollingHash(pubdata, rollingHashAt(header.priorityFirst));
        bytes32 expectedRolling = rollingHashAt(header.priorityEnd);
        if (consumed != header.priorityEnd - header.priorityFirst || rolling != expectedRolling) {
            revert PriorityOpsMismatch(expectedRolling, rolling);
        }

        uint256 commitment = batchCommitment(header, pubdata);
        batches[expected] = StoredBatch(header.newRoot, commitment, header.priorityEnd);
        lastCommittedBatch = expected;
        priorityCommitted = header.priorityEnd;
        emit BatchCommitted(expected, header.newRoot, commitment, header.priorityFirst, header.priorityEnd);
    }

    /// @notice Finalizes the next committed batch. Anyone may call: the proof alone decides.
    ///         Its single public input is the stored commitment, below 2^253 < r by construction.
    function proveBatch(uint64 batchNumber, Groth16Proof calldata proof) external {
        uint64 proven = lastProvenBatch;
        if (batchNumber > lastCommittedBatch) revert UnknownBatch(batchNumber, lastCommittedBatch);
        if (batchNumber <= proven) revert BatchAlreadyProven(batchNumber, proven);
        if (batchNumber != proven + 1) revert BatchOutOfOrder(proven + 1, batchNumber);
        StoredBatch storage b = batches[batchNumber];
        uint256 commitment = b.commitment;
        if (!verifier.verifyProof(proof.a, proof.b, proof.c, [commitment])) revert InvalidProof(batchNumber);
        lastProvenBatch = batchNumber;
        emit BatchProven(batchNumber, b.root, commitment);
    }

    /// @notice Drops the committed but unproven batches after `toBatch` (newest first). The
    ///         priority requests they consumed become pending again, so the next batch must
    ///         consume them from where `toBatch` stopped.
    function revertBatches(uint64 toBatch) external onlySequencer {
        uint64 last = lastCommittedBatch;
        if (toBatch < lastProvenBatch || toBatch >= last) revert RevertTargetOutOfRange(toBatch, lastProvenBatch, last);
        for (uint64 n = last; n > toBatch; --n) {
            emit BatchReverted(n, batches[n].commitment);
            delete batches[n];
        }
        lastCommittedBatch = toBatch;
        priorityCommitted = batches[toBatch].priorityEnd;
    }

    /// @notice The proof's public input: SHA-256 over old root, new root, batch number, priority
    ///         range and pubdata, with the top three bits cleared so it is below r.
    function batchCommitment(BatchHeader calldata header, bytes calldata pubdata) public pure returns (uint256) {
        bytes32 digest = sha256(
            abi.encodePacked(header.oldRoot, header.newRoot, header.batchNumber, header.priorityFirst, header.priorityEnd, pubdata)
        );
        return uint256(digest) & ((1 << 253) - 1);
    }
}
