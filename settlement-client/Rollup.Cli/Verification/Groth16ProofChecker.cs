using Rollup.Prover.Curves;
using Rollup.Prover.Fields;
using Rollup.Prover.Groth16;
using Rollup.SettlementClient.Verification;
using CoreFr = Rollup.Core.Fields.Fr;

namespace Rollup.Cli.Verification;

/// <summary>
/// The verification engine's proof checker, backed by the prover library's Groth16 verifier and
/// the verifying key the contract's verifier was generated from (a snarkjs verification_key.json).
/// </summary>
internal sealed class Groth16ProofChecker : IProofChecker
{
    private readonly VerifyingKey _key;

    /// <exception cref="CliException">The key has no phase-2 contribution or an invalid point, or does not take one public input.</exception>
    public Groth16ProofChecker(VerifyingKey key)
    {
        ArgumentNullException.ThrowIfNull(key);
        var failure = Groth16Verifier.CheckKey(key);
        if (failure != VerificationFailure.None) throw new CliException(ExitCodes.Refused, $"verifying key refused: {failure}");
        if (key.PublicInputCount != 1) throw new CliException(ExitCodes.Refused, $"a batch verifying key takes one public input, this one takes {key.PublicInputCount}");
        _key = key;
    }

    public string? Check(BatchProof proof, in CoreFr publicInput)
    {
        ArgumentNullException.ThrowIfNull(proof);
        if (!TryPoint(proof, out var point)) return "a proof coordinate is not below the base field modulus p";
        var failure = Groth16Verifier.Verify(_key, point, [publicInput.ToBigInteger()]);
        return failure == VerificationFailure.None ? null : failure.ToString();
    }

    private static bool TryPoint(BatchProof p, out Proof proof)
    {
        proof = null!;
        foreach (var v in (ReadOnlySpan<System.Numerics.BigInteger>)[p.Ax, p.Ay, p.Bx0, p.Bx1, p.By0, p.By1, p.Cx, p.Cy])
            if (v >= Fp.ModulusBigInteger) return false;
        // (0, 0) is how the EVM precompiles write the point at infinity.
        var a = p.Ax.IsZero && p.Ay.IsZero ? G1Affine.Infinity : new G1Affine(Fp.FromBigInteger(p.Ax), Fp.FromBigInteger(p.Ay));
        var c = p.Cx.IsZero && p.Cy.IsZero ? G1Affine.Infinity : new G1Affine(Fp.FromBigInteger(p.Cx), Fp.FromBigInteger(p.Cy));
        var bx = new Fp2(Fp.FromBigInteger(p.Bx0), Fp.FromBigInteger(p.Bx1));
        var by = new Fp2(Fp.FromBigInteger(p.By0), Fp.FromBigInteger(p.By1));
        var b = bx.IsZero && by.IsZero ? G2Affine.Infinity : new G2Affine(bx, by);
        proof = new Proof(a, b, c);
        return true;
    }
}
