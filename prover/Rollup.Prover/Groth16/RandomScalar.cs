using System.Numerics;
using System.Security.Cryptography;
using Rollup.Core.Fields;

namespace Rollup.Prover.Groth16;

/// <summary>Uniform scalars for blinding and setup secrets.</summary>
internal static class RandomScalar
{
    private static readonly BigInteger R = Fr.Modulus.ToBigInteger();

    /// <summary>
    /// 64 bytes from the system CSPRNG reduced mod r: the bias is below 2^-250, unlike 32 bytes
    /// mod r (r is about 2^254).
    /// </summary>
    public static Fr Next()
    {
        Span<byte> bytes = stackalloc byte[64];
        RandomNumberGenerator.Fill(bytes);
        var result = FromWideBytes(bytes);
        CryptographicOperations.ZeroMemory(bytes);
        return result;
    }

    /// <summary>A uniform scalar other than zero, for secrets that must be invertible.</summary>
    public static Fr NextNonZero()
    {
        while (true)
        {
            var v = Next();
            if (!v.IsZero) return v;
        }
    }

    /// <summary>A 64-byte string (e.g. a hash) read big-endian and reduced mod r.</summary>
    public static Fr FromWideBytes(ReadOnlySpan<byte> bytes64)
    {
        if (bytes64.Length != 64) throw new ArgumentException("64 bytes are needed for a uniform reduction", nameof(bytes64));
        return Fr.FromBigInteger(new BigInteger(bytes64, isUnsigned: true, isBigEndian: true) % R);
    }
}
