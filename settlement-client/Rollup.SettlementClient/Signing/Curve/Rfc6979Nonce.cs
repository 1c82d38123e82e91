using System.Security.Cryptography;

namespace Rollup.SettlementClient.Signing.Curve;

/// <summary>
/// RFC 6979 deterministic nonces with HMAC-SHA256 for secp256k1 (qlen = hlen = 256), step for
/// step as BouncyCastle's HMacDsaKCalculator, whose signatures this must reproduce bit for bit:
/// a candidate outside [1, n-1] updates K before retrying, while a nonce the signer rejects later
/// (x(R) ≥ n, r = 0 or s = 0) just draws the next V. State K and V lives in caller-provided spans
/// (stack memory), so nothing is allocated.
/// </summary>
internal static class Rfc6979Nonce
{
    public const int StateBytes = 32;

    /// <summary>Section 3.2 steps b-g, from the private key and the message reduced mod n, both 32 big-endian bytes.</summary>
    public static void Initialize(ReadOnlySpan<byte> privateKey32, ReadOnlySpan<byte> reducedHash32, Span<byte> k, Span<byte> v)
    {
        v.Fill(0x01);
        k.Clear();
        Span<byte> input = stackalloc byte[StateBytes + 1 + 32 + 32];
        privateKey32.CopyTo(input.Slice(StateBytes + 1, 32));
        reducedHash32.CopyTo(input.Slice(StateBytes + 33, 32));
        for (byte separator = 0; separator <= 1; separator++)
        {
            v.CopyTo(input);
            input[StateBytes] = separator;
            Mac(k, input, k);
            Mac(k, v, v);
        }
        input.Clear();
    }

    /// <summary>Section 3.2 step h: the next candidate nonce in [1, n-1].</summary>
    public static Scalar Next(Span<byte> k, Span<byte> v)
    {
        Span<byte> input = stackalloc byte[StateBytes + 1];
        while (true)
        {
            Mac(k, v, v);
            if (Scalar.TryRead(v, out var nonce) && !nonce.IsZero) return nonce;
            v.CopyTo(input);
            input[StateBytes] = 0x00;
            Mac(k, input, k);
            Mac(k, v, v);
        }
    }

    /// <summary>HMAC-SHA256 where the destination may be the key or the message.</summary>
    private static void Mac(ReadOnlySpan<byte> key, ReadOnlySpan<byte> message, Span<byte> destination)
    {
        Span<byte> result = stackalloc byte[StateBytes];
        HMACSHA256.HashData(key, message, result);
        result.CopyTo(destination);
    }
}
