using Rollup.Core.Fields;
using Rollup.Prover.Curves;
using Rollup.Prover.Fields;
using Rollup.Prover.Groth16;

namespace Rollup.Bench;

/// <summary>
/// Random MSM and prover inputs at sizes no test vector has. Points are P_0 + i·Q (one addition
/// each, then one shared inversion for the affine forms) rather than independent multiples of
/// the generator, which would take minutes at 2^20; to an MSM they look as random as any.
/// </summary>
public static class SyntheticProverInputs
{
    public static Fr[] RandomScalars(int n, int seed)
    {
        var rng = new Random(seed);
        var bytes = new byte[32];
        var result = new Fr[n];
        for (int i = 0; i < n; i++)
        {
            rng.NextBytes(bytes);
            result[i] = Fr.FromBytesReduced(bytes);
        }
        return result;
    }

    /// <summary>
    /// A circuit witness's mix: 15% zeros and 15% ones (bits and flags), 20% values below 2^64
    /// (amounts, prices, indices) and 50% full field elements (hashes, Poseidon states).
    /// </summary>
    public static Fr[] WitnessLikeScalars(int n, int seed)
    {
        var rng = new Random(seed);
        var bytes = new byte[32];
        var result = new Fr[n];
        for (int i = 0; i < n; i++)
        {
            int kind = rng.Next(20);
            if (kind < 3) result[i] = Fr.Zero;
            else if (kind < 6) result[i] = Fr.One;
            else if (kind < 10) result[i] = Fr.FromUInt64((ulong)rng.NextInt64());
            else
            {
                rng.NextBytes(bytes);
                result[i] = Fr.FromBytesReduced(bytes);
            }
        }
        if (n > 0) result[0] = Fr.One;
        return result;
    }

    public static G1Affine[] G1Points(int n, int seed)
    {
        var jacobian = new G1[n];
        var p = G1.Generator * (RandomScalars(1, seed)[0] + Fr.One);
        var q = G1.Generator * (RandomScalars(1, seed + 1)[0] + Fr.One);
        for (int i = 0; i < n; i++)
        {
            jacobian[i] = p;
            p += q;
        }
        var zInverses = new Fp[n];
        for (int i = 0; i < n; i++) zInverses[i] = jacobian[i].Z;
        BatchInvert(zInverses);
        var result = new G1Affine[n];
        for (int i = 0; i < n; i++)
        {
            var zi2 = Fp.Square(zInverses[i]);
            result[i] = new G1Affine(jacobian[i].X * zi2, jacobian[i].Y * zi2 * zInverses[i]);
        }
        return result;
    }

    public static G2Affine[] G2Points(int n, int seed)
    {
        var jacobian = new G2[n];
        var p = G2.Generator * (RandomScalars(1, seed)[0] + Fr.One);
        var q = G2.Generator * (RandomScalars(1, seed + 1)[0] + Fr.One);
        for (int i = 0; i < n; i++)
        {
            jacobian[i] = p;
            p += q;
        }
        // Fp2 inverse = conjugate / norm: batch the Fp norms.
        var norms = new Fp[n];
        for (int i = 0; i < n; i++) norms[i] = Fp2.Norm(jacobian[i].Z);
        BatchInvert(norms);
        var result = new G2Affine[n];
        for (int i = 0; i < n; i++)
        {
            var zi = Fp2.MulByFp(Fp2.Conjugate(jacobian[i].Z), norms[i]);
            var zi2 = Fp2.Square(zi);
            result[i] = new G2Affine(jacobian[i].X * zi2, jacobian[i].Y * zi2 * zi);
        }
        return result;
    }

    /// <summary>
    /// A proving key of the given domain with one variable per constraint, random query points
    /// (half of the B queries at infinity, as for wires that never appear in B) and random A/B
    /// coefficients, two per row in A and one or two in B, half of them one. Proofs from it do
    /// not verify (no trapdoor relates the points): it is for timing only.
    /// </summary>
    public static ProvingKey Key(int domainSize, int seed)
    {
        int variables = domainSize - 2;
        const int publicCount = 1;
        var g1 = G1Points(variables, seed);
        var h = G1Points(domainSize, seed + 2);
        var g2 = G2Points(variables, seed + 4);
        var rng = new Random(seed);
        var b1 = new G1Affine[variables];
        var b2 = new G2Affine[variables];
        for (int i = 0; i < variables; i++)
        {
            bool inB = rng.Next(2) == 0;
            b1[i] = inB ? g1[(i + 1) % variables] : G1Affine.Infinity;
            b2[i] = inB ? g2[i] : G2Affine.Infinity;
        }
        var values = RandomScalars(64, seed + 6);
        var coefficients = new List<QapCoefficient>(domainSize * 4);
        int constraints = domainSize - publicCount - 1;
        for (int row = 0; row < constraints; row++)
        {
            Fr Value() => rng.Next(2) == 0 ? Fr.One : values[rng.Next(values.Length)];
            coefficients.Add(new QapCoefficient(QapMatrix.A, row, rng.Next(variables), Value()));
            coefficients.Add(new QapCoefficient(QapMatrix.A, row, rng.Next(variables), Value()));
            coefficients.Add(new QapCoefficient(QapMatrix.B, row, rng.Next(variables), Value()));
            if (rng.Next(2) == 0) coefficients.Add(new QapCoefficient(QapMatrix.B, row, rng.Next(variables), Value()));
        }
        // snarkjs' extra rows binding the public inputs.
        for (int s = 0; s <= publicCount; s++) coefficients.Add(new QapCoefficient(QapMatrix.A, constraints + s, s, Fr.One));
        // C covers the private variables; a permutation of the A points is as random as any.
        var c = new G1Affine[variables - publicCount - 1];
        for (int i = 0; i < c.Length; i++) c[i] = g1[(i * 7 + 3) % variables];
        return new ProvingKey(variables, publicCount, domainSize,
            g1[0], g1[1], g2[0], G2Affine.Generator, g1[2], g2[1],
            [g1[3], g1[4]], coefficients.ToArray(), g1, b1, b2, c, h);
    }

    private static void BatchInvert(Fp[] values)
    {
        var prefix = new Fp[values.Length];
        var acc = Fp.One;
        for (int i = 0; i < values.Length; i++)
        {
            prefix[i] = acc;
            acc *= values[i];
        }
        var inverse = Fp.Inverse(acc);
        for (int i = values.Length - 1; i >= 0; i--)
        {
            var next = inverse * values[i];
            values[i] = inverse * prefix[i];
            inverse = next;
        }
    }
}
