using Rollup.Core.Fields;

namespace Rollup.Prover.Formats;

/// <summary>
/// A·w * B·w = C·w as stored in a file. Terms keep the file's order (circom does not always
/// sort them), which is what lets a read-then-write round trip reproduce the bytes.
/// </summary>
public sealed class R1csConstraint(R1csTerm[] a, R1csTerm[] b, R1csTerm[] c)
{
    public IReadOnlyList<R1csTerm> A { get; } = a;
    public IReadOnlyList<R1csTerm> B { get; } = b;
    public IReadOnlyList<R1csTerm> C { get; } = c;

    public bool IsSatisfiedBy(ReadOnlySpan<Fr> witness) => Evaluate(A, witness) * Evaluate(B, witness) == Evaluate(C, witness);

    public static Fr Evaluate(IReadOnlyList<R1csTerm> terms, ReadOnlySpan<Fr> witness)
    {
        ArgumentNullException.ThrowIfNull(terms);
        var sum = Fr.Zero;
        foreach (var t in terms) sum += t.Coefficient * witness[(int)t.Wire];
        return sum;
    }
}
