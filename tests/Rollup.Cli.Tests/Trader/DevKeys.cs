using Rollup.Core.Ethereum;
using Rollup.SettlementClient.Signing;

namespace Rollup.Cli.Tests.Trader;

/// <summary>
/// Anvil's default dev accounts 1-6 (public knowledge), each exposed to the CLI through its own
/// environment variable of this test process, as a trader would with --private-key-env.
/// </summary>
internal sealed record DevKeys(string Variable, string PrivateKey)
{
    public static readonly DevKeys Depositor = new("ROLLUP_CLI_TEST_TRADER_KEY_1", "0x59c6995e998f97a5a0044966f0945389dc9e86dae88c7a8412f4603b6b78690d");
    public static readonly DevKeys Registrant = new("ROLLUP_CLI_TEST_TRADER_KEY_2", "0x5de4111afa1a4b94908f83103eb1f1706367c2e68ca870fc3fb9a804cdab365a");
    public static readonly DevKeys Withdrawer = new("ROLLUP_CLI_TEST_TRADER_KEY_3", "0x7c852118294e51e653712a81e05800f419141751be58f605c371e15141b007a6");

    public static readonly DevKeys Claimer = new("ROLLUP_CLI_TEST_TRADER_KEY_4", "0x47e179ec197488593b187f80a00eb0da91f1b9d0b13f8733639f19c30a34926a");
    public static readonly DevKeys Reverted = new("ROLLUP_CLI_TEST_TRADER_KEY_5", "0x8b3a350cf5c34c9194ca85829a2df0ec3153be0318b5e2d3348e872092edffba");
    public static readonly DevKeys Resumer = new("ROLLUP_CLI_TEST_TRADER_KEY_6", "0x92db14e403b83dfe3df233f83dfa3a0d7096f21ca9b0d6d6b8d88b2b4ec1564e");

    public static readonly DevKeys[] All = [Depositor, Registrant, Withdrawer, Claimer, Reverted, Resumer];

    public EthECKey Key => new(PrivateKey);

    public L1Address Address => Key.GetAddress();

    public void Expose() => Environment.SetEnvironmentVariable(Variable, PrivateKey);

    public void Withdraw() => Environment.SetEnvironmentVariable(Variable, null);
}
