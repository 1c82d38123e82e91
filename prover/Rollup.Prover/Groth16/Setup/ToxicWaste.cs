using Rollup.Core.Fields;

namespace Rollup.Prover.Groth16.Setup;

/// <summary>
/// The secrets of a Groth16 setup. Whoever knows them can forge proofs, so they live only for
/// the duration of a setup and are overwritten on <see cref="Dispose"/>. Tests construct them
/// directly to check the key against values they know.
/// </summary>
internal sealed class ToxicWaste : IDisposable
{
    public ToxicWaste(in Fr tau, in Fr alpha, in Fr beta, in Fr gamma, in Fr delta)
    {
        if (alpha.IsZero || beta.IsZero || gamma.IsZero || delta.IsZero)
            throw new ArgumentException("α, β, γ and δ must be non-zero");
        Tau = tau; Alpha = alpha; Beta = beta; Gamma = gamma; Delta = delta;
    }

    public Fr Tau { get; private set; }
    public Fr Alpha { get; private set; }
    public Fr Beta { get; private set; }
    public Fr Gamma { get; private set; }
    public Fr Delta { get; private set; }

    /// <summary>
    /// τ, α, β from the system CSPRNG; γ = δ = 1 as in snarkjs' initial key (γ stays the G2
    /// generator, δ is set by the phase-2 contributions).
    /// </summary>
    public static ToxicWaste Random() =>
        new(RandomScalar.NextNonZero(), RandomScalar.NextNonZero(), RandomScalar.NextNonZero(), Fr.One, Fr.One);

    public void Dispose()
    {
        Tau = Alpha = Beta = Gamma = Delta = Fr.Zero;
    }
}
