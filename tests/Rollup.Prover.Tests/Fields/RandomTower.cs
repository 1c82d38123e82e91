using System.Numerics;
using Rollup.Prover.Fields;

namespace Rollup.Prover.Tests.Fields;

/// <summary>Seeded random tower elements, so failures reproduce.</summary>
internal sealed class RandomTower(int seed)
{
    private readonly Random _rng = new(seed);

    public BigInteger NextBig(BigInteger bound)
    {
        var buf = new byte[bound.GetByteCount(isUnsigned: true) + 8];
        _rng.NextBytes(buf);
        return new BigInteger(buf, isUnsigned: true) % bound;
    }

    public Fp NextFp() => Fp.FromBigInteger(NextBig(Fp.ModulusBigInteger));
    public Fp2 NextFp2() => new(NextFp(), NextFp());
    public Fp6 NextFp6() => new(NextFp2(), NextFp2(), NextFp2());
    public Fp12 NextFp12() => new(NextFp6(), NextFp6());
}
