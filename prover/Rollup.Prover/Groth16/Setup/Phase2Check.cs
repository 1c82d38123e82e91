namespace Rollup.Prover.Groth16.Setup;

/// <summary>The outcome of checking a phase-2 transcript; <see cref="ContributionIndex"/> names the failing record, or is -1.</summary>
public readonly record struct Phase2Check(Phase2Failure Failure, int ContributionIndex)
{
    public static Phase2Check Valid => new(Phase2Failure.None, -1);

    public bool IsValid => Failure == Phase2Failure.None;
}
