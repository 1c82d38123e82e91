namespace Rollup.Prover.Formats;

/// <summary>The section numbers and record sizes of a snarkjs Groth16 .zkey, shared by its reader and writer.</summary>
internal static class ZkeyLayout
{
    public const uint ProtocolSection = 1, HeaderSection = 2, IcSection = 3, CoefficientSection = 4,
        ASection = 5, B1Section = 6, B2Section = 7, CSection = 8, HSection = 9, ContributionSection = 10;

    public const int G1Bytes = 64, G2Bytes = 128, CoefficientBytes = 12 + SectionReader.FieldBytes;

    /// <summary>A contribution: δ after, s·G1, d·s·G1 (G1), d·sp (G2), 64-byte transcript, type, parameter length.</summary>
    public const int MinContributionBytes = 3 * G1Bytes + G2Bytes + 64 + 4 + 4;

    /// <summary>Contribution parameter tags as snarkjs numbers them; they appear in increasing order.</summary>
    public const byte NameParameter = 1, IterationsParameter = 2, BeaconHashParameter = 3;
}
