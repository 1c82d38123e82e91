using System.Numerics;
using Rollup.Prover.Curves;
using Rollup.Prover.Formats;
using Rollup.Prover.Groth16;

namespace Rollup.Cli.Zk;

/// <summary>
/// Compiles the code that checks and writes a proof before `zk prove` needs it. The CLI runs
/// without tiered compilation, so the first verification spends most of its time in the JIT;
/// checking a made-up proof (generator points, which fails the pairing) on a background thread
/// while the main thread reads the key moves that to the otherwise idle core.
/// </summary>
internal static class VerifierWarmUp
{
    public static Task Start() => Task.Run(Run);

    private static void Run()
    {
        var g1 = G1Affine.Generator;
        var g2 = G2Affine.Generator;
        // δ ≠ γ and one public input, so every step of the verification runs.
        var vk = new VerifyingKey(g1, g2, g2, -g2, [g1, g1]);
        var proof = new Proof(g1, g2, g1);
        Groth16Verifier.Verify(vk, proof, [BigInteger.One]);
        SnarkjsJson.WriteProof(proof);
        SnarkjsJson.WritePublicInputs([BigInteger.One]);
    }
}
