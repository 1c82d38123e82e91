using Rollup.Core.Fields.Lanes;
using System.Numerics;
using Rollup.Core.Fields;
using Rollup.Prover.Curves;
using Rollup.Prover.Fields.Lanes;
using Rollup.Prover.Msm;
using Rollup.Prover.Parallelism;
using Rollup.Prover.Polynomials;

namespace Rollup.Prover.Groth16;

/// <summary>
/// The Groth16 prover exactly as snarkjs computes it from a .zkey, so our proofs verify against
/// snarkjs' verifying keys (and the Solidity verifier it exports):
/// <list type="number">
/// <item>a = A·w, b = B·w evaluated over the n-point domain (the zkey's A/B coefficients,
/// including the extra rows that bind the public inputs); c = a∘b pointwise.</item>
/// <item>Each of a, b, c is moved to the coset w_2n·⟨w_n⟩ (inverse NTT, scale coefficient k by
/// w_2n^k, forward NTT) and h_i = a'_i·b'_i − c'_i. Z is the constant -2 on that coset and the
/// zkey's H points already hold the odd Lagrange basis of the 2n-domain over δ with it folded
/// in, so no division happens here.</item>
/// <item>A = α + Σ w_i·A_i + r·δ; B = β + Σ w_i·B_i + s·δ (in G2, and in G1 for C);
/// C = Σ_{i &gt; nPublic} w_i·C_i + Σ h_i·H_i + s·A + r·B1 − r·s·δ.</item>
/// </list>
/// </summary>
public static class Groth16Prover
{
    /// <summary>
    /// A proof with fresh blinding r, s from the system CSPRNG: proofs of the same witness are
    /// unlinkable. A key without a phase-2 contribution is refused with
    /// <see cref="KeyWithoutContributionException"/>.
    /// </summary>
    public static Proof Prove(ProvingKey key, ReadOnlySpan<Fr> witness) =>
        Prove(key, witness, RandomScalar.Next(), RandomScalar.Next());

    /// <summary>
    /// A proof with caller-chosen blinding, for deterministic tests. Reusing r, s across
    /// different witnesses leaks information about them: production code uses the other overload.
    /// </summary>
    public static Proof Prove(ProvingKey key, ReadOnlySpan<Fr> witness, in Fr r, in Fr s)
    {
        ArgumentNullException.ThrowIfNull(key);
        key.EnsureContributed();
        if (witness.Length != key.VariableCount)
            throw new ArgumentException($"witness has {witness.Length} values, the key expects {key.VariableCount}", nameof(witness));
        if (!witness[0].IsOne) throw new ArgumentException("witness[0] must be 1", nameof(witness));

        var h = QuotientEvaluations(key, witness);

        var piA = key.Alpha1.ToJacobian() + Pippenger.Compute(key.A, witness) + G1.Multiply(key.Delta1.ToJacobian(), r);
        var piB1 = key.Beta1.ToJacobian() + Pippenger.Compute(key.B1, witness) + G1.Multiply(key.Delta1.ToJacobian(), s);
        var piB = key.Beta2.ToJacobian() + Pippenger.Compute(key.B2, witness) + G2.Multiply(key.Delta2.ToJacobian(), s);

        var privateWitness = witness[(key.PublicCount + 1)..];
        var piC = Pippenger.Compute(key.C, privateWitness)
            + Pippenger.Compute(key.H, h)
            + G1.Multiply(piA, s)
            + G1.Multiply(piB1, r)
            - G1.Multiply(key.Delta1.ToJacobian(), r * s);

        return new Proof(piA.ToAffine(), piB.ToAffine(), piC.ToAffine());
    }

    /// <summary>The public signals of a witness, witness[1..nPublic], as verifiers take them.</summary>
    public static BigInteger[] PublicSignals(ProvingKey key, ReadOnlySpan<Fr> witness)
    {
        ArgumentNullException.ThrowIfNull(key);
        if (witness.Length <= key.PublicCount) throw new ArgumentException("witness is shorter than the public signals", nameof(witness));
        var result = new BigInteger[key.PublicCount];
        for (int i = 0; i < result.Length; i++) result[i] = witness[i + 1].ToBigInteger();
        return result;
    }

