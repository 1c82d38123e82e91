// SPDX-License-Identifier: MIT
pragma solidity 0.8.37;

import {IERC20} from "./collateral/IERC20.sol";
import {SafeCollateral} from "./collateral/SafeCollateral.sol";
import {PriorityQueue} from "./PriorityQueue.sol";
import {PubdataWalk} from "./PubdataWalk.sol";
import {IVerifier} from "./IVerifier.sol";
import {PendingWithdrawals} from "./PendingWithdrawals.sol";
import {RegisterKeyCheck} from "./RegisterKeyCheck.sol";
import {Governance} from "./Governance.sol";
import {Exodus} from "./Exodus.sol";
import {PoseidonT3} from "../generated/PoseidonT3.sol";
import {PoseidonT4} from "../generated/PoseidonT4.sol";
import {PoseidonT8} from "../generated/PoseidonT8.sol";

/// @title Settlement contract of the options rollup
/// @notice Holds the collateral, queues L1 priority requests, accepts batch commitments
///         recomputed from calldata exactly as Rollup.Core's BatchCommitment (docs/PROTOCOL.md §9)
///         finalizes them, in order, with a Groth16 proof over that commitment, and pays out the
///         withdrawals of finalized batches as pull payments.
contract OptionsRollup is Governance, PriorityQueue, PendingWithdrawals, Exodus {
    using SafeCollateral for IERC20;

    uint256 internal constant R = 21888242871839275222246405745257275088548364400416034343698204186575808495617;
    uint256 internal constant MAX_AMOUNT = (1 << 63) - 1;

    /// Timelocked proposal kinds (Governance.propose): the value is an address or a number.
    uint8 public constant SET_VERIFIER = 1;
    uint8 public constant SET_SEQUENCER = 2;
    uint8 public constant SET_GUARDIAN = 3;
    uint8 public constant SET_PRIORITY_DEADLINE = 4;

    struct Config {
        IERC20 collateral;
        IVerifier verifier;
        address sequencer;
        address governance;
        /// May pause (not unpause); zero for none.
        address guardian;
        uint256 genesisRoot;
        /// Seconds a batch has to consume a priority request (3 days in production, minutes on a devnet).
        uint64 priorityDeadlineSeconds;
        /// Seconds between a governance proposal and its execution (days in production).
        uint64 timelockDelay;
        /// The generated Poseidon contracts (tree nodes; leaves and the state root).
        PoseidonT3 poseidonT3;
        PoseidonT4 poseidonT4;
        PoseidonT8 poseidonT8;
        /// Depth of the accounts tree, as in the genesis configuration.
        uint8 accountsDepth;
    }

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
        /// keccak chain of the batch's L1 credits (PubdataWalk.chainCredit); zero if none.
        bytes32 creditsHash;
        uint64 priorityEnd;
        bool executed;
    }

    IERC20 public immutable collateral;
    IVerifier public verifier;
    uint256 private immutable _deployChainId;
    bytes32 private immutable _deployDomainSeparator;

    /// @notice Batch 0 is genesis: its root is the genesis root and it counts as proven.
    mapping(uint64 => StoredBatch) public batches;
    uint64 public lastCommittedBatch;
    /// @notice Batches up to this one are final: proven, in order, and never revertible.
    uint64 public lastProvenBatch;

    event BatchCommitted(uint64 indexed batchNumber, uint256 newRoot, uint256 commitment, uint64 priorityFirst, uint64 priorityEnd);
    event BatchProven(uint64 indexed batchNumber, uint256 root, uint256 commitment);
    event BatchReverted(uint64 indexed batchNumber, uint256 commitment);
    event BatchExecuted(uint64 indexed batchNumber, uint64 credits, uint256 amount);

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
    error BatchNotFinal(uint64 batchNumber, uint64 lastProven);
    error NothingToExecute(uint64 batchNumber);
    error BatchAlreadyExecuted(uint64 batchNumber);
    error CreditsMismatch(uint64 batchNumber, bytes32 expected, bytes32 given);

    constructor(Config memory config)
        Governance(config.governance, config.sequencer, config.guardian, config.timelockDelay)
        PriorityQueue(config.priorityDeadlineSeconds)
        Exodus(config.poseidonT3, config.poseidonT4, config.poseidonT8, config.accountsDepth)
    {
        if (
            address(config.collateral) == address(0) || address(config.verifier) == address(0) || config.sequencer == address(0)
                || config.governance == address(0)
        ) {
            revert ZeroAddress();
        }
        uint8 d = config.collateral.decimals();
        if (d != 6) revert CollateralNotSixDecimals(d);
        if (config.genesisRoot >= R) revert RootNotInField(config.genesisRoot);
        collateral = config.collateral;
        verifier = config.verifier;
        batches[0].root = config.genesisRoot;
        _deployChainId = block.chainid;
        _deployDomainSeparator = RegisterKeyCheck.domainSeparator(block.chainid, address(this));
    }

    function _collateral() internal view override returns (IERC20) {
        return collateral;
    }

    function _finalizedPriorityEnd() internal view override returns (uint64) {
        return batches[lastProvenBatch].priorityEnd;
    }

    function _finalizedRoot() internal view override returns (uint256) {
        return batches[lastProvenBatch].root;
    }

    function _checkProposal(uint8 kind, uint256 value) internal pure override {
        if (kind == SET_VERIFIER || kind == SET_SEQUENCER) {
            if (value == 0 || value >> 160 != 0) revert ZeroAddress();
        } else if (kind == SET_GUARDIAN) {
            if (value >> 160 != 0) revert ZeroAddress();
        } else if (kind == SET_PRIORITY_DEADLINE) {
            if (value == 0 || value > type(uint64).max) revert ZeroDeadline();
        } else {
            revert UnknownProposalKind(kind);
        }
    }

    function _applyProposal(uint8 kind, uint256 value) internal override {
        if (kind == SET_VERIFIER) verifier = IVerifier(address(uint160(value)));
        else if (kind == SET_SEQUENCER) sequencer = address(uint160(value));
        else if (kind == SET_GUARDIAN) guardian = address(uint160(value));
        else priorityDeadlineSeconds = uint64(value);
    }

    /// @notice The EIP-712 domain of RegisterKey signatures: this contract on the current chain
    ///         (recomputed after a fork changes the chain id, so signatures never replay across it).
    function domainSeparator() public view returns (bytes32) {
        if (block.chainid == _deployChainId) return _deployDomainSeparator;
        return RegisterKeyCheck.domainSeparator(block.chainid, address(this));
    }

    /// @notice The digest an L1 address signs to register an L2 key (docs/PROTOCOL.md §3.4).
    function registerKeyDigest(address account, uint256 l2PublicKeyX, uint256 l2PublicKeyY, uint64 nonce) external view returns (bytes32) {
        return RegisterKeyCheck.digest(domainSeparator(), account, l2PublicKeyX, l2PublicKeyY, nonce);
    }

    // ---- priority requests (docs/PROTOCOL.md §7.1-7.3) ----

    /// @notice Deposits `amount` micro-USD for the L2 account owned by `to`.
    function deposit(address to, uint64 amount) external whenNotPaused whenNotExodus returns (uint64 index) {
        if (to == address(0)) revert ZeroAddress();
        if (amount == 0 || amount > MAX_AMOUNT) revert AmountOutOfRange(amount);
        collateral.pullExact(msg.sender, amount);
        return _enqueue(DEPOSIT, abi.encodePacked(to, amount), amount);
    }

    /// @notice Asks the rollup to withdraw the free collateral of `accountId` to the caller.
    function forcedWithdrawal(uint32 accountId) external whenNotExodus returns (uint64 index) {
        return _enqueue(FORCED_WITHDRAWAL, abi.encodePacked(msg.sender, accountId), 0);
    }

    /// @notice Sets the L2 key (circomlib-packed Baby Jubjub point) of the caller's account.
    function registerKey(bytes32 packedKey) external whenNotExodus returns (uint64 index) {
        return _enqueue(L1_REGISTER_KEY, abi.encodePacked(msg.sender, packedKey), 0);
    }

    // ---- batches (docs/PROTOCOL.md §9) ----

    /// @notice Stores a batch's commitment after checking it continues the chain of batches,
    ///         consumes the priority queue in order, and that every L2 RegisterKey record is signed
    ///         by its L1 address. `keyXs` holds the x coordinate of each RegisterKey record's key,
    ///         in order (the record packs the key; see RegisterKeyCheck).
    function commitBatch(BatchHeader calldata header, bytes calldata pubdata, uint256[] calldata keyXs) external onlySequencer whenNotPaused whenNotExodus {
        uint64 expected = lastCommittedBatch + 1;
        if (header.batchNumber != expected) revert WrongBatchNumber(expected, header.batchNumber);
        uint256 previousRoot = batches[expected - 1].root;
        if (header.oldRoot != previousRoot) revert WrongPreviousRoot(previousRoot, header.oldRoot);
        if (header.newRoot >= R) revert RootNotInField(header.newRoot);
        uint64 queued = priorityCount();
        if (header.priorityFirst != priorityCommitted || header.priorityEnd < header.priorityFirst || header.priorityEnd > queued) {
            revert PriorityRangeMismatch(priorityCommitted, header.priorityFirst, header.priorityEnd, queued);
        }

        PubdataWalk.Summary memory walked = PubdataWalk.walk(pubdata, rollingHashAt(header.priorityFirst), domainSeparator(), keyXs);
        bytes32 expectedRolling = rollingHashAt(header.priorityEnd);
        if (walked.priorityCount != header.priorityEnd - header.priorityFirst || walked.rolling != expectedRolling) {
            revert PriorityOpsMismatch(expectedRolling, walked.rolling);
        }

        uint256 commitment = batchCommitment(header, pubdata);
        batches[expected] = StoredBatch(header.newRoot, commitment, walked.creditsHash, header.priorityEnd, false);
        lastCommittedBatch = expected;
        priorityCommitted = header.priorityEnd;
        emit BatchCommitted(expected, header.newRoot, commitment, header.priorityFirst, header.priorityEnd);
    }

    /// @notice Finalizes the next committed batch. Anyone may call: the proof alone decides.
    ///         Its single public input is the stored commitment, below 2^253 < r by construction.
    function proveBatch(uint64 batchNumber, Groth16Proof calldata proof) external whenNotPaused whenNotExodus {
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
    function revertBatches(uint64 toBatch) external onlySequencer whenNotExodus {
        uint64 last = lastCommittedBatch;
        if (toBatch < lastProvenBatch || toBatch >= last) revert RevertTargetOutOfRange(toBatch, lastProvenBatch, last);
        for (uint64 n = last; n > toBatch; --n) {
            emit BatchReverted(n, batches[n].commitment);
            delete batches[n];
        }
        lastCommittedBatch = toBatch;
        priorityCommitted = batches[toBatch].priorityEnd;
    }

    /// @notice Credits the L1 payouts of a finalized batch to pending balances, once. Anyone may
    ///         call; `credits` is the batch's credits in order, 28 bytes each (address, amount
    ///         u64), as creditsOf(pubdata) gives them, and must match the chain stored at commit.
    function executeBatch(uint64 batchNumber, bytes calldata credits) external {
        if (batchNumber == 0 || batchNumber > lastProvenBatch) revert BatchNotFinal(batchNumber, lastProvenBatch);
        StoredBatch storage b = batches[batchNumber];
        if (b.executed) revert BatchAlreadyExecuted(batchNumber);
        bytes32 expected = b.creditsHash;
        if (expected == 0) revert NothingToExecute(batchNumber);
        if (credits.length % PubdataWalk.CREDIT_BYTES != 0) revert CreditsMismatch(batchNumber, expected, 0);
        b.executed = true;

        bytes32 chained;
        uint256 total;
        uint256 count = credits.length / PubdataWalk.CREDIT_BYTES;
        for (uint256 i = 0; i < count; ++i) {
            uint256 o = i * PubdataWalk.CREDIT_BYTES;
            address to = address(bytes20(credits[o:o + 20]));
            uint64 amount = uint64(bytes8(credits[o + 20:o + 28]));
            chained = PubdataWalk.chainCredit(chained, to, amount);
            pendingWithdrawals[to] += amount;
            total += amount;
            emit WithdrawalCredited(to, batchNumber, amount);
        }
        // Checked after crediting so the list is read once; a mismatch reverts every credit.
        if (chained != expected) revert CreditsMismatch(batchNumber, expected, chained);
        totalPendingWithdrawals += total;
        emit BatchExecuted(batchNumber, uint64(count), total);
    }

    /// @notice A pubdata's L1 credits in executeBatch's format (for off-chain callers).
    function creditsOf(bytes calldata pubdata) external pure returns (bytes memory) {
        return PubdataWalk.credits(pubdata);
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
