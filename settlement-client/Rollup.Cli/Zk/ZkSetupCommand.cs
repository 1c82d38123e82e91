using System.CommandLine;
using Rollup.Prover.Formats;
using Rollup.Prover.Groth16.Setup;

namespace Rollup.Cli.Zk;

/// <summary>
/// `zk setup circuit.r1cs out-dir`: an INSECURE single-party development setup followed by one
/// phase-2 contribution, so the result is usable at once; both keys are written, snarkjs' names.
/// </summary>
internal static class ZkSetupCommand
{
    public const string InitialKeyName = "circuit_0000.zkey";
    public const string FinalKeyName = "circuit_final.zkey";
    public const string VerificationKeyName = "verification_key.json";

    public static Command Create(CliContext context)
    {
        var r1cs = new Argument<string>("r1cs") { Description = "the circuit's .r1cs (ours or circom's)" };
        var outDir = new Argument<string>("out-dir") { Description = $"where to write {InitialKeyName}, {FinalKeyName} and {VerificationKeyName}" };
        var command = new Command("setup",
            "INSECURE development setup: local randomness stands in for a ceremony, then one phase-2 contribution. Never for production keys.")
            { r1cs, outDir };
        command.SetAction(parse => context.Run(() => Run(context, parse.GetValue(r1cs)!, parse.GetValue(outDir)!)));
        return command;
    }

    internal static int Run(CliContext context, string r1csPath, string outDir)
    {
        var circuit = context.Steps.Step($"reading {r1csPath}", () => ZkInputs.ReadR1cs(r1csPath));
        context.Error.WriteLine("warning: " + Groth16Setup.InsecureSetupWarning);
        var initial = context.Steps.Step($"setup ({circuit.Constraints.Count} constraints, {circuit.WireCount} wires)",
            () => Groth16Setup.InsecureDevelopmentSetup(circuit));
        var final = context.Steps.Step("phase-2 contribution", () => Phase2.Contribute(initial, "rollup zk setup"));
        context.Steps.Step("writing keys", () =>
        {
            ZkInputs.WriteAtomically(Path.Combine(outDir, InitialKeyName), ZkeyWriter.Write(initial));
            ZkInputs.WriteAtomically(Path.Combine(outDir, FinalKeyName), ZkeyWriter.Write(final));
            ZkInputs.WriteAtomically(Path.Combine(outDir, VerificationKeyName), SnarkjsJson.WriteVerificationKey(final.ToVerifyingKey()));
        });
        context.Out.WriteLine($"domain {final.DomainSize}, {final.PublicCount} public signals; keys in {outDir}: " +
                              $"{InitialKeyName} (no contribution, not usable for proofs), {FinalKeyName}, {VerificationKeyName}");
        return ExitCodes.Ok;
    }
}