    /// <summary>h_i = a'_i·b'_i − c'_i on the coset w_2n·⟨w_n⟩, the scalars for the H query.</summary>
    internal static Fr[] QuotientEvaluations(ProvingKey key, ReadOnlySpan<Fr> witness)
    {
        int n = key.DomainSize;
        var a = new Fr[n];
        var b = new Fr[n];
        // Worker k (of a power-of-two count) owns the blocks of RowBlock rows numbered k modulo
        // the count, in both arrays: no two workers write the same element or cache line, and
        // the rows are shared out evenly whatever order the coefficients come in.
        var coefficients = key.CoefficientArray;
        int workers = 1 << BitOperations.Log2((uint)Math.Clamp(Math.Min(Environment.ProcessorCount, n / RowBlock), 1, 64));
        ParallelChunks.For(witness, workers, 1, (w, worker, _) => Accumulate(coefficients, a, b, w, worker, workers));
        var c = new Fr[n];
        ParallelChunks.For(c.AsSpan(), n, ElementChunk, (span, from, to) =>
        {
            int i = from;
            if (Lanes8.IsSupported) i += LaneFr.Multiply(a.AsSpan(from, to - from), b.AsSpan(from, to - from), span[from..to]);
            for (; i < to; i++) span[i] = a[i] * b[i];
        });

        var shift = Ntt.RootOfUnity(BitOperations.Log2((uint)n) + 1);
        // Each transform spreads over the cores by itself.
        Ntt.ToCoset(a, shift);
        Ntt.ToCoset(b, shift);
        Ntt.ToCoset(c, shift);

        // c is no longer needed once read: h takes its place.
        ParallelChunks.For(c.AsSpan(), n, ElementChunk, (span, from, to) =>
        {
            int i = from;
            if (Lanes8.IsSupported) i += LaneFr.MultiplySubtract(a.AsSpan(from, to - from), b.AsSpan(from, to - from), span[from..to]);
            for (; i < to; i++) span[i] = a[i] * b[i] - span[i];
        });
        return c;
    }

    private const int ElementChunk = 1 << 14;

    private const int RowBlockLog2 = 6;
    private const int RowBlock = 1 << RowBlockLog2;

    /// <summary>
    /// a or b[constraint] += value·w[signal] over the coefficients of one worker's rows; zero
    /// wires and unit coefficients skip the product. With AVX-512 the products are formed eight
    /// at a time in lanes and then added in one by one.
    /// </summary>
    private static void Accumulate(QapCoefficient[] coefficients, Fr[] a, Fr[] b, ReadOnlySpan<Fr> witness, int worker, int workers)
    {
        bool lanes = Lanes8.IsSupported;
        Span<int> pending = stackalloc int[8];
        Span<Fr> products = stackalloc Fr[8];
        int count = 0;
        for (int i = 0; i < coefficients.Length; i++)
        {
            ref readonly var k = ref coefficients[i];
            if (((k.Constraint >> RowBlockLog2) & (workers - 1)) != worker) continue;
            ref readonly var w = ref witness[k.Signal];
            if (w.IsZero) continue;
            var target = k.Matrix == QapMatrix.A ? a : b;
            if (k.Value.IsOne)
            {
                target[k.Constraint] += w;
            }
            else if (!lanes)
            {
                target[k.Constraint] += k.Value * w;
            }
            else
            {
                pending[count++] = i;
                if (count == 8)
                {
                    MultiplyEight(coefficients, witness, pending, products);
                    for (int j = 0; j < 8; j++) AddProduct(coefficients[pending[j]], a, b, products[j]);
                    count = 0;
                }
            }
        }
        for (int j = 0; j < count; j++)
        {
            ref readonly var k = ref coefficients[pending[j]];
            AddProduct(k, a, b, k.Value * witness[k.Signal]);
        }
    }

    private static void AddProduct(in QapCoefficient k, Fr[] a, Fr[] b, in Fr product)
    {
        var target = k.Matrix == QapMatrix.A ? a : b;
        target[k.Constraint] += product;
    }

    private static void MultiplyEight(QapCoefficient[] c, ReadOnlySpan<Fr> w, ReadOnlySpan<int> at, Span<Fr> products)
    {
        Span<Fr> values = stackalloc Fr[8];
        for (int j = 0; j < 8; j++)
        {
            ref readonly var k = ref c[at[j]];
            values[j] = k.Value;
            products[j] = w[k.Signal];
        }
        Lanes8.Load<Fr>(values, out var x);
        Lanes8.Load<Fr>(products, out var y);
        Montgomery8<FrModulus>.Mul(x, y, out x);
        x.Store(products);
    }
}
