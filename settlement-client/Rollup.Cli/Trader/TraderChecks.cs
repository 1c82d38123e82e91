using Rollup.SettlementClient.Contracts.Rollup;

namespace Rollup.Cli.Trader;

/// <summary>
/// States in which the contract would revert a request, checked before anything is sent so that
/// a refusal costs no gas (a deposit's approve would otherwise be mined before the deposit fails).
/// </summary>
internal static class TraderChecks
{
    public static async Task EnsureAcceptingDepositsAsync(OptionsRollupContract rollup)
    {
        if (await rollup.PausedAsync())
            throw new CliException(ExitCodes.Refused, $"the rollup {AddressOption.Format(rollup.Address)} is paused: deposits are refused until governance unpauses it");
        await EnsureNotExodusAsync(rollup);
    }

    public static async Task EnsureNotExodusAsync(OptionsRollupContract rollup)
    {
        if ((await rollup.ExodusStateAsync()).Active)
            throw new CliException(ExitCodes.Refused, $"the rollup {AddressOption.Format(rollup.Address)} is in exodus mode: it takes no new requests; accounts leave through the exodus claim");
    }
}
