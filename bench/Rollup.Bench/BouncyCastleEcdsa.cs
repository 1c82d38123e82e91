using Org.BouncyCastle.Crypto.Digests;
using Org.BouncyCastle.Crypto.EC;
using Org.BouncyCastle.Crypto.Signers;
using Org.BouncyCastle.Math.EC.Multiplier;
using BcBigInteger = Org.BouncyCastle.Math.BigInteger;

namespace Rollup.Bench;

/// <summary>
/// EthECKey.Sign as it was on BouncyCastle (RFC 6979 calculator, comb multiplier, keeping R for
/// the recovery id): the baseline the limb-based signer is measured against.
/// </summary>
internal static class BouncyCastleEcdsa
{
    private static readonly Org.BouncyCastle.Asn1.X9.X9ECParameters Curve = CustomNamedCurves.GetByName("secp256k1");
    private static readonly BcBigInteger HalfN = Curve.N.ShiftRight(1);

    public static (BcBigInteger R, BcBigInteger S, int YParity) Sign(BcBigInteger key, ReadOnlySpan<byte> hash32)
    {
        var n = Curve.N;
        var e = new BcBigInteger(1, hash32.ToArray());
        var kCalculator = new HMacDsaKCalculator(new Sha256Digest());
        kCalculator.Init(n, key, hash32.ToArray());
        var multiplier = new FixedPointCombMultiplier();
        while (true)
        {
            var k = kCalculator.NextK();
            var point = multiplier.Multiply(Curve.G, k).Normalize();
            var x = point.AffineXCoord.ToBigInteger();
            if (x.CompareTo(n) >= 0 || x.SignValue == 0) continue;
            var s = k.ModInverse(n).Multiply(e.Add(key.Multiply(x))).Mod(n);
            if (s.SignValue == 0) continue;
            int parity = point.AffineYCoord.TestBitZero() ? 1 : 0;
            if (s.CompareTo(HalfN) > 0)
            {
                s = n.Subtract(s);
                parity ^= 1;
            }
            return (x, s, parity);
        }
    }
}
