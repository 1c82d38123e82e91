using System.CommandLine;
using Rollup.Prover.Formats;
using Rollup.Prover.Groth16;

namespace Rollup.Cli.Zk;

/// <summary>`zk prove key.zkey witness.wtns proof.json public.json`, with fresh blinding for every proof.</summary>
internal static class ZkProveCommand
{
    public static Command Create(CliContext context)
    {
        var key = new Argument<string>("proving-key") { Description = "Groth16 .zkey (ours or snarkjs')" };
        var wtns = new Argument<string>("witness") { Description = ".wtns witness (snarkjs format)" };
        var proof = new Argument<string>("proof") { Description = "where to write proof.json" };
        var pub = new Argument<string>("public") { Description = "where to write public.json" };
        var command = new Command("prove", "Prove a witness with a Groth16 proving key; writes snarkjs-compatible proof.json and public.json.") { key, wtns, proof, pub };
        command.SetAction(parse => context.Run(() => Run(context, parse.GetValue(key)!, parse.GetValue(wtns)!, parse.GetValue(proof)!, parse.GetValue(pub)!)));
        return command;
    }

    internal static int Run(CliContext context, string keyPath, string witnessPath, string proofPath, string publicPath)
    {
        // Started first so that the verifier is compiled on the other core while this one reads.
        VerifierWarmUp.Start();
        var key = context.Steps.Step($"reading {keyPath}", () => ZkInputs.ReadZkeyForProving(keyPath));
        var witness = context.Steps.Step($"reading {witnessPath}", () => ZkInputs.ReadWitness(witnessPath));
        if (witness.Length != key.VariableCount)
            throw new CliException(ExitCodes.Refused, $"{witnessPath}: the witness has {witness.Length} values, the key expects {key.VariableCount}");
        if (!witness[0].IsOne)
            throw new CliException(ExitCodes.Refused, $"{witnessPath}: witness[0] must be 1");
        var vk = key.ToVerifyingKey();
        if (vk.LacksPhase2Contribution)
            throw new CliException(ExitCodes.Refused, $"{keyPath}: delta equals gamma: the key had no phase-2 contribution; run `rollup zk contribute` (or snarkjs zkey contribute) first");
        var proof = context.Steps.Step($"proving ({key.DomainSize} domain, {key.VariableCount} wires)", () => Groth16Prover.Prove(key, witness));
        var signals = Groth16Prover.PublicSignals(key, witness);
        // A witness that does not satisfy the circuit still yields a proof-shaped result; checking
        // it here keeps a bad proof from ever being written.
        var verdict = context.Steps.Step("checking the proof", () => Groth16Verifier.Verify(vk, proof, signals));
        if (verdict != VerificationFailure.None)
        {
            // The query points were read without curve checks, so a bad one surfaces only here:
            // a strict reading tells a corrupt key from a witness that does not satisfy it.
            var defect = context.Steps.Step($"re-reading {keyPath} strictly", () => ZkInputs.FindZkeyDefect(keyPath));
            if (defect is not null) throw new CliException(ExitCodes.BadInput, $"{keyPath}: the key is corrupt: {defect}");
            throw new CliException(ExitCodes.Refused, $"{witnessPath}: the witness does not satisfy the circuit of {keyPath} (the proof fails: {verdict})");
        }
        ZkInputs.WriteAtomically(proofPath, SnarkjsJson.WriteProof(proof));
        ZkInputs.WriteAtomically(publicPath, SnarkjsJson.WritePublicInputs(signals));
        context.Out.WriteLine($"proof written to {proofPath}, public signals to {publicPath}");
        return ExitCodes.Ok;
    }
}
