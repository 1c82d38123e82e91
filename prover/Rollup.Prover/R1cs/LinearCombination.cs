using Rollup.Core.Fields;

namespace Rollup.Prover.R1cs;

/// <summary>
/// A sparse sum of coefficient * wire, kept sorted by wire with no zero coefficients, so two
/// equal combinations have equal terms. Immutable; the default value is zero. Constants live
/// on wire 0.
/// </summary>
public readonly struct LinearCombination
{
    private readonly (int Wire, Fr Coefficient)[]? _terms;

    private LinearCombination((int, Fr)[] terms) => _terms = terms;

    public static LinearCombination Zero => default;

    public ReadOnlySpan<(int Wire, Fr Coefficient)> Terms => _terms;

    public static LinearCombination Constant(in Fr value) => value.IsZero ? default : new([(0, value)]);

    public static LinearCombination From(Variable v, in Fr coefficient) => coefficient.IsZero ? default : new([(v.Index, coefficient)]);

    public static implicit operator LinearCombination(Variable v) => From(v, Fr.One);

    public static implicit operator LinearCombination(Fr constant) => Constant(constant);

    public static LinearCombination operator +(LinearCombination a, LinearCombination b) => Merge(a, b, negateB: false);

    public static LinearCombination operator -(LinearCombination a, LinearCombination b) => Merge(a, b, negateB: true);

    public static LinearCombination operator -(LinearCombination a) => a * -Fr.One;

    public static LinearCombination operator *(LinearCombination a, Fr scalar)
    {
        if (scalar.IsZero || a._terms is null) return default;
        var terms = new (int, Fr)[a._terms.Length];
        for (int i = 0; i < terms.Length; i++) terms[i] = (a._terms[i].Wire, a._terms[i].Coefficient * scalar);
        return new(terms);
    }

    public static LinearCombination operator *(Fr scalar, LinearCombination a) => a * scalar;

    public Fr Evaluate(ReadOnlySpan<Fr> witness)
    {
        var sum = Fr.Zero;
        foreach (var (wire, c) in Terms) sum += c * witness[wire];
        return sum;
    }

    private static LinearCombination Merge(LinearCombination a, LinearCombination b, bool negateB)
    {
        var x = a.Terms;
        var y = b.Terms;
        var result = new (int, Fr)[x.Length + y.Length];
        int i = 0, j = 0, n = 0;
        while (i < x.Length || j < y.Length)
        {
            if (j == y.Length || (i < x.Length && x[i].Wire < y[j].Wire))
            {
                result[n++] = x[i++];
                continue;
            }
            var yc = negateB ? -y[j].Coefficient : y[j].Coefficient;
            if (i == x.Length || y[j].Wire < x[i].Wire)
            {
                result[n++] = (y[j++].Wire, yc);
                continue;
            }
            var sum = x[i].Coefficient + yc;
            if (!sum.IsZero) result[n++] = (x[i].Wire, sum);
            i++;
            j++;
        }
        if (n == 0) return default;
        if (n < result.Length) Array.Resize(ref result, n);
        return new(result);
    }
}
