using System.CommandLine;
using Rollup.Cli.L1;
using Rollup.Core.Ethereum;
using Rollup.SettlementClient.Contracts.Tokens;
using Rollup.SettlementClient.Rpc;

namespace Rollup.Cli.Trader;

/// <summary>
/// `devnet-mint --amount USD [--to ADDRESS]`: mints test collateral on a devnet. Only for a
/// deployment whose file says its collateral is the devnet token (anyone may mint it); a real
/// stablecoin has no such function, so anything else is refused before a transaction is sent.
/// </summary>
internal static class DevnetMintCommand
{
    public static Command Create(CliContext context)
    {
        var options = new L1Options(sends: true);
        var amount = new Option<string>("--amount") { Description = "USD, at most 6 decimals (e.g. 1000)", Required = true };
        var to = new Option<string?>("--to") { Description = "L1 address receiving the tokens (default the sender)" };
        var command = new Command("devnet-mint", "Mint devnet collateral tokens (only for a deployment whose collateral is the devnet token).") { amount, to };
        options.AddTo(command);
        command.SetAction(parse => context.RunAsync(() => RunAsync(context, options, parse,
            UsdAmount.Parse(parse.GetValue(amount)!, "--amount"), AddressOption.ParseOptional(parse.GetValue(to), "--to"))));
        return command;
    }

    private static async Task<int> RunAsync(CliContext context, L1Options options, ParseResult parse, ulong amount, L1Address? to)
    {
        if (parse.GetValue(options.Deployment) is null)
            throw new CliException(ExitCodes.Usage, "devnet-mint needs --deployment: only the deployment file says whether the collateral is the devnet token");
        using var l1 = await L1Connection.OpenAsync(context, options, parse, send: true, CancellationToken.None);
        var deployment = l1.Deployment!;
        if (!deployment.CollateralIsDevnetToken)
            throw new CliException(ExitCodes.Refused, $"the collateral of this deployment ({AddressOption.Format(deployment.Collateral)}) is not the devnet token: it cannot be minted");
        var collateral = await l1.Rollup.CollateralAsync();
        if (collateral != deployment.Collateral)
            throw new CliException(ExitCodes.Refused,
                $"the rollup's collateral is {AddressOption.Format(collateral)}, the deployment file says {AddressOption.Format(deployment.Collateral)}: the file does not describe this rollup");
        var token = new Erc20Contract(l1.Artifacts.Get(Erc20Contract.DevnetTokenArtifact), collateral, l1.Eth, l1.Sender);
        var recipient = to ?? l1.Sender!.From;
        var receipt = await context.Steps.StepAsync($"minting {UsdAmount.Format(amount)} USD of devnet collateral", () => token.MintAsync(recipient, amount));
        new CommandResult()
            .AddUsd("amount", "minted", amount)
            .Add("to", "to", AddressOption.Format(recipient))
            .AddUsd("tokenBalance", "token balance", await token.BalanceOfAsync(recipient, BlockTag.Number(receipt.BlockNumber)))
            .Add("token", "token", AddressOption.Format(collateral))
            .AddTransaction(receipt)
            .Write(context, parse.GetValue(options.Json));
        return ExitCodes.Ok;
    }
}
