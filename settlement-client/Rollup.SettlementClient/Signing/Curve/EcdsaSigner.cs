namespace Rollup.SettlementClient.Signing.Curve;

/// <summary>
/// secp256k1 ECDSA signing with RFC 6979 nonces, low-s normalised, returning the recovery id
/// (the parity of R.y, flipped with s). Allocation-free: state is on the stack and every value
/// is a limb struct. Produces exactly what BouncyCastle's ECDsaSigner with HMacDsaKCalculator
/// produced before it, including its rule of drawing the next nonce when x(R) ≥ n.
/// </summary>
internal static class EcdsaSigner
{
    public static void Sign(in Scalar privateKey, ReadOnlySpan<byte> hash32, out Scalar r, out Scalar s, out int yParity)
    {
        if (hash32.Length != 32) throw new ArgumentException($"sign a 32-byte hash, got {hash32.Length} bytes", nameof(hash32));
        var e = Scalar.ReadReduced(hash32);
        Span<byte> k = stackalloc byte[Rfc6979Nonce.StateBytes];
        Span<byte> v = stackalloc byte[Rfc6979Nonce.StateBytes];
        Span<byte> keyBytes = stackalloc byte[32];
        Span<byte> hashBytes = stackalloc byte[32];
        privateKey.Write(keyBytes);
        e.Write(hashBytes);
        Rfc6979Nonce.Initialize(keyBytes, hashBytes, k, v);
        keyBytes.Clear();
        try
        {
            while (true)
            {
                var nonce = Rfc6979Nonce.Next(k, v);
                var point = GeneratorTable.Multiply(nonce).ToAffine();
                // x ≥ n (probability ~2^-127) would need a recovery id Ethereum cannot express: take the next nonce.
                if (!Scalar.TryFromField(point.X, out r) || r.IsZero) continue;
                s = Scalar.Mul(Scalar.Inverse(nonce), Scalar.Add(e, Scalar.Mul(r, privateKey)));
                if (s.IsZero) continue;
                yParity = point.Y.IsOdd ? 1 : 0;
                // Low s: s and n - s both verify; n - s belongs to -R, whose y has the other parity.
                if (s.IsHigh)
                {
                    s = Scalar.Negate(s);
                    yParity ^= 1;
                }
                return;
            }
        }
        finally
        {
            k.Clear();
            v.Clear();
        }
    }
}
