using Rollup.Core.Fields;
using Rollup.Prover.Curves;

namespace Rollup.Prover.Tests.Msm;

/// <summary>Inputs for MSM tests: scalars with edge values, and points whose discrete logs are known.</summary>
internal static class MsmTerms
{
    public static Fr[] Scalars(int n, int seed)
    {
        var rng = new Random(seed);
        var result = new Fr[n];
        var bytes = new byte[32];
        for (int i = 0; i < n; i++)
        {
            rng.NextBytes(bytes);
            result[i] = Fr.FromBytesReduced(bytes);
        }
        // Edge digits: zero, one, r - 1 (all windows busy), and a repeat of another scalar.
        if (n > 0) result[0] = Fr.Zero;
        if (n > 1) result[1] = Fr.One;
        if (n > 2) result[2] = -Fr.One;
        if (n > 4) result[4] = result[3];
        return result;
    }

    /// <summary>
    /// P_i = a_i·G with a_i in arithmetic progression (one addition per point), so that
    /// Σ k_i·P_i = (Σ k_i·a_i)·G: one scalar multiplication checks an MSM of any size.
    /// </summary>
    public static (TA[] Points, Fr[] Logs) KnownLogPoints<TP, TA>(int n, int seed, TP generator, Func<TP, TA> toAffine)
        where TP : struct, IJacobianPoint<TP, TA>
        where TA : struct
    {
        var start = Scalars(6, seed)[5];
        var step = Scalars(7, seed + 1)[6];
        var p = ScalarMultiplication.Multiply<TP, TA>(generator, start);
        var stride = ScalarMultiplication.Multiply<TP, TA>(generator, step);
        var points = new TA[n];
        var logs = new Fr[n];
        var log = start;
        for (int i = 0; i < n; i++)
        {
            points[i] = toAffine(p);
            logs[i] = log;
            p = TP.Add(p, stride);
            log += step;
        }
        return (points, logs);
    }

    public static Fr Dot(Fr[] scalars, Fr[] logs)
    {
        var sum = Fr.Zero;
        for (int i = 0; i < scalars.Length; i++) sum += scalars[i] * logs[i];
        return sum;
    }

    public static (G1Affine[] Points, Fr[] Logs) G1(int n, int seed) => KnownLogPoints<Prover.Curves.G1, G1Affine>(n, seed, Prover.Curves.G1.Generator, p => p.ToAffine());

    public static (G2Affine[] Points, Fr[] Logs) G2(int n, int seed) => KnownLogPoints<Prover.Curves.G2, G2Affine>(n, seed, Prover.Curves.G2.Generator, p => p.ToAffine());
}
