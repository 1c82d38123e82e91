namespace Rollup.Prover.Groth16.Setup;

/// <summary>snarkjs' contribution kinds: a secret contribution, or a public beacon whose key anyone can rederive.</summary>
public enum Phase2ContributionType : uint
{
    Contribution = 0,
    Beacon = 1,
}
