using FsCheck.Xunit;
using Rollup.Core.Fields;
using Rollup.Prover.R1cs;

namespace Rollup.Prover.Tests.R1cs;

public class LinearCombinationProperties
{
    // A combination over wires 0..7 from generated (wire, coefficient) pairs; repeats merge.
    private static LinearCombination Build((byte Wire, long Coefficient)[] raw)
    {
        var lc = LinearCombination.Zero;
        foreach (var (w, c) in raw) lc += LinearCombination.From(new Variable(w % 8), Fr.FromInt64(c));
        return lc;
    }

    private static Fr[] Witness(long[] values)
    {
        var w = new Fr[8];
        w[0] = Fr.One;
        for (int i = 1; i < 8; i++) w[i] = i < values.Length ? Fr.FromInt64(values[i]) : Fr.FromUInt64((ulong)i * 7919);
        return w;
    }

    [Property(MaxTest = 200)]
    public void Evaluation_is_linear((byte, long)[] x, (byte, long)[] y, long scalar, long[] values)
    {
        var a = Build(x);
        var b = Build(y);
        var w = Witness(values);
        var k = Fr.FromInt64(scalar);
        Assert.Equal(a.Evaluate(w) + b.Evaluate(w), (a + b).Evaluate(w));
        Assert.Equal(a.Evaluate(w) - b.Evaluate(w), (a - b).Evaluate(w));
        Assert.Equal(a.Evaluate(w) * k, (a * k).Evaluate(w));
    }

    [Property(MaxTest = 200)]
    public void Terms_stay_sorted_unique_and_nonzero((byte, long)[] x, (byte, long)[] y)
    {
        var lc = Build(x) - Build(y);
        var terms = lc.Terms.ToArray();
        for (int i = 0; i < terms.Length; i++)
        {
            Assert.False(terms[i].Coefficient.IsZero);
            if (i > 0) Assert.True(terms[i - 1].Wire < terms[i].Wire);
        }
        Assert.True((lc - lc).Terms.IsEmpty);
    }
}
