using Rollup.SettlementClient.Verification;
using System.Numerics;
using Rollup.Core.Fields;
using Rollup.Core.Operations;
using Rollup.Core.State;
using Rollup.Core.Trees;
using Rollup.SettlementClient.Contracts.Deployment;
using Rollup.SettlementClient.Contracts.Reverts;
using Rollup.SettlementClient.Contracts.Rollup.Exits;
using Rollup.SettlementClient.Contracts.Rollup;
using Rollup.SettlementClient.Rpc;
using Xunit.Abstractions;

namespace Rollup.SettlementClient.Tests.Contracts;

/// <summary>
/// Whole lifecycles on anvil with the EchoVerifier test double (it accepts a proof whose a[0] is
/// the stored commitment): L1 requests, a Rollup.Core batch committed, proven, executed and the
/// withdrawal claimed; and exodus, with a deposit reclaimed and an account exited at the finalized root.
/// </summary>
public class OptionsRollupLifecycleOnAnvilTests(RollupAnvilFixture anvil, ITestOutputHelper output) : IClassFixture<RollupAnvilFixture>
{
    private const ulong Amount = 25_000_000;

    private static Groth16Proof EchoProof(Fr commitment) => new([commitment.ToBigInteger(), 0], [[0, 0], [0, 0]], [0, 0]);

    private async Task<ulong> NowAsync() => (await anvil.Eth.GetBlockByNumberAsync(BlockTag.Latest))!.Timestamp;

    [Fact]
    public async Task Withdrawal_of_a_core_batch_is_credited_by_executeBatch_and_claimed_to_the_users_wallet()
    {
        var core = new CoreChain();
        var deployment = await anvil.DeployAsync(RollupAnvilFixture.Config(new VerifierSource.FromArtifact("EchoVerifier"), core.GenesisRoot));
        var token = anvil.DevnetToken(deployment, anvil.User);
        var user = anvil.Rollup(deployment, anvil.User);
        var sequencer = anvil.Rollup(deployment, anvil.Operator);
        var l2Key = CoreChain.L2Key("withdrawer");
        var point = l2Key.GetPublicKey().Point;
        await token.MintAsync(anvil.User.From, Amount);
        await user.RegisterKeyAsync(point.X, point.Y);
        await user.DepositAsync(anvil.User.From, Amount);

        var now = await NowAsync();
        core.Transition.Timestamp = now;
        var register = new L1RegisterKeyOperation(anvil.User.From, point.X, point.Y);
        var deposit = new DepositOperation(anvil.User.From, Amount);
        // The account is created by the registration; its id and nonce are known once applied.
        var builder = new Rollup.Core.Batches.BatchBuilder(core.Transition, 1, now, slots: 4);
        Assert.True(builder.Add(register).Accepted);
        Assert.True(builder.Add(deposit).Accepted);
        var id = core.AccountOf(anvil.User.From);
        var nonce = core.State.GetAccount(id)!.Nonce;
        var withdraw = new WithdrawOperation(id, 10_000_000, nonce, l2Key.Sign(WithdrawOperation.Message(core.Transition.Domain, id, nonce, 10_000_000)));
        Assert.True(builder.Add(withdraw).Accepted);
        var batch = builder.Seal();

        var commit = await sequencer.CommitBatchAsync(batch);
        Assert.True((await sequencer.BatchAsync(1)).HasCredits);
        var early = await Assert.ThrowsAsync<ContractRevertException>(() => sequencer.ExecuteBatchAsync(1, batch.Pubdata));
        Assert.Equal("BatchNotFinal", early.ErrorName);

        await user.ProveBatchAsync(1, EchoProof((await user.BatchAsync(1)).Commitment));
        Assert.Equal(1UL, await user.LastProvenBatchAsync());
        var execute = await user.ExecuteBatchAsync(1, batch.Pubdata);

        Assert.True((await user.BatchAsync(1)).Executed);
        Assert.Equal(new BigInteger(10_000_000), await user.PendingWithdrawalAsync(anvil.User.From));
        Assert.Equal(new BigInteger(10_000_000), await user.TotalPendingWithdrawalsAsync());
        var twice = await Assert.ThrowsAsync<ContractRevertException>(() => user.ExecuteBatchAsync(1, batch.Pubdata));
        Assert.Equal("BatchAlreadyExecuted", twice.ErrorName);

        var tooMuch = await Assert.ThrowsAsync<ContractRevertException>(() => user.ClaimAsync(10_000_001));
        Assert.Equal("ClaimOutOfRange", tooMuch.ErrorName);
        Assert.Equal(new BigInteger(10_000_000), tooMuch.Error!["available"]);
        var claim = await user.ClaimAsync(10_000_000);
        output.WriteLine($"gas: commitBatch (4 slots: L1 key, deposit, withdraw, noop) {commit.GasUsed}, executeBatch (1 credit) {execute.GasUsed}, claim {claim.GasUsed}");

        Assert.Equal(new BigInteger(10_000_000), await token.BalanceOfAsync(anvil.User.From));
        Assert.Equal(new BigInteger(15_000_000), await token.BalanceOfAsync(deployment.Rollup));
        Assert.Equal(BigInteger.Zero, await user.PendingWithdrawalAsync(anvil.User.From));
    }

