// SPDX-License-Identifier: MIT
pragma solidity 0.8.37;

/// @notice Roles, a timelock on parameter changes and a pause.
///         - The sequencer commits and reverts batches.
///         - Governance changes parameters only through the timelock: propose, wait at least
///           `timelockDelay` seconds, execute (once); it can cancel a proposal before that.
///         - Governance or the guardian can pause; only governance unpauses. The pause stops what
///           brings value or state in (commit, prove, deposits) and nothing a user needs to get
///           out: claims, executing finalized batches, forced withdrawal requests, exodus.
///           A pause that lasts past a priority deadline therefore lets anyone switch on exodus.
abstract contract Governance {
    enum ProposalState {
        None,
        Pending,
        Executed,
        Cancelled
    }

    struct Proposal {
        uint8 kind;
        ProposalState state;
        uint64 eta;
        uint256 value;
    }

    /// @notice Seconds between a proposal and its earliest execution (fixed at deployment).
    uint64 public immutable timelockDelay;
    address public immutable governance;
    // sequencer and paused share a slot: commitBatch reads both.
    address public sequencer;
    bool public paused;
    address public guardian;

    uint256 public proposalCount;
    mapping(uint256 => Proposal) public proposals;

    event ProposalCreated(uint256 indexed id, uint8 indexed kind, uint256 value, uint64 eta);
    event ProposalExecuted(uint256 indexed id, uint8 indexed kind, uint256 value);
    event ProposalCancelled(uint256 indexed id);
    event Paused(address indexed by);
    event Unpaused(address indexed by);

    error NotSequencer(address caller);
    error NotGovernance(address caller);
    error NotPauser(address caller);
    error IsPaused();
    error NotPaused();
    error UnknownProposalKind(uint8 kind);
    error ProposalNotPending(uint256 id, ProposalState state);
    error TimelockNotElapsed(uint256 id, uint64 eta, uint64 now_);

    modifier onlySequencer() {
        if (msg.sender != sequencer) revert NotSequencer(msg.sender);
        _;
    }

    modifier onlyGovernance() {
        if (msg.sender != governance) revert NotGovernance(msg.sender);
        _;
    }

    modifier whenNotPaused() {
        if (paused) revert IsPaused();
        _;
    }

    constructor(address governance_, address sequencer_, address guardian_, uint64 timelockDelay_) {
        governance = governance_;
        sequencer = sequencer_;
        guardian = guardian_;
        timelockDelay = timelockDelay_;
    }

    /// @notice Queues a parameter change; `value` is an address or a number as `kind` reads it.
    function propose(uint8 kind, uint256 value) external onlyGovernance returns (uint256 id) {
        _checkProposal(kind, value);
        id = ++proposalCount;
        uint64 eta = uint64(block.timestamp) + timelockDelay;
        proposals[id] = Proposal(kind, ProposalState.Pending, eta, value);
        emit ProposalCreated(id, kind, value, eta);
    }

    /// @notice Applies a pending proposal once its delay has passed. Each proposal runs once.
    function executeProposal(uint256 id) external onlyGovernance {
        Proposal storage p = proposals[id];
        if (p.state != ProposalState.Pending) revert ProposalNotPending(id, p.state);
        if (block.timestamp < p.eta) revert TimelockNotElapsed(id, p.eta, uint64(block.timestamp));
        p.state = ProposalState.Executed;
        _applyProposal(p.kind, p.value);
        emit ProposalExecuted(id, p.kind, p.value);
    }

    function cancelProposal(uint256 id) external onlyGovernance {
        Proposal storage p = proposals[id];
        if (p.state != ProposalState.Pending) revert ProposalNotPending(id, p.state);
        p.state = ProposalState.Cancelled;
        emit ProposalCancelled(id);
    }

    function pause() external {
        if (msg.sender != governance && msg.sender != guardian) revert NotPauser(msg.sender);
        if (paused) revert IsPaused();
        paused = true;
        emit Paused(msg.sender);
    }

    function unpause() external onlyGovernance {
        if (!paused) revert NotPaused();
        paused = false;
        emit Unpaused(msg.sender);
    }

    /// @dev Reverts for a kind or value the contract would refuse to apply, so a bad proposal
    ///      fails when made, not after the delay.
    function _checkProposal(uint8 kind, uint256 value) internal view virtual;

    function _applyProposal(uint8 kind, uint256 value) internal virtual;
}
