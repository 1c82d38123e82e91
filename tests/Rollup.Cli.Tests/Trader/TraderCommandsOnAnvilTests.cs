using System.Buffers.Binary;
using System.Numerics;
using System.Text.Json;
using Rollup.SettlementClient.Contracts.Events;
using Rollup.SettlementClient.Keys;

namespace Rollup.Cli.Tests.Trader;

/// <summary>The trader commands run in process against a real anvil with the system deployed by RollupDeployer.</summary>
public sealed class TraderCommandsOnAnvilTests(TraderAnvilFixture anvil) : IClassFixture<TraderAnvilFixture>
{
    [Fact]
    public async Task Devnet_mint_then_deposit_moves_tokens_and_prints_the_queue_index_the_contract_queued()
    {
        var trader = DevKeys.Depositor;
        var mint = Run("devnet-mint", trader, "--amount", "250", "--json");
        Assert.True(mint.ExitCode == 0, mint.Error);
        using (var minted = JsonDocument.Parse(mint.Out))
        {
            Assert.Equal("250", minted.RootElement.GetProperty("amount").GetString());
            Assert.Equal("250000000", minted.RootElement.GetProperty("amountMicroUsd").GetString());
        }
        var traderBefore = await anvil.Token.BalanceOfAsync(trader.Address);
        var rollupBefore = await anvil.Token.BalanceOfAsync(anvil.Deployment.Rollup);
        Assert.True(traderBefore >= 250_000_000);

        var run = Run("deposit", trader, "--amount", "100.5", "--json");

        Assert.True(run.ExitCode == 0, run.Error);
        using var doc = JsonDocument.Parse(run.Out);
        var root = doc.RootElement;
        ulong index = root.GetProperty("queueIndex").GetUInt64();
        Assert.Equal(index + 1, await anvil.Rollup.PriorityCountAsync());
        Assert.Equal("100.5", root.GetProperty("amount").GetString());
        Assert.Equal("100500000", root.GetProperty("amountMicroUsd").GetString());
        Assert.Equal(trader.Key.GetPublicAddress(), root.GetProperty("to").GetString());
        Assert.Equal(traderBefore - 100_500_000, await anvil.Token.BalanceOfAsync(trader.Address));
        Assert.Equal(rollupBefore + 100_500_000, await anvil.Token.BalanceOfAsync(anvil.Deployment.Rollup));
        var queued = await anvil.PriorityRequestAsync(index);
        Assert.Equal(PriorityRequestKind.Deposit, queued.Kind);
        Assert.Equal(new Rollup.Core.Operations.DepositOperation(trader.Address, 100_500_000), queued.ToOperation());
        Assert.Equal(root.GetProperty("transactionHash").GetString(), "0x" + Convert.ToHexStringLower(queued.Position.TransactionHash));
    }

    [Fact]
    public async Task Deposit_to_another_address_prints_a_readable_summary_and_credits_that_address()
    {
        var trader = DevKeys.Depositor;
        Assert.Equal(0, Run("devnet-mint", trader, "--amount", "5").ExitCode);
        var beneficiary = DevKeys.Withdrawer.Key.GetPublicAddress();

        var run = Run("deposit", trader, "--amount", "0.000001", "--to", beneficiary);

        Assert.True(run.ExitCode == 0, run.Error);
        Assert.Contains("queue index", run.Out);
        Assert.Contains("0.000001", run.Out);
        Assert.Contains(beneficiary, run.Out);
        var line = run.Out.Split('\n').Single(l => l.StartsWith("queue index", StringComparison.Ordinal));
        var queued = await anvil.PriorityRequestAsync(ulong.Parse(line["queue index".Length..].Trim()));
        Assert.Equal(new Rollup.Core.Operations.DepositOperation(DevKeys.Withdrawer.Address, 1), queued.ToOperation());
        Assert.Equal(trader.Address, queued.Sender);
        Assert.Contains("depositing", run.Error);
    }

