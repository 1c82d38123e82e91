using System.Numerics;

namespace Rollup.SettlementClient.Verification;

/// <summary>
/// A Groth16 proof over BN254 as affine coordinates, in snarkjs' order: A = (x, y), C = (x, y) in
/// G1 and B = ((x.c0, x.c1), (y.c0, y.c1)) in G2. The contract's proveBatch takes B with each
/// Fp2 coordinate as (c1, c0), the precompile order: <see cref="FromContractWords"/> converts.
/// Whether the points are on their curves is the checker's question, not this type's.
/// </summary>
public sealed record BatchProof
{
    public BatchProof(BigInteger ax, BigInteger ay, BigInteger bx0, BigInteger bx1, BigInteger by0, BigInteger by1, BigInteger cx, BigInteger cy)
    {
        foreach (var v in (ReadOnlySpan<BigInteger>)[ax, ay, bx0, bx1, by0, by1, cx, cy])
            if (v.Sign < 0 || v.GetBitLength() > 256) throw new ArgumentOutOfRangeException(nameof(ax), "proof coordinates are 256-bit unsigned words");
        Ax = ax;
        Ay = ay;
        Bx0 = bx0;
        Bx1 = bx1;
        By0 = by0;
        By1 = by1;
        Cx = cx;
        Cy = cy;
    }

    public BigInteger Ax { get; }
    public BigInteger Ay { get; }
    public BigInteger Bx0 { get; }
    public BigInteger Bx1 { get; }
    public BigInteger By0 { get; }
    public BigInteger By1 { get; }
    public BigInteger Cx { get; }
    public BigInteger Cy { get; }

    /// <summary>From proveBatch's (uint256[2] a, uint256[2][2] b, uint256[2] c), where b[i] = (c1, c0).</summary>
    public static BatchProof FromContractWords(IReadOnlyList<BigInteger> a, IReadOnlyList<IReadOnlyList<BigInteger>> b, IReadOnlyList<BigInteger> c)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        ArgumentNullException.ThrowIfNull(c);
        if (a.Count != 2 || c.Count != 2 || b.Count != 2 || b[0].Count != 2 || b[1].Count != 2)
            throw new ArgumentException("a proof is a[2], b[2][2], c[2]");
        return new BatchProof(a[0], a[1], b[0][1], b[0][0], b[1][1], b[1][0], c[0], c[1]);
    }
}
