using System.CommandLine;
using System.Text.Json.Nodes;
using Rollup.Cli.L1;
using Rollup.SettlementClient.Primitives;

namespace Rollup.Cli.Exodus;

/// <summary>
/// `rollup exit`: in exodus mode, proves the account at the last finalized root (rebuilt from
/// L1) and submits the exit; the amount is credited as a pending withdrawal of the account's
/// L1 address, which `rollup claim` pays out.
/// </summary>
internal static class ExitCommand
{
    public static Command Create(CliContext context)
    {
        var l1 = new L1Options(sends: true);
        var account = new FinalizedAccount();
        var command = new Command("exit", "Exodus: withdraw an account's equity at the last finalized root with its Merkle proof.");
        l1.AddTo(command);
        account.AddTo(command);
        command.SetAction((parse, cancellation) => Task.FromResult(context.RunAsync(async () =>
        {
            using var connection = await L1Connection.OpenAsync(context, l1, parse, send: true, cancellation);
            var exodus = await connection.Rollup.ExodusStateAsync(cancellation: cancellation);
            if (!exodus.Active) throw new CliException(ExitCodes.Refused, "exodus mode is not active on this rollup: exits open only once a priority request is overdue and exodus is switched on");
            var proof = await account.BuildAsync(context, parse, connection, connection.Key!.GetAddress(), cancellation);
            if (await connection.Rollup.AccountExitedAsync(proof.AccountId, cancellation: cancellation))
                throw new CliException(ExitCodes.Refused, $"account {proof.AccountId} has already exited");
            var receipt = await connection.Rollup.ExitAsync(proof.ToExitRequest(), cancellation);
            if (parse.GetValue(l1.Json))
                context.Out.WriteLine(new JsonObject
                {
                    ["account"] = proof.AccountId,
                    ["batch"] = proof.BatchNumber,
                    ["amount"] = proof.ExitAmount.ToString(System.Globalization.CultureInfo.InvariantCulture),
                    ["to"] = proof.Leaf.L1Address.ToString(),
                    ["txHash"] = Hex.Encode(receipt.TransactionHash),
                    ["l1Block"] = receipt.BlockNumber,
                }.ToJsonString());
            else
                context.Out.WriteLine($"account {proof.AccountId} exited at batch {proof.BatchNumber}: {proof.ExitAmount} credited to {proof.Leaf.L1Address} " +
                    $"(claim it with `rollup claim`); tx {Hex.Encode(receipt.TransactionHash)} in block {receipt.BlockNumber}");
            return ExitCodes.Ok;
        })));
        return command;
    }
}