    [Fact]
    public async Task Register_key_queues_the_l2_key_derived_from_the_sender_ethereum_key()
    {
        var trader = DevKeys.Registrant;
        var expected = L2KeyFromEthereum.Derive(trader.Key).GetPublicKey();

        var run = Run("register-key", trader, "--json");

        Assert.True(run.ExitCode == 0, run.Error);
        using var doc = JsonDocument.Parse(run.Out);
        var root = doc.RootElement;
        var l2 = root.GetProperty("l2PublicKey");
        Assert.Equal("0x" + Convert.ToHexStringLower(expected.Pack()), l2.GetProperty("packed").GetString());
        Assert.Equal(expected.Point.X.ToString(), l2.GetProperty("x").GetString());
        Assert.Equal(expected.Point.Y.ToString(), l2.GetProperty("y").GetString());
        var queued = await anvil.PriorityRequestAsync(root.GetProperty("queueIndex").GetUInt64());
        Assert.Equal(PriorityRequestKind.L1RegisterKey, queued.Kind);
        Assert.Equal(trader.Address, queued.Account);
        Assert.Equal(expected.Pack(), queued.Fields[20..]);
    }

    [Fact]
    public async Task Force_withdraw_queues_a_forced_withdrawal_of_the_account_for_the_sender()
    {
        var trader = DevKeys.Withdrawer;

        var run = Run("force-withdraw", trader, "--account", "7", "--json");

        Assert.True(run.ExitCode == 0, run.Error);
        using var doc = JsonDocument.Parse(run.Out);
        Assert.Equal(7u, doc.RootElement.GetProperty("accountId").GetUInt32());
        var queued = await anvil.PriorityRequestAsync(doc.RootElement.GetProperty("queueIndex").GetUInt64());
        Assert.Equal(PriorityRequestKind.ForcedWithdrawal, queued.Kind);
        Assert.Equal(trader.Address, queued.Account);
        Assert.Equal(7u, BinaryPrimitives.ReadUInt32BigEndian(queued.Fields.AsSpan(20)));
    }

    [Fact]
    public async Task Force_withdraw_of_an_account_outside_the_tree_is_refused_without_a_transaction()
    {
        var trader = DevKeys.Withdrawer;
        var nonce = await anvil.NonceAsync(trader.Address);

        var run = Run("force-withdraw", trader, "--account", "256");

        Assert.Equal(4, run.ExitCode);
        Assert.Contains("depth 8", run.Error);
        Assert.Equal(nonce, await anvil.NonceAsync(trader.Address));
    }

    [Fact]
    public async Task Claim_with_nothing_pending_is_refused_with_exit_4_and_sends_nothing()
    {
        var trader = DevKeys.Withdrawer;
        var nonce = await anvil.NonceAsync(trader.Address);
        Assert.Equal(BigInteger.Zero, await anvil.Rollup.PendingWithdrawalAsync(trader.Address));

        var run = Run("claim", trader);

        Assert.Equal(4, run.ExitCode);
        Assert.Contains("nothing is pending", run.Error);
        Assert.Equal("", run.Out);
        Assert.Equal(nonce, await anvil.NonceAsync(trader.Address));
    }

    [Fact]
    public async Task Claim_pays_the_amount_asked_then_all_that_is_left()
    {
        var trader = DevKeys.Claimer;
        // The rollup must hold the collateral it pays out: the claimer deposits it first.
        Assert.Equal(0, Run("devnet-mint", trader, "--amount", "3").ExitCode);
        Assert.Equal(0, Run("deposit", trader, "--amount", "3").ExitCode);
        var total = await anvil.Rollup.TotalPendingWithdrawalsAsync();
        await anvil.PendingWithdrawals.SetAsync(trader.Address, 2_500_000, total + 2_500_000);
        var before = await anvil.Token.BalanceOfAsync(trader.Address);

        var part = Run("claim", trader, "--amount", "1", "--json");
        var rest = Run("claim", trader, "--json");

        Assert.True(part.ExitCode == 0, part.Error);
        Assert.True(rest.ExitCode == 0, rest.Error);
        using var first = JsonDocument.Parse(part.Out);
        using var second = JsonDocument.Parse(rest.Out);
        Assert.Equal("1000000", first.RootElement.GetProperty("claimedMicroUsd").GetString());
        Assert.Equal("1.5", first.RootElement.GetProperty("pendingAfter").GetString());
        Assert.Equal("1.5", second.RootElement.GetProperty("claimed").GetString());
        Assert.Equal("0", second.RootElement.GetProperty("pendingAfterMicroUsd").GetString());
        Assert.Equal((before + 2_500_000).ToString(), second.RootElement.GetProperty("tokenBalanceMicroUsd").GetString());
        Assert.Equal(before + 2_500_000, await anvil.Token.BalanceOfAsync(trader.Address));
        Assert.Equal(BigInteger.Zero, await anvil.Rollup.PendingWithdrawalAsync(trader.Address));
    }

