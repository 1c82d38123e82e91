namespace Rollup.Sequencer.Hosting;

/// <summary>The settlement chain. Without <see cref="RpcUrl"/> the sequencer runs without L1 (no posting, no deposits).</summary>
public sealed class L1Options
{
    /// <summary>HTTP(S) JSON-RPC endpoint of the L1 node.</summary>
    public string? RpcUrl { get; set; }

    /// <summary>deployment.json of the rollup contracts (as `rollup devnet` or scripts/deploy-rollup.mjs writes it).</summary>
    public string? DeploymentFile { get; set; }

    /// <summary>genesis.json the contract was deployed with; the database is bound to its root.</summary>
    public string? GenesisFile { get; set; }

    /// <summary>Blocks on top of an L1 event before the sequencer acts on it.</summary>
    public int Confirmations { get; set; } = 2;

    /// <summary>The contracts' Hardhat artifacts (ABIs for the bindings); empty searches for contracts/artifacts above the executable.</summary>
    public string? ArtifactsDirectory { get; set; }
}
