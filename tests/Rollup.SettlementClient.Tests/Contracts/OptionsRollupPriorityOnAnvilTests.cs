using System.Numerics;
using Rollup.Core.Curves;
using Rollup.Core.Fields;
using Rollup.SettlementClient.Contracts.Deployment;
using Rollup.SettlementClient.Contracts.Reverts;
using Rollup.SettlementClient.Rpc;
using Xunit.Abstractions;

namespace Rollup.SettlementClient.Tests.Contracts;

/// <summary>Priority requests through the binding on anvil: each is queued with the rolling hash the protocol defines.</summary>
public class OptionsRollupPriorityOnAnvilTests(RollupAnvilFixture anvil, ITestOutputHelper output) : IClassFixture<RollupAnvilFixture>
{
    private Task<RollupDeployment> DeployAsync() =>
        anvil.DeployAsync(RollupAnvilFixture.Config(new VerifierSource.FromArtifact("EchoVerifier"), Fr.FromUInt64(1)));

    [Fact]
    public async Task Deposit_of_minted_devnet_tokens_moves_them_into_the_rollup_and_is_queued()
    {
        var deployment = await DeployAsync();
        var token = anvil.DevnetToken(deployment, anvil.User);
        var rollup = anvil.Rollup(deployment, anvil.User);
        await token.MintAsync(anvil.User.From, 40_000_000);
        var before = await token.BalanceOfAsync(anvil.User.From);

        var receipt = await rollup.DepositAsync(anvil.User.From, 25_000_000);

        Assert.True(receipt.Succeeded);
        output.WriteLine($"gas: deposit (first, after its approve) {receipt.GasUsed}");
        Assert.Equal(before - 25_000_000, await token.BalanceOfAsync(anvil.User.From));
        Assert.Equal(new BigInteger(25_000_000), await token.BalanceOfAsync(deployment.Rollup));
        Assert.Equal(BigInteger.Zero, await token.AllowanceAsync(anvil.User.From, deployment.Rollup));
        Assert.Equal(1UL, await rollup.PriorityCountAsync());
        Assert.Equal(new BigInteger(25_000_000), await rollup.DepositTotalAtAsync(1));
        var entry = await rollup.PriorityEntryAsync(0);
        Assert.Equal(PriorityRequestHashes.Roll(new byte[32], PriorityRequestHashes.Deposit(anvil.User.From, 25_000_000)), entry.RollingHash);
        var block = await anvil.Eth.GetBlockByNumberAsync(BlockTag.Number(receipt.BlockNumber));
        Assert.Equal(block!.Timestamp + 3600, entry.Deadline);
        Assert.Equal(entry.RollingHash, await rollup.RollingHashAtAsync(1));
    }

    [Fact]
    public async Task Register_key_and_forced_withdrawal_are_queued_after_the_deposit_in_order()
    {
        var deployment = await DeployAsync();
        await anvil.DevnetToken(deployment, anvil.User).MintAsync(anvil.User.From, 1_000_000);
        var rollup = anvil.Rollup(deployment, anvil.User);
        var key = CoreChain.L2Key("register").GetPublicKey().Point;

        await rollup.DepositAsync(anvil.User.From, 1_000_000);
        await rollup.RegisterKeyAsync(key.X, key.Y);
        await rollup.ForcedWithdrawalAsync(7);

        Assert.Equal(3UL, await rollup.PriorityCountAsync());
        var rolling = PriorityRequestHashes.Roll(new byte[32], PriorityRequestHashes.Deposit(anvil.User.From, 1_000_000));
        rolling = PriorityRequestHashes.Roll(rolling, PriorityRequestHashes.RegisterKey(anvil.User.From, new JubjubPoint(key.X, key.Y).Pack()));
        Assert.Equal(rolling, (await rollup.PriorityEntryAsync(1)).RollingHash);
        rolling = PriorityRequestHashes.Roll(rolling, PriorityRequestHashes.ForcedWithdrawal(anvil.User.From, 7));
        Assert.Equal(rolling, (await rollup.PriorityEntryAsync(2)).RollingHash);
        // Requests that move no collateral add nothing to the deposit total.
        Assert.Equal(new BigInteger(1_000_000), await rollup.DepositTotalAtAsync(3));
        Assert.Equal(0UL, await rollup.PriorityCommittedAsync());
    }

    [Fact]
    public async Task Deposit_of_zero_reverts_with_AmountOutOfRange_and_a_short_balance_with_the_tokens_failure()
    {
        var deployment = await DeployAsync();
        var rollup = anvil.Rollup(deployment, anvil.User);

        var zero = await Assert.ThrowsAsync<ContractRevertException>(() => rollup.DepositAsync(anvil.User.From, 0));
        Assert.Equal("AmountOutOfRange", zero.ErrorName);
        Assert.Equal(BigInteger.Zero, zero.Error!["amount"]);
        Assert.Null(zero.TransactionHash);

        // No tokens: the pull fails inside the token, which SafeCollateral reports as TokenCallFailed.
        var broke = await Assert.ThrowsAsync<ContractRevertException>(() => rollup.DepositAsync(anvil.User.From, 5));
        Assert.Equal("TokenCallFailed", broke.ErrorName);
        Assert.Equal(deployment.Collateral, broke.Error!["token"]);
        Assert.Equal(0UL, await rollup.PriorityCountAsync());
    }

    [Fact]
    public async Task Views_answer_the_register_key_digest_and_domain_separator_of_core()
    {
        var deployment = await DeployAsync();
        var rollup = anvil.Rollup(deployment, anvil.User);
        var key = CoreChain.L2Key("digest").GetPublicKey().Point;

        var digest = await rollup.RegisterKeyDigestAsync(anvil.User.From, key.X, key.Y, 3);

        Assert.Equal(Rollup.Core.Ethereum.RegisterKeyTypedData.Digest(31337, deployment.Rollup, anvil.User.From, key.X, key.Y, 3), digest);
        Assert.Equal(Rollup.Core.Ethereum.RegisterKeyTypedData.DomainSeparator(31337, deployment.Rollup), await rollup.DomainSeparatorAsync());
    }
}