    [Fact]
    public async Task Claim_of_more_than_is_pending_is_refused_without_a_transaction()
    {
        var trader = DevKeys.Reverted;
        var total = await anvil.Rollup.TotalPendingWithdrawalsAsync();
        await anvil.PendingWithdrawals.SetAsync(trader.Address, 1_000_000, total + 1_000_000);
        var nonce = await anvil.NonceAsync(trader.Address);
        try
        {
            var run = Run("claim", trader, "--amount", "1.000001");

            Assert.Equal(4, run.ExitCode);
            Assert.Contains("1 USD pending, less than the 1.000001 asked", run.Error);
            Assert.Equal(nonce, await anvil.NonceAsync(trader.Address));
        }
        finally
        {
            await anvil.PendingWithdrawals.SetAsync(trader.Address, 0, total);
        }
    }

    [Fact]
    public async Task Claim_the_contract_reverts_exits_4_naming_the_custom_error()
    {
        var trader = DevKeys.Reverted;
        // More than the rollup holds: the token transfer fails inside claim and SafeCollateral reverts.
        var huge = BigInteger.Pow(10, 18);
        var total = await anvil.Rollup.TotalPendingWithdrawalsAsync();
        await anvil.PendingWithdrawals.SetAsync(trader.Address, huge, total + huge);
        var nonce = await anvil.NonceAsync(trader.Address);
        try
        {
            var run = Run("claim", trader);

            Assert.Equal(4, run.ExitCode);
            Assert.Contains("OptionsRollup.claim reverted", run.Error);
            Assert.Contains("TokenCallFailed", run.Error);
            Assert.Equal(nonce, await anvil.NonceAsync(trader.Address));
        }
        finally
        {
            await anvil.PendingWithdrawals.SetAsync(trader.Address, 0, total);
        }
    }

    [Fact]
    public async Task A_transaction_journaled_by_an_interrupted_run_is_sent_before_the_next_command()
    {
        var trader = DevKeys.Resumer;
        var journalPath = anvil.NewJournalPath();
        var nonce = await anvil.NonceAsync(trader.Address);
        // An earlier run signed and journaled a mint of 7 USD, then died before broadcasting it.
        var latest = await anvil.Eth.GetBlockByNumberAsync(Rollup.SettlementClient.Rpc.BlockTag.Latest);
        var mint = new Rollup.SettlementClient.Transactions.Transaction1559
        {
            ChainId = TraderAnvilFixture.ChainId,
            Nonce = nonce,
            MaxPriorityFeePerGas = 1_000_000_000,
            MaxFeePerGas = 2 * latest!.BaseFeePerGas!.Value + 1_000_000_000,
            GasLimit = 200_000,
            To = anvil.Deployment.Collateral,
            Data = anvil.Artifacts.Get("DevnetStablecoin").Function("mint").EncodeCall([trader.Address, new BigInteger(7_000_000)]),
        }.Sign(trader.Key);
        using (var journal = new Rollup.SettlementClient.TxManager.FileTransactionJournal(journalPath))
            await journal.AppendAsync(Rollup.SettlementClient.TxManager.JournalRecord.Signed(nonce, "mint 7000000", mint.GetRawTransaction()));
        Assert.Null(await anvil.Eth.GetTransactionReceiptAsync(mint.GetHash()));

        // The deposit needs the minted tokens: it succeeds only if the journaled mint landed first.
        var run = CliRun.Of("deposit", "--amount", "7", "--json", "--rpc", anvil.Endpoint.ToString(), "--deployment", anvil.DeploymentFile,
            "--private-key-env", trader.Variable, "--journal", journalPath);

        Assert.True(run.ExitCode == 0, run.Error);
        var minted = await anvil.Eth.GetTransactionReceiptAsync(mint.GetHash());
        Assert.NotNull(minted);
        Assert.True(minted.Succeeded);
        Assert.Contains("0x" + Convert.ToHexStringLower(mint.GetHash()), run.Error);
        Assert.Equal(nonce + 3, await anvil.NonceAsync(trader.Address)); // the mint, the approve and the deposit
        Assert.Equal(BigInteger.Zero, await anvil.Token.BalanceOfAsync(trader.Address));
        using var doc = JsonDocument.Parse(run.Out);
        Assert.Equal("7000000", doc.RootElement.GetProperty("amountMicroUsd").GetString());
    }

