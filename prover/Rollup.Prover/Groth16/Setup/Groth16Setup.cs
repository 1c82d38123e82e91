using Rollup.Core.Fields;
using Rollup.Prover.Curves;
using Rollup.Prover.Formats;
using Rollup.Prover.Msm;
using Rollup.Prover.Polynomials;
using Rollup.Prover.R1cs;

namespace Rollup.Prover.Groth16.Setup;

/// <summary>
/// Groth16 key generation laid out exactly as snarkjs' <c>zkey new</c> lays out a .zkey, so
/// snarkjs proves with our keys and we prove with its:
/// <list type="bullet">
/// <item>domain n = the smallest power of two ≥ nConstraints + nPublic + 1; constraint c sits at
/// w_n^c, and rows nConstraints + s (s = 0..nPublic) get A[row][s] = 1, which makes the
/// public-input polynomials independent;</item>
/// <item>A_i = a_i(τ)·G1, B1_i = b_i(τ)·G1, B2_i = b_i(τ)·G2 for every wire, with the
/// polynomials in the Lagrange basis of the n-domain;</item>
/// <item>IC_i = (β·a_i + α·b_i + c_i)(τ)/γ for i ≤ nPublic, C_i the same over δ for the others;</item>
/// <item>H_i = L_(2i+1)(τ)/δ over the 2n-domain: the prover evaluates a·b − c on the odd points,
/// where it equals h·Z, so no division by Z is needed.</item>
/// </list>
/// The result has γ = δ = the generators, like snarkjs' initial key: it must receive a phase-2
/// contribution (<see cref="Phase2.Contribute(ProvingKey, string?)"/>) before it can be used.
/// </summary>
public static class Groth16Setup
{
    /// <summary>What tools should print next to any key from <see cref="InsecureDevelopmentSetup(R1csFile)"/>.</summary>
    public const string InsecureSetupWarning =
        "INSECURE development setup: a single party generated the secrets (tau, alpha, beta) on this machine; " +
        "whoever controlled it could forge proofs. Use keys from a multi-party ceremony in production.";

    /// <summary>
    /// INSECURE single-party setup for development: τ, α, β come from this machine's CSPRNG, so
    /// whoever controls the machine during setup could have kept them and forge proofs. The
    /// secrets are overwritten when the key is built. Production keys come from a multi-party
    /// ceremony.
    /// </summary>
    public static ProvingKey InsecureDevelopmentSetup(R1csFile r1cs)
    {
        ArgumentNullException.ThrowIfNull(r1cs);
        while (true)
        {
            using var waste = ToxicWaste.Random();
            // τ in the 2n-point domain breaks the Lagrange closed form; the chance is 2n/r, negligible.
            if (TauInDomain(waste.Tau, DomainLog2(r1cs) + 1)) continue;
            return FromToxicWaste(r1cs, waste);
        }
    }

    /// <inheritdoc cref="InsecureDevelopmentSetup(R1csFile)"/>
    public static ProvingKey InsecureDevelopmentSetup(ConstraintSystem system)
    {
        ArgumentNullException.ThrowIfNull(system);
        return InsecureDevelopmentSetup(system.ToR1csFile());
    }

    /// <summary>The domain size snarkjs gives a circuit: the smallest power of two ≥ nConstraints + nPublic + 1.</summary>
    public static int DomainSize(int constraintCount, int publicCount) => 1 << DomainLog2(constraintCount, publicCount);

    internal static ProvingKey FromToxicWaste(R1csFile r1cs, ToxicWaste waste)
    {
        int nVars = checked((int)r1cs.WireCount);
        int nPublic = r1cs.PublicCount;
        int log2n = DomainLog2(r1cs);
        int n = 1 << log2n;
        if (TauInDomain(waste.Tau, log2n + 1)) throw new ArgumentException("τ lies in the evaluation domain", nameof(waste));

        var lagrange = LagrangeBasis.Evaluate(log2n, waste.Tau);
        var polynomials = QapAtTau.Evaluate(r1cs, lagrange);
        var hScalars = LagrangeBasis.EvaluateOdd(log2n + 1, waste.Tau);

        var gammaInverse = Fr.Inverse(waste.Gamma);
        var deltaInverse = Fr.Inverse(waste.Delta);
        var icScalars = new Fr[nPublic + 1];
        var cScalars = new Fr[nVars - nPublic - 1];
        for (int i = 0; i < nVars; i++)
        {
            var combined = waste.Beta * polynomials.A[i] + waste.Alpha * polynomials.B[i] + polynomials.C[i];
            if (i <= nPublic) icScalars[i] = combined * gammaInverse;
            else cScalars[i - nPublic - 1] = combined * deltaInverse;
        }
        for (int i = 0; i < hScalars.Length; i++) hScalars[i] *= deltaInverse;

        long g1Products = 2L * nVars + cScalars.Length + icScalars.Length + n + 3;
        var g1 = new FixedBaseTable<G1, G1Affine>(G1.Generator, g1Products);
        var g2 = new FixedBaseTable<G2, G2Affine>(G2.Generator, nVars + 3);
        var key = new ProvingKey(nVars, nPublic, n,
            g1.Multiply(waste.Alpha), g1.Multiply(waste.Beta), g2.Multiply(waste.Beta), g2.Multiply(waste.Gamma),
            g1.Multiply(waste.Delta), g2.Multiply(waste.Delta),
            g1.MultiplyAll(icScalars), polynomials.Coefficients,
            g1.MultiplyAll(polynomials.A), g1.MultiplyAll(polynomials.B), g2.MultiplyAll(polynomials.B),
            g1.MultiplyAll(cScalars), g1.MultiplyAll(hScalars));

        // Every array below is a function of τ, α, β: together they would let anyone forge.
        Array.Clear(lagrange);
        Array.Clear(hScalars);
        Array.Clear(icScalars);
        Array.Clear(cScalars);
        polynomials.Clear();

        return key.WithPhase2(key.Delta1, key.Delta2, key.C, key.H, new Phase2Transcript(CircuitHash.Compute(key), []));
    }

    private static int DomainLog2(R1csFile r1cs) => DomainLog2(r1cs.Constraints.Count, r1cs.PublicCount);

    private static int DomainLog2(int constraintCount, int publicCount)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(constraintCount);
        ArgumentOutOfRangeException.ThrowIfNegative(publicCount);
        long rows = (long)constraintCount + publicCount + 1;
        int log2 = Math.Max(1, System.Numerics.BitOperations.Log2((ulong)(rows - 1)) + 1);
        // H lives on the 2n-point domain, which BN254's 2^28 roots of unity must still cover.
        if (log2 + 1 > Ntt.MaxLog2Size) throw new ArgumentException($"{rows} rows need a domain of 2^{log2}; BN254 supports at most 2^{Ntt.MaxLog2Size - 1}");
        return log2;
    }

    private static bool TauInDomain(in Fr tau, int log2Size) => Fr.Pow(tau, 1UL << log2Size).IsOne;
}
