using Rollup.Prover.Curves;
using Rollup.Prover.Groth16;

namespace Rollup.Prover.Solidity;

/// <summary>
/// Points as the EVM precompiles (EIP-196/197) take them: 32-byte big-endian words, G1 as (x, y),
/// G2 as (x.c1, x.c0, y.c1, y.c0), i.e. each Fp2 with its imaginary part first, and the point at
/// infinity as all zeros. snarkjs' Solidity calldata uses the same order.
/// </summary>
public static class EvmPointEncoding
{
    public const int WordSize = 32;
    public const int G1Size = 2 * WordSize;
    public const int G2Size = 4 * WordSize;

    public static void Write(in G1Affine p, Span<byte> destination)
    {
        var d = destination[..G1Size];
        if (p.IsInfinity)
        {
            d.Clear();
            return;
        }
        p.X.WriteBigEndian(d);
        p.Y.WriteBigEndian(d[WordSize..]);
    }

    public static void Write(in G2Affine q, Span<byte> destination)
    {
        var d = destination[..G2Size];
        if (q.IsInfinity)
        {
            d.Clear();
            return;
        }
        q.X.C1.WriteBigEndian(d);
        q.X.C0.WriteBigEndian(d[WordSize..]);
        q.Y.C1.WriteBigEndian(d[(2 * WordSize)..]);
        q.Y.C0.WriteBigEndian(d[(3 * WordSize)..]);
    }

    /// <summary>α, β, γ, δ, IC0..ICn in that order, each point in precompile order.</summary>
    public static byte[] EncodeKey(VerifyingKey vk)
    {
        ArgumentNullException.ThrowIfNull(vk);
        var bytes = new byte[G1Size + 3 * G2Size + vk.IC.Length * G1Size];
        var span = bytes.AsSpan();
        Write(vk.Alpha1, span);
        Write(vk.Beta2, span[G1Size..]);
        Write(vk.Gamma2, span[(G1Size + G2Size)..]);
        Write(vk.Delta2, span[(G1Size + 2 * G2Size)..]);
        int offset = G1Size + 3 * G2Size;
        foreach (var ic in vk.IC)
        {
            Write(ic, span[offset..]);
            offset += G1Size;
        }
        return bytes;
    }

    /// <summary>
    /// keccak256 of <see cref="EncodeKey"/>: names a key in the generated contract's header and in
    /// its VERIFYING_KEY_HASH constant, so a deployed verifier can be matched to its key.
    /// </summary>
    public static byte[] KeyHash(VerifyingKey vk) => Rollup.Core.Hashing.Keccak256.Hash(EncodeKey(vk));
}