    [Theory]
    [InlineData("deposit", "0")]
    [InlineData("deposit", "0.0000001")]
    [InlineData("deposit", "-1")]
    [InlineData("deposit", "1e3")]
    [InlineData("deposit", "1,5")]
    [InlineData("deposit", "9223372036854.775808")]
    [InlineData("devnet-mint", "12.")]
    [InlineData("claim", "0.1234567")]
    public async Task Bad_amounts_are_refused_with_exit_2_before_any_transaction(string command, string amount)
    {
        var trader = DevKeys.Depositor;
        var nonce = await anvil.NonceAsync(trader.Address);

        var run = Run(command, trader, $"--amount={amount}");

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("--amount", run.Error);
        Assert.Equal(nonce, await anvil.NonceAsync(trader.Address));
    }

    [Fact]
    public async Task Deposit_above_the_token_balance_is_refused_before_the_approve()
    {
        var trader = DevKeys.Registrant;
        var nonce = await anvil.NonceAsync(trader.Address);

        var run = Run("deposit", trader, "--amount", "9223372036854.775807");

        Assert.Equal(4, run.ExitCode);
        Assert.Contains("less than 9223372036854.775807", run.Error);
        Assert.Equal(nonce, await anvil.NonceAsync(trader.Address));
    }

    [Fact]
    public async Task Deposit_into_a_paused_rollup_is_refused_before_the_approve()
    {
        var trader = DevKeys.Depositor;
        Assert.Equal(0, Run("devnet-mint", trader, "--amount", "1").ExitCode);
        var nonce = await anvil.NonceAsync(trader.Address);
        await anvil.SendAsDeployerAsync("pause");
        try
        {
            var run = Run("deposit", trader, "--amount", "1");

            Assert.Equal(4, run.ExitCode);
            Assert.Contains("is paused", run.Error);
            Assert.Equal(nonce, await anvil.NonceAsync(trader.Address));
        }
        finally
        {
            await anvil.SendAsDeployerAsync("unpause");
        }
    }

    [Fact]
    public async Task Register_key_signs_with_a_keystore_key_and_a_wrong_password_is_refused()
    {
        using var dir = new TempDirectory();
        var keystore = dir.File("trader.json");
        const string passwordVariable = "ROLLUP_CLI_TEST_TRADER_KEYSTORE_PASSWORD";
        Environment.SetEnvironmentVariable(passwordVariable, "correct horse");
        try
        {
            var created = CliRun.Of("keys", "new", "--keystore", keystore, "--password-env", passwordVariable, "--light", "--json");
            Assert.True(created.ExitCode == 0, created.Error);
            using var key = JsonDocument.Parse(created.Out);
            var address = Rollup.Core.Ethereum.L1Address.Parse(key.RootElement.GetProperty("address").GetString()!);
            await anvil.FundAsync(address);
            string[] common = ["register-key", "--rpc", anvil.Endpoint.ToString(), "--deployment", anvil.DeploymentFile, "--keystore", keystore,
                "--password-env", passwordVariable, "--journal", anvil.NewJournalPath(), "--json"];

            var run = CliRun.Of(common);
            Environment.SetEnvironmentVariable(passwordVariable, "wrong horse");
            var refused = CliRun.Of(common);

            Assert.True(run.ExitCode == 0, run.Error);
            using var doc = JsonDocument.Parse(run.Out);
            Assert.Equal(key.RootElement.GetProperty("l2PublicKey").GetProperty("packed").GetString(),
                doc.RootElement.GetProperty("l2PublicKey").GetProperty("packed").GetString());
            var queued = await anvil.PriorityRequestAsync(doc.RootElement.GetProperty("queueIndex").GetUInt64());
            Assert.Equal(address, queued.Account);
            Assert.Equal(4, refused.ExitCode);
            Assert.Equal(1UL, await anvil.NonceAsync(address));
        }
        finally
        {
            Environment.SetEnvironmentVariable(passwordVariable, null);
        }
    }

