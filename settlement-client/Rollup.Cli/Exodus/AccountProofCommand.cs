using System.CommandLine;
using Rollup.Cli.L1;

namespace Rollup.Cli.Exodus;

/// <summary>
/// `rollup account-proof`: the Merkle proof of an account at the last finalized root, rebuilt
/// from L1, as JSON whose fields are the contract exit's arguments (and the amount it pays).
/// </summary>
internal static class AccountProofCommand
{
    public static Command Create(CliContext context)
    {
        var l1 = new L1Options(sends: false);
        var account = new FinalizedAccount();
        var output = new Option<string?>("--output") { Description = "write the proof to this file instead of stdout" };
        var command = new Command("account-proof", "Build an account's exit proof at the last finalized root, from L1 data alone.") { output };
        l1.AddTo(command);
        account.AddTo(command);
        command.SetAction((parse, cancellation) => Task.FromResult(context.RunAsync(async () =>
        {
            using var connection = await L1Connection.OpenAsync(context, l1, parse, send: false, cancellation);
            var proof = await account.BuildAsync(context, parse, connection, defaultOwner: null, cancellation);
            var json = proof.ToJson();
            var file = parse.GetValue(output);
            if (file is null) context.Out.WriteLine(json);
            else
            {
                await File.WriteAllTextAsync(file, json + "\n", cancellation);
                context.Error.WriteLine($"account {proof.AccountId} at batch {proof.BatchNumber}: exit amount {proof.ExitAmount}, written to {file}");
            }
            return ExitCodes.Ok;
        })));
        return command;
    }
}
