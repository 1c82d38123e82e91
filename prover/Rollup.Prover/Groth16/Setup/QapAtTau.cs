using Rollup.Core.Fields;
using Rollup.Prover.Formats;

namespace Rollup.Prover.Groth16.Setup;

/// <summary>
/// The per-wire QAP polynomials a_i, b_i, c_i evaluated at τ, given the Lagrange basis at τ,
/// with the .zkey's section 4 coefficients collected on the way in snarkjs' order: per
/// constraint its A terms then its B terms (file order), then the rows binding the public
/// inputs, A[nConstraints + s][s] = 1 for s = 0..nPublic.
/// </summary>
internal sealed class QapAtTau
{
    private QapAtTau(Fr[] a, Fr[] b, Fr[] c, QapCoefficient[] coefficients)
    {
        A = a; B = b; C = c; Coefficients = coefficients;
    }

    public Fr[] A { get; }
    public Fr[] B { get; }
    public Fr[] C { get; }
    public QapCoefficient[] Coefficients { get; }

    public static QapAtTau Evaluate(R1csFile r1cs, ReadOnlySpan<Fr> lagrange)
    {
        int nVars = checked((int)r1cs.WireCount);
        int nPublic = r1cs.PublicCount;
        int nConstraints = r1cs.Constraints.Count;
        if (lagrange.Length < nConstraints + nPublic + 1) throw new ArgumentException("the domain is smaller than the constraints plus the public-input rows", nameof(lagrange));

        long count = nPublic + 1;
        foreach (var constraint in r1cs.Constraints) count += constraint.A.Count + constraint.B.Count;
        var coefficients = new QapCoefficient[checked((int)count)];
        var a = new Fr[nVars];
        var b = new Fr[nVars];
        var c = new Fr[nVars];
        int k = 0;
        for (int row = 0; row < nConstraints; row++)
        {
            var constraint = r1cs.Constraints[row];
            var l = lagrange[row];
            foreach (var t in constraint.A)
            {
                a[t.Wire] += t.Coefficient * l;
                coefficients[k++] = new QapCoefficient(QapMatrix.A, row, (int)t.Wire, t.Coefficient);
            }
            foreach (var t in constraint.B)
            {
                b[t.Wire] += t.Coefficient * l;
                coefficients[k++] = new QapCoefficient(QapMatrix.B, row, (int)t.Wire, t.Coefficient);
            }
            foreach (var t in constraint.C) c[t.Wire] += t.Coefficient * l;
        }
        for (int s = 0; s <= nPublic; s++)
        {
            a[s] += lagrange[nConstraints + s];
            coefficients[k++] = new QapCoefficient(QapMatrix.A, nConstraints + s, s, Fr.One);
        }
        return new QapAtTau(a, b, c, coefficients);
    }

    /// <summary>Overwrites the evaluations, which reveal τ to anyone who knows the circuit.</summary>
    public void Clear()
    {
        Array.Clear(A);
        Array.Clear(B);
        Array.Clear(C);
    }
}
