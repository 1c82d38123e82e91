using Org.BouncyCastle.Crypto.Digests;
using Org.BouncyCastle.Crypto.Signers;
using Org.BouncyCastle.Math.EC.Multiplier;
using Rollup.SettlementClient.Signing;
using BcBigInteger = Org.BouncyCastle.Math.BigInteger;

namespace Rollup.SettlementClient.Tests.Curve;

/// <summary>
/// The signing code EthECKey used before its own secp256k1 arithmetic, kept as the reference the
/// new signer must match bit for bit: BouncyCastle's RFC 6979 calculator and comb multiplier.
/// </summary>
internal static class BouncyCastleReferenceSigner
{
    public static (System.Numerics.BigInteger R, System.Numerics.BigInteger S, int YParity, bool Flipped) Sign(byte[] privateKey32, byte[] hash32)
    {
        var n = Secp256k1.N;
        var key = new BcBigInteger(1, privateKey32);
        var e = new BcBigInteger(1, hash32);
        var kCalculator = new HMacDsaKCalculator(new Sha256Digest());
        kCalculator.Init(n, key, hash32);
        var multiplier = new FixedPointCombMultiplier();
        while (true)
        {
            var k = kCalculator.NextK();
            var point = multiplier.Multiply(Secp256k1.Domain.G, k).Normalize();
            var x = point.AffineXCoord.ToBigInteger();
            if (x.CompareTo(n) >= 0) continue;
            var r = x;
            if (r.SignValue == 0) continue;
            var s = k.ModInverse(n).Multiply(e.Add(key.Multiply(r))).Mod(n);
            if (s.SignValue == 0) continue;
            int parity = point.AffineYCoord.TestBitZero() ? 1 : 0;
            bool flipped = s.CompareTo(Secp256k1.HalfN) > 0;
            if (flipped)
            {
                s = n.Subtract(s);
                parity ^= 1;
            }
            return (Secp256k1.FromBc(r), Secp256k1.FromBc(s), parity, flipped);
        }
    }
}
