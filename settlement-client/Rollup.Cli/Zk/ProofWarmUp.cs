using System.Numerics;
using Rollup.Core.Fields;
using Rollup.Prover.Curves;
using Rollup.Prover.Formats;
using Rollup.Prover.Groth16;

namespace Rollup.Cli.Zk;

/// <summary>
/// Compiles the code of proving, checking and writing a proof before `zk prove` needs it. The
/// CLI runs without tiered compilation, so the first proof and verification spend a good part
/// of their time in the JIT; proving and verifying a small made-up circuit on a background
/// thread while the main thread reads the key and witness moves that to the other core.
/// </summary>
internal static class ProofWarmUp
{
    // Enough variables that the MSMs take their batched, multi-threaded paths, as a real key does.
    private const int Size = 512;

    /// <summary>Starts the warm-up; its result, always a failed pairing, matters only to tests.</summary>
    public static Task<VerificationFailure> Start() => Task.Run(Run);

    private static VerificationFailure Run()
    {
        var key = MadeUpKey();
        var witness = new Fr[Size];
        // Zeros, ones and other values: the MSMs treat each kind apart.
        for (int i = 0; i < Size; i++) witness[i] = (i % 5) switch { 0 => Fr.Zero, 1 => Fr.One, _ => Fr.FromUInt64((ulong)i * 7919) };
        witness[0] = Fr.One;
        var proof = Groth16Prover.Prove(key, witness);
        var signals = Groth16Prover.PublicSignals(key, witness);
        SnarkjsJson.WriteProof(proof);
        SnarkjsJson.WritePublicInputs(signals);
        // The pairing fails (the key has no circuit), after every step of the check has run.
        return Groth16Verifier.Verify(key.ToVerifyingKey(), proof, signals);
    }

    /// <summary>A key of Size variables and constraints whose points are the multiples G, 2G, … and no circuit behind it.</summary>
    private static ProvingKey MadeUpKey()
    {
        var g1 = new G1Affine[Size + 4];
        var g2 = new G2Affine[Size + 2];
        Multiples(G1Affine.Generator, g1);
        Multiples(G2Affine.Generator, g2);
        var coefficients = new QapCoefficient[2 * Size];
        for (int c = 0; c < Size; c++)
        {
            coefficients[2 * c] = new QapCoefficient(QapMatrix.A, c, c, Fr.FromUInt64((ulong)c + 2));
            coefficients[2 * c + 1] = new QapCoefficient(QapMatrix.B, c, (c + 1) % Size, Fr.One);
        }
        const int publicCount = 1;
        return new ProvingKey(Size, publicCount, Size, g1[0], g1[1], g2[0], g2[1], g1[2], g2[Size + 1],
            [g1[3], g1[4]], coefficients,
            g1[..Size], g1[1..(Size + 1)], g2[..Size], g1[2..(Size - publicCount + 1)], g1[4..(Size + 4)]);
    }

    private static void Multiples(in G1Affine g, G1Affine[] result)
    {
        var jacobian = new G1[result.Length];
        var p = G1.Infinity;
        for (int i = 0; i < jacobian.Length; i++) jacobian[i] = p = G1.AddMixed(p, g);
        G1.BatchToAffine(jacobian, result);
    }

    private static void Multiples(in G2Affine g, G2Affine[] result)
    {
        var jacobian = new G2[result.Length];
        var p = G2.Infinity;
        for (int i = 0; i < jacobian.Length; i++) jacobian[i] = p = G2.AddMixed(p, g);
        G2.BatchToAffine(jacobian, result);
    }
}
