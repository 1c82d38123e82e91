using Rollup.Core.Execution;
using Rollup.Core.Fields;
using Rollup.Core.State;

namespace Rollup.SettlementClient.Verification;

/// <summary>
/// Rebuilds the rollup state from L1 and checks every committed batch (docs/SETTLEMENT_CLIENT.md,
/// "State verification"): batches in number order from genesis or a checkpoint, each
/// re-executed from its pubdata with Rollup.Core and compared with the posted root and
/// commitment, and its proof checked when there is one and a checker. The first bad batch stops
/// verification and leaves the state at the last good batch. Not thread-safe.
/// </summary>
public sealed partial class StateVerifier
{
    private readonly GenesisConfig _genesis;
    private readonly StateVerifierOptions _options;
    private readonly IProofChecker? _proofChecker;
    private StateTransition _stf;

    public StateVerifier(GenesisConfig genesis, StateVerifierOptions? options = null, IProofChecker? proofChecker = null)
        : this(genesis, options, proofChecker, null)
    {
    }

    private StateVerifier(GenesisConfig genesis, StateVerifierOptions? options, IProofChecker? proofChecker, VerificationCheckpoint? checkpoint)
    {
        ArgumentNullException.ThrowIfNull(genesis);
        _options = options ?? new StateVerifierOptions();
        _options.Validate();
        _genesis = genesis;
        _proofChecker = proofChecker;
        var genesisState = new RollupState(genesis);
        GenesisRoot = genesisState.Root;
        if (checkpoint is null)
        {
            _stf = NewTransition(genesisState);
            LastCommitment = Fr.Zero;
            return;
        }
        if (!checkpoint.GenesisRoot.Equals(GenesisRoot))
            throw new CheckpointException($"the checkpoint belongs to the deployment with genesis root {checkpoint.GenesisRoot}, not {GenesisRoot}");
        var snapshot = checkpoint.State with { Config = genesis };
        RollupState restored;
        try
        {
            restored = RollupState.Restore(snapshot);
        }
        catch (ArgumentException e)
        {
            throw new CheckpointException($"the checkpoint's state does not fit the genesis config: {e.Message}", e);
        }
        if (!restored.Root.Equals(checkpoint.Root))
            throw new CheckpointException($"the checkpoint's state hashes to {restored.Root}, not to its recorded root {checkpoint.Root}");
        _stf = NewTransition(restored);
        _base = snapshot;
        LastBatch = checkpoint.LastBatch;
        LastCommitment = checkpoint.LastCommitment;
        LastProvenBatch = checkpoint.LastProvenBatch;
        _checkpointedBatch = checkpoint.LastBatch;
    }

    /// <summary>Continues from a checkpoint; the run that follows gives what a run from genesis would.</summary>
    /// <exception cref="CheckpointException">The checkpoint is of another deployment or does not hash to its recorded root.</exception>
    public static StateVerifier Resume(GenesisConfig genesis, VerificationCheckpoint checkpoint, StateVerifierOptions? options = null, IProofChecker? proofChecker = null)
    {
        ArgumentNullException.ThrowIfNull(checkpoint);
        return new StateVerifier(genesis, options, proofChecker, checkpoint);
    }

    public Fr GenesisRoot { get; }

    /// <summary>The state after the last good batch (read-only use: mutating it voids every later verdict).</summary>
    public RollupState State => _stf.State;

    public Fr Root => _stf.State.Root;

    /// <summary>The last batch re-executed and found good; 0 before any.</summary>
    public ulong LastBatch { get; private set; }

    public Fr LastCommitment { get; private set; }

    /// <summary>The last good batch that came with its proof, i.e. the last finalized batch seen.</summary>
    public ulong LastProvenBatch { get; private set; }

    /// <summary>The report of the batch that stopped verification, or null.</summary>
    public BatchReport? Failure { get; private set; }

    public VerificationCheckpoint CreateCheckpoint() =>
        new(GenesisRoot, LastBatch, Root, LastCommitment, LastProvenBatch, State.ToSnapshot());

    private static StateTransition NewTransition(RollupState state)
    {
        // Nothing reads a root between two records, so each batch hashes every changed account once.
        state.DeferHashing = true;
        return new StateTransition(state) { CollectTrace = false };
    }
}
