using Rollup.Core.Fields;
using Rollup.Prover.Curves;
using Rollup.Prover.Fields;

namespace Rollup.Prover.Msm;

/// <summary>
/// Which terms of an MSM need windowing: zero scalars and points at infinity contribute nothing,
/// scalars equal to one contribute their point as is, and only the rest are decomposed.
/// </summary>
internal readonly struct ScalarSplit
{
    /// <summary>Indices of the terms whose scalar is one.</summary>
    public int[] Ones { get; }

    /// <summary>Indices of the remaining terms with a finite point and a non-zero scalar.</summary>
    public int[] Others { get; }

    private ScalarSplit(int[] ones, int[] others)
    {
        Ones = ones;
        Others = others;
    }

    public static ScalarSplit Of<TA, TF>(ReadOnlySpan<TA> points, ReadOnlySpan<Fr> scalars)
        where TA : struct, IAffinePoint<TA, TF>
        where TF : struct, IFieldElement<TF>
    {
        int ones = 0, others = 0;
        for (int i = 0; i < scalars.Length; i++)
        {
            if (scalars[i].IsZero || points[i].IsInfinity) continue;
            if (scalars[i].IsOne) ones++;
            else others++;
        }
        var oneIndices = new int[ones];
        var otherIndices = new int[others];
        ones = others = 0;
        for (int i = 0; i < scalars.Length; i++)
        {
            if (scalars[i].IsZero || points[i].IsInfinity) continue;
            if (scalars[i].IsOne) oneIndices[ones++] = i;
            else otherIndices[others++] = i;
        }
        return new ScalarSplit(oneIndices, otherIndices);
    }
}