    [Fact]
    public async Task Deployment_of_another_chain_is_refused()
    {
        var trader = DevKeys.Depositor;
        var nonce = await anvil.NonceAsync(trader.Address);
        var file = anvil.DeploymentFileWith(d => d with { ChainId = 1 });

        var run = CliRun.Of("deposit", "--amount", "1", "--rpc", anvil.Endpoint.ToString(), "--deployment", file,
            "--private-key-env", trader.Variable, "--journal", anvil.NewJournalPath());

        Assert.Equal(4, run.ExitCode);
        Assert.Contains("chain 1", run.Error);
        Assert.Contains($"chain {TraderAnvilFixture.ChainId}", run.Error);
        Assert.Equal(nonce, await anvil.NonceAsync(trader.Address));
    }

    [Fact]
    public async Task Devnet_mint_is_refused_when_the_collateral_is_not_the_devnet_token()
    {
        var trader = DevKeys.Depositor;
        var nonce = await anvil.NonceAsync(trader.Address);
        var file = anvil.DeploymentFileWith(d => d with { CollateralIsDevnetToken = false });

        var run = CliRun.Of("devnet-mint", "--amount", "1", "--rpc", anvil.Endpoint.ToString(), "--deployment", file,
            "--private-key-env", trader.Variable, "--journal", anvil.NewJournalPath());

        Assert.Equal(4, run.ExitCode);
        Assert.Contains("not the devnet token", run.Error);
        Assert.Equal(nonce, await anvil.NonceAsync(trader.Address));
    }

    [Fact]
    public void Missing_deployment_file_exits_3()
    {
        var run = CliRun.Of("status", "--rpc", anvil.Endpoint.ToString(), "--deployment", anvil.NewJournalPath());

        Assert.Equal(3, run.ExitCode);
        Assert.Contains("does not exist", run.Error);
    }

    [Fact]
    public void Contract_address_without_code_is_refused()
    {
        var run = CliRun.Of("status", "--rpc", anvil.Endpoint.ToString(), "--contract", DevKeys.Depositor.Key.GetPublicAddress());

        Assert.Equal(4, run.ExitCode);
        Assert.Contains("no contract", run.Error);
    }

    [Fact]
    public void Contract_that_is_not_an_options_rollup_is_refused()
    {
        var run = CliRun.Of("status", "--rpc", anvil.Endpoint.ToString(), "--contract", anvil.Deployment.Collateral.ToString());

        Assert.Equal(4, run.ExitCode);
        Assert.Contains("is not an OptionsRollup", run.Error);
    }

    [Fact]
    public async Task Status_prints_the_contract_state_and_the_address_balances_as_json()
    {
        var trader = DevKeys.Depositor;

        var run = CliRun.Of("status", "--rpc", anvil.Endpoint.ToString(), "--deployment", anvil.DeploymentFile,
            "--address", trader.Key.GetPublicAddress(), "--json");

        Assert.True(run.ExitCode == 0, run.Error);
        using var doc = JsonDocument.Parse(run.Out);
        var root = doc.RootElement;
        var block = Rollup.SettlementClient.Rpc.BlockTag.Number(root.GetProperty("blockNumber").GetUInt64());
        Assert.Equal(TraderAnvilFixture.ChainId, root.GetProperty("chainId").GetUInt64());
        Assert.Equal(anvil.Deployment.Collateral, Rollup.Core.Ethereum.L1Address.Parse(root.GetProperty("collateral").GetString()!));
        Assert.Equal(0ul, root.GetProperty("lastCommittedBatch").GetUInt64());
        Assert.Equal(0ul, root.GetProperty("lastProvenBatch").GetUInt64());
        Assert.Equal(await anvil.Rollup.PriorityCountAsync(block), root.GetProperty("priorityCount").GetUInt64());
        Assert.Equal(0ul, root.GetProperty("priorityCommitted").GetUInt64());
        Assert.False(root.GetProperty("paused").GetBoolean());
        Assert.False(root.GetProperty("exodus").GetProperty("active").GetBoolean());
        var account = root.GetProperty("balances");
        Assert.Equal(trader.Key.GetPublicAddress(), account.GetProperty("address").GetString());
        Assert.Equal("0", account.GetProperty("pendingWithdrawalMicroUsd").GetString());
        Assert.Equal((await anvil.Token.BalanceOfAsync(trader.Address, block)).ToString(), account.GetProperty("tokenBalanceMicroUsd").GetString());
    }

    private CliRun Run(string command, DevKeys trader, params string[] extra) =>
        CliRun.Of([command, "--rpc", anvil.Endpoint.ToString(), "--deployment", anvil.DeploymentFile,
            "--private-key-env", trader.Variable, "--journal", anvil.NewJournalPath(), .. extra]);
}
