using System.CommandLine;
using Rollup.Prover.Groth16;

namespace Rollup.Cli.Zk;

/// <summary>`zk verify vk.json public.json proof.json`: prints the verdict; exit 0 only for a valid proof.</summary>
internal static class ZkVerifyCommand
{
    public static Command Create(CliContext context)
    {
        var vk = new Argument<string>("verification-key") { Description = "verification_key.json (snarkjs format)" };
        var pub = new Argument<string>("public") { Description = "public.json: the public signals" };
        var proof = new Argument<string>("proof") { Description = "proof.json (snarkjs format)" };
        var command = new Command("verify", "Verify a Groth16 proof; exit code 0 only when it is valid.") { vk, pub, proof };
        command.SetAction(parse => context.Run(() => Run(context, parse.GetValue(vk)!, parse.GetValue(pub)!, parse.GetValue(proof)!)));
        return command;
    }

    internal static int Run(CliContext context, string vkPath, string publicPath, string proofPath)
    {
        var key = ZkInputs.ReadVerifyingKey(vkPath);
        var inputs = ZkInputs.ReadPublicInputs(publicPath);
        var proof = ZkInputs.ReadProof(proofPath);
        var verdict = context.Steps.Step("verifying", () => Groth16Verifier.Verify(key, proof, inputs));
        switch (verdict)
        {
            case VerificationFailure.None:
                context.Out.WriteLine("valid");
                return ExitCodes.Ok;
            case VerificationFailure.InvalidKey:
            case VerificationFailure.KeyWithoutContribution:
                throw new CliException(ExitCodes.Refused, $"{vkPath}: key refused: {Describe(verdict)}");
            default:
                context.Out.WriteLine($"invalid: {Describe(verdict)}");
                return ExitCodes.CheckFailed;
        }
    }

    private static string Describe(VerificationFailure failure) => failure switch
    {
        VerificationFailure.WrongInputCount => "the number of public signals does not match the key",
        VerificationFailure.InputNotInField => "a public signal is not below the scalar field modulus r",
        VerificationFailure.ProofPointNotOnCurve => "a proof point is not on its curve",
        VerificationFailure.ProofPointNotInSubgroup => "proof point B is not in the G2 subgroup",
        VerificationFailure.InvalidKey => "a key point is off its curve or outside its subgroup",
        VerificationFailure.KeyWithoutContribution => "delta equals gamma: the key had no phase-2 contribution, so proofs could be forged",
        VerificationFailure.PairingFailed => "the pairing check failed",
        _ => failure.ToString(),
    };
}
