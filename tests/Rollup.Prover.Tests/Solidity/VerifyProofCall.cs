using System.Numerics;
using System.Text;
using Rollup.Core.Hashing;
using Rollup.Prover.Groth16;
using Rollup.Prover.Solidity;

namespace Rollup.Prover.Tests.Solidity;

/// <summary>
/// ABI encoding of verifyProof(uint256[2], uint256[2][2], uint256[2], uint256[n]) by hand: all
/// arguments are static, so the call data is the selector and then one 32-byte word per value:
/// A.x, A.y, B (precompile order, c1 first), C.x, C.y, the public inputs.
/// </summary>
internal static class VerifyProofCall
{
    public const int ProofWords = 8;

    public static byte[] Selector(int inputCount) =>
        Keccak256.Hash(Encoding.ASCII.GetBytes($"verifyProof(uint256[2],uint256[2][2],uint256[2],uint256[{inputCount}])"))[..4];

    /// <summary>The argument words, for tests that change single words.</summary>
    public static BigInteger[] Words(Proof proof, IReadOnlyList<BigInteger> inputs)
    {
        Span<byte> encoded = stackalloc byte[2 * EvmPointEncoding.G1Size + EvmPointEncoding.G2Size];
        EvmPointEncoding.Write(proof.A, encoded);
        EvmPointEncoding.Write(proof.B, encoded[EvmPointEncoding.G1Size..]);
        EvmPointEncoding.Write(proof.C, encoded[(EvmPointEncoding.G1Size + EvmPointEncoding.G2Size)..]);
        var words = new BigInteger[ProofWords + inputs.Count];
        for (int i = 0; i < ProofWords; i++)
            words[i] = new BigInteger(encoded.Slice(32 * i, 32), isUnsigned: true, isBigEndian: true);
        for (int i = 0; i < inputs.Count; i++) words[ProofWords + i] = inputs[i];
        return words;
    }

    public static string Encode(Proof proof, IReadOnlyList<BigInteger> inputs) => Encode(Words(proof, inputs));

    /// <summary>0x-hex call data; each word must fit in 256 bits.</summary>
    public static string Encode(IReadOnlyList<BigInteger> words)
    {
        if (words.Count <= ProofWords) throw new ArgumentException("verifyProof takes 8 proof words and at least one input", nameof(words));
        var data = new byte[4 + 32 * words.Count];
        Selector(words.Count - ProofWords).CopyTo(data, 0);
        for (int i = 0; i < words.Count; i++)
        {
            var w = words[i];
            if (w.Sign < 0 || w.GetByteCount(isUnsigned: true) > 32) throw new ArgumentOutOfRangeException(nameof(words), $"word {i} does not fit in uint256");
            w.TryWriteBytes(data.AsSpan(4 + 32 * i + 32 - w.GetByteCount(isUnsigned: true), w.GetByteCount(isUnsigned: true)), out _, isUnsigned: true, isBigEndian: true);
        }
        return "0x" + Convert.ToHexStringLower(data);
    }
}
