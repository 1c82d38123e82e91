using Rollup.Prover.Curves;
using Rollup.Prover.Groth16.Setup;

namespace Rollup.Prover.Groth16;

/// <summary>
/// A Groth16 proving key as snarkjs lays it out in a .zkey: the shared α, β, γ, δ points, IC for
/// the public inputs, the A and B matrix coefficients (with snarkjs' extra rows binding each
/// public input), and per-variable query points. A, B1, B2 have <see cref="VariableCount"/>
/// entries; C covers only the private variables nPublic+1 .. nVars-1; H has
/// <see cref="DomainSize"/> entries. <see cref="Phase2"/> is the contribution transcript
/// (section 10), when the key carries one.
/// </summary>
public sealed class ProvingKey
{
    private readonly G1Affine[] _ic;
    private readonly QapCoefficient[] _coefficients;

    public ProvingKey(int variableCount, int publicCount, int domainSize,
        G1Affine alpha1, G1Affine beta1, G2Affine beta2, G2Affine gamma2, G1Affine delta1, G2Affine delta2,
        G1Affine[] ic, QapCoefficient[] coefficients,
        G1Affine[] a, G1Affine[] b1, G2Affine[] b2, G1Affine[] c, G1Affine[] h,
        Phase2Transcript? phase2 = null)
        : this(variableCount, publicCount, domainSize, alpha1, beta1, beta2, gamma2, delta1, delta2, ic, coefficients, a, b1, b2, c, h, phase2, coefficientsChecked: false)
    {
    }

    /// <summary>
    /// For readers that have checked every coefficient's matrix, constraint and signal as they
    /// decoded it: a large key has millions, and going over them again costs milliseconds.
    /// </summary>
    internal ProvingKey(int variableCount, int publicCount, int domainSize,
        G1Affine alpha1, G1Affine beta1, G2Affine beta2, G2Affine gamma2, G1Affine delta1, G2Affine delta2,
        G1Affine[] ic, QapCoefficient[] coefficients,
        G1Affine[] a, G1Affine[] b1, G2Affine[] b2, G1Affine[] c, G1Affine[] h,
        Phase2Transcript? phase2, bool coefficientsChecked)
    {
        ArgumentNullException.ThrowIfNull(ic);
        ArgumentNullException.ThrowIfNull(coefficients);
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b1);
        ArgumentNullException.ThrowIfNull(b2);
        ArgumentNullException.ThrowIfNull(c);
        ArgumentNullException.ThrowIfNull(h);
        if (publicCount < 0 || publicCount >= variableCount) throw new ArgumentOutOfRangeException(nameof(publicCount), "nPublic must be below nVars");
        if (domainSize < 2 || (domainSize & (domainSize - 1)) != 0) throw new ArgumentOutOfRangeException(nameof(domainSize), "domain size must be a power of two");
        if (ic.Length != publicCount + 1) throw new ArgumentException($"IC has {ic.Length} points for {publicCount} public inputs", nameof(ic));
        if (a.Length != variableCount || b1.Length != variableCount || b2.Length != variableCount)
            throw new ArgumentException("A, B1 and B2 need one point per variable");
        if (c.Length != variableCount - publicCount - 1) throw new ArgumentException("C needs one point per private variable", nameof(c));
        if (h.Length != domainSize) throw new ArgumentException("H needs one point per domain element", nameof(h));
        if (!coefficientsChecked) CheckCoefficients(coefficients, variableCount, domainSize);
        VariableCount = variableCount;
        PublicCount = publicCount;
        DomainSize = domainSize;
        Alpha1 = alpha1; Beta1 = beta1; Beta2 = beta2; Gamma2 = gamma2; Delta1 = delta1; Delta2 = delta2;
        _ic = ic; _coefficients = coefficients; A = a; B1 = b1; B2 = b2; C = c; H = h;
        Phase2 = phase2;
    }

    private static void CheckCoefficients(QapCoefficient[] coefficients, int variableCount, int domainSize)
    {
        foreach (var k in coefficients)
        {
            if ((uint)k.Constraint >= (uint)domainSize) throw new ArgumentException($"coefficient on constraint {k.Constraint} outside the domain", nameof(coefficients));
            if ((uint)k.Signal >= (uint)variableCount) throw new ArgumentException($"coefficient on signal {k.Signal} of {variableCount}", nameof(coefficients));
            if (k.Matrix is not (QapMatrix.A or QapMatrix.B)) throw new ArgumentException("coefficient matrix must be A or B", nameof(coefficients));
        }
    }

    public int VariableCount { get; }
    public int PublicCount { get; }
    public int DomainSize { get; }
    public G1Affine Alpha1 { get; }
    public G1Affine Beta1 { get; }
    public G2Affine Beta2 { get; }
    public G2Affine Gamma2 { get; }
    public G1Affine Delta1 { get; }
    public G2Affine Delta2 { get; }
    public IReadOnlyList<G1Affine> IC => _ic;
    public IReadOnlyList<QapCoefficient> Coefficients => _coefficients;
    public Phase2Transcript? Phase2 { get; }

    /// <summary>
    /// True when δ = γ, as in a key straight out of setup: proofs could be forged for any public
    /// input, so the prover refuses such a key (<see cref="EnsureContributed"/>).
    /// </summary>
    public bool LacksPhase2Contribution => Delta2 == Gamma2;

    /// <summary>Throws <see cref="KeyWithoutContributionException"/> for a key without a phase-2 contribution.</summary>
    public void EnsureContributed()
    {
        if (LacksPhase2Contribution) throw new KeyWithoutContributionException();
    }

    // The query arrays are what the MSMs read; exposing them as arrays lets the prover hand
    // spans to the MSM without copying. Callers must treat them as read-only.
    internal QapCoefficient[] CoefficientArray => _coefficients;
    internal G1Affine[] A { get; }
    internal G1Affine[] B1 { get; }
    internal G2Affine[] B2 { get; }
    internal G1Affine[] C { get; }
    internal G1Affine[] H { get; }

    public ReadOnlySpan<G1Affine> AQuery => A;
    public ReadOnlySpan<G1Affine> B1Query => B1;
    public ReadOnlySpan<G2Affine> B2Query => B2;
    public ReadOnlySpan<G1Affine> CQuery => C;
    public ReadOnlySpan<G1Affine> HQuery => H;

    /// <summary>
    /// This key after a phase-2 step: new δ, C and H queries and transcript; everything else
    /// is shared, which is safe because keys are never mutated.
    /// </summary>
    internal ProvingKey WithPhase2(in G1Affine delta1, in G2Affine delta2, G1Affine[] c, G1Affine[] h, Phase2Transcript phase2) =>
        new(VariableCount, PublicCount, DomainSize, Alpha1, Beta1, Beta2, Gamma2, delta1, delta2, _ic, _coefficients, A, B1, B2, c, h, phase2);

    /// <summary>The verifying key this proving key proves for.</summary>
    public VerifyingKey ToVerifyingKey()
    {
        var ic = new G1Affine[IC.Count];
        for (int i = 0; i < ic.Length; i++) ic[i] = IC[i];
        return new VerifyingKey(Alpha1, Beta2, Gamma2, Delta2, ic);
    }
}
