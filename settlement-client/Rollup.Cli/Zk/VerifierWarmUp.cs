using System.Numerics;
using Rollup.Prover.Curves;
using Rollup.Prover.Formats;
using Rollup.Prover.Groth16;

namespace Rollup.Cli.Zk;

/// <summary>
/// Compiles the code that checks and writes a proof before `zk prove` needs it. The CLI runs
/// without tiered compilation, so a first verification spends most of its time in the JIT
/// (about 55 ms against 8 ms warm); checking a made-up proof on a background thread while the
/// main thread reads the key moves that to the other core. Warming up the prover as well (a
/// small made-up proof) did not pay in our measurements: docs/PROVER.md.
/// </summary>
internal static class VerifierWarmUp
{
    /// <summary>Starts the warm-up; its result, always a failed pairing, matters only to tests.</summary>
    public static Task<VerificationFailure> Start() => Task.Run(Run);

    private static VerificationFailure Run()
    {
        var g1 = G1Affine.Generator;
        var g2 = G2Affine.Generator;
        // δ ≠ γ and one public input, so that every check runs before the pairing fails.
        var vk = new VerifyingKey(g1, g2, g2, -g2, [g1, g1]);
        var proof = new Proof(g1, g2, g1);
        BigInteger[] inputs = [BigInteger.One];
        SnarkjsJson.WriteProof(proof);
        SnarkjsJson.WritePublicInputs(inputs);
        return Groth16Verifier.Verify(vk, proof, inputs);
    }
}
