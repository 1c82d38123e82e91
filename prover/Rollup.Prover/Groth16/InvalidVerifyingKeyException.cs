namespace Rollup.Prover.Groth16;

/// <summary>
/// A tool refused a verifying key: <see cref="Reason"/> is what <see cref="Groth16Verifier.CheckKey"/>
/// found (an invalid point, or δ = γ, which lets anyone forge proofs).
/// </summary>
public sealed class InvalidVerifyingKeyException(VerificationFailure reason, string message) : Exception(message)
{
    public VerificationFailure Reason { get; } = reason;

    /// <summary>Throws unless <see cref="Groth16Verifier.CheckKey"/> accepts the key.</summary>
    public static void ThrowIfInvalid(VerifyingKey vk)
    {
        ArgumentNullException.ThrowIfNull(vk);
        var reason = Groth16Verifier.CheckKey(vk);
        switch (reason)
        {
            case VerificationFailure.None:
                return;
            case VerificationFailure.KeyWithoutContribution:
                throw new InvalidVerifyingKeyException(reason, "the verifying key has delta = gamma (no phase-2 contribution), so anyone could forge proofs for it");
            default:
                throw new InvalidVerifyingKeyException(reason, $"the verifying key is invalid ({reason}): a point is off its curve, outside its subgroup, or missing");
        }
    }
}