    [Fact]
    public async Task Exodus_reclaims_the_unconsumed_deposit_and_exits_the_account_at_the_finalized_root()
    {
        var core = new CoreChain();
        var deployment = await anvil.DeployAsync(RollupAnvilFixture.Config(new VerifierSource.FromArtifact("EchoVerifier"), core.GenesisRoot, priorityDeadlineSeconds: 60));
        var token = anvil.DevnetToken(deployment, anvil.User);
        var user = anvil.Rollup(deployment, anvil.User);
        var sequencer = anvil.Rollup(deployment, anvil.Operator);
        await token.MintAsync(anvil.User.From, Amount + 5_000_000);
        await user.DepositAsync(anvil.User.From, Amount);
        var batch = core.Build(await NowAsync(), new DepositOperation(anvil.User.From, Amount));
        await sequencer.CommitBatchAsync(batch);
        await sequencer.ProveBatchAsync(1, EchoProof(batch.PublicInput()));

        // A second deposit no batch consumes; past its deadline anyone may switch exodus on.
        await user.DepositAsync(anvil.User.From, 5_000_000);
        var notYet = await Assert.ThrowsAsync<ContractRevertException>(() => user.ActivateExodusAsync());
        Assert.Equal("NoOverdueRequest", notYet.ErrorName);
        var exitTooEarly = await Assert.ThrowsAsync<ContractRevertException>(() => user.ExitAsync(ExitOf(core, core.AccountOf(anvil.User.From))));
        Assert.Equal("ExodusNotActive", exitTooEarly.ErrorName);
        await anvil.AdvanceTimeAsync(120);
        await user.ActivateExodusAsync();
        Assert.Equal(new ExodusState(true, 1, 5_000_000), await user.ExodusStateAsync());
        var closed = await Assert.ThrowsAsync<ContractRevertException>(() => user.DepositAsync(anvil.User.From, 1));
        Assert.Equal("ExodusActive", closed.ErrorName);

        await user.ReclaimDepositAsync(1, anvil.User.From, 5_000_000);
        Assert.True(await user.DepositReclaimedAsync(1));
        var included = await Assert.ThrowsAsync<ContractRevertException>(() => user.ReclaimDepositAsync(0, anvil.User.From, Amount));
        Assert.Equal("DepositIncluded", included.ErrorName);

        var id = core.AccountOf(anvil.User.From);
        // The exit the verification engine builds from the rebuilt state is the one the contract pays.
        var proof = AccountExitProof.Build(core.State, 1, id);
        Assert.Equal((ulong)Amount, proof.ExitAmount);
        var exit = await user.ExitAsync(proof.ToExitRequest());
        output.WriteLine($"gas: exit (accounts depth 8, no positions) {exit.GasUsed}");
        Assert.True(await user.AccountExitedAsync(id));
        Assert.Equal(new BigInteger(Amount + 5_000_000), await user.PendingWithdrawalAsync(anvil.User.From));
        var again = await Assert.ThrowsAsync<ContractRevertException>(() => user.ExitAsync(ExitOf(core, id)));
        Assert.Equal("AccountAlreadyExited", again.ErrorName);

        await user.ClaimAsync(Amount + 5_000_000);
        Assert.Equal(new BigInteger(Amount + 5_000_000), await token.BalanceOfAsync(anvil.User.From));
        Assert.Equal(BigInteger.Zero, await token.BalanceOfAsync(deployment.Rollup));
    }

    /// <summary>The exit of an account without positions, from Rollup.Core's state at the finalized root.</summary>
    private static ExitRequest ExitOf(CoreChain core, uint id)
    {
        var state = core.State;
        var account = state.GetAccount(id)!;
        var leaf = new ExitAccountLeaf(account.PublicKeyX, account.PublicKeyY, account.L1Address, account.Nonce, account.Collateral,
            new SparseMerkleTree(Limits.PositionsDepth).Root, new SparseMerkleTree(core.Config.FillsDepth).Root);
        Assert.Equal(account.Leaf(), Account.ComputeLeaf(leaf.KeyX, leaf.KeyY, leaf.L1Address, leaf.Nonce, leaf.Collateral, leaf.PositionsRoot, leaf.FillsRoot));
        Fr[] fields = [state.AccountsRoot, state.SeriesRoot, state.UnderlyingsRoot, state.ExpiriesRoot, state.OraclesRoot, state.RiskParametersHash, Fr.FromUInt64(state.PriorityCursor)];
        return new ExitRequest(fields, id, leaf, state.GetAccountProof(id).Siblings.ToArray(), Enumerable.Repeat(ExitPositionLeaf.Empty, 8).ToArray(), []);
    }
}
