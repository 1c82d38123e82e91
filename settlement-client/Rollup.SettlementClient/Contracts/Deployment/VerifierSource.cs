using Rollup.Core.Ethereum;

namespace Rollup.SettlementClient.Contracts.Deployment;

/// <summary>Where the Groth16 verifier comes from: an artifact to deploy, raw creation bytecode to deploy, or a contract already on chain.</summary>
public abstract record VerifierSource
{
    private VerifierSource()
    {
    }

    /// <summary>A contract compiled by Hardhat, such as BatchProofVerifier.</summary>
    public sealed record FromArtifact(string ContractName) : VerifierSource
    {
        public override string ToString() => $"artifact {ContractName}";
    }

    /// <summary>Init code as a compiler emitted it (e.g. solc output of a generated verifier); it must take no constructor arguments.</summary>
    public sealed record FromCreationCode(byte[] CreationCode) : VerifierSource
    {
        public override string ToString() => $"creation code ({CreationCode.Length} bytes)";
    }

    /// <summary>A verifier already deployed; it must have code on the target chain.</summary>
    public sealed record Existing(L1Address Address) : VerifierSource
    {
        public override string ToString() => $"existing {Address}";
    }
}
