using System.CommandLine;
using System.Text;
using Rollup.Prover.Formats;
using Rollup.Prover.Groth16.Setup;

namespace Rollup.Cli.Zk;

/// <summary>`zk contribute in.zkey out.zkey`: one more phase-2 contribution, as snarkjs' `zkey contribute` makes it.</summary>
internal static class ZkContributeCommand
{
    public static Command Create(CliContext context)
    {
        var input = new Argument<string>("input") { Description = "the .zkey to contribute to" };
        var output = new Argument<string>("output") { Description = "where to write the new .zkey" };
        var name = new Option<string?>("--name") { Description = $"the contributor's name (at most {Phase2.MaxNameLength} characters), kept in the transcript" };
        var entropy = new Option<string?>("--entropy") { Description = "extra text mixed into the secret with the system's randomness" };
        var command = new Command("contribute", "Add a phase-2 contribution to a Groth16 key; the secret is discarded afterwards.") { input, output, name, entropy };
        command.SetAction(parse => context.Run(() =>
            Run(context, parse.GetValue(input)!, parse.GetValue(output)!, parse.GetValue(name), parse.GetValue(entropy))));
        return command;
    }

    internal static int Run(CliContext context, string inputPath, string outputPath, string? name, string? entropy)
    {
        var key = context.Steps.Step($"reading {inputPath}", () => ZkInputs.ReadZkey(inputPath));
        var check = context.Steps.Step("checking its transcript", () => key.LacksPhase2Contribution ? Phase2Check.Valid : Phase2.VerifyContributions(key));
        if (!check.IsValid)
            throw new CliException(ExitCodes.Refused, $"{inputPath}: its phase-2 transcript does not check ({check.Failure} at record {check.ContributionIndex})");
        var extra = Encoding.UTF8.GetBytes(entropy ?? "");
        Rollup.Prover.Groth16.ProvingKey next;
        try
        {
            next = context.Steps.Step("contributing", () => Phase2.Contribute(key, extra, name));
        }
        catch (ArgumentException e)
        {
            throw new CliException(ExitCodes.Refused, $"{inputPath}: {e.Message}", e);
        }
        ZkInputs.WriteAtomically(outputPath, ZkeyWriter.Write(next));
        context.Out.WriteLine($"contribution {next.Phase2!.Contributions.Count} written to {outputPath}");
        return ExitCodes.Ok;
    }
}
