using Rollup.Prover.Curves;

namespace Rollup.Prover.Formats;

/// <summary>A .zkey's sizes and shared key points (sections 1 and 2), as both of <see cref="ZkeyReader"/>'s paths read them.</summary>
internal readonly record struct ZkeyHeader(int VariableCount, int PublicCount, int DomainSize,
    G1Affine Alpha1, G1Affine Beta1, G2Affine Beta2, G2Affine Gamma2, G1Affine Delta1, G2Affine Delta2);
