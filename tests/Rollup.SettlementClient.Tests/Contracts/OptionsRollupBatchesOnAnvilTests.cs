using System.Numerics;
using System.Text.Json;
using Rollup.Core.Fields;
using Rollup.Core.Operations;
using Rollup.SettlementClient.Contracts.Deployment;
using Rollup.SettlementClient.Contracts.Reverts;
using Rollup.SettlementClient.Contracts.Rollup;
using Rollup.SettlementClient.Primitives;
using Rollup.SettlementClient.Rpc;
using Xunit.Abstractions;

namespace Rollup.SettlementClient.Tests.Contracts;

/// <summary>commitBatch of batches built by Rollup.Core, reverts decoded by name, and proveBatch through the real generated verifier.</summary>
public class OptionsRollupBatchesOnAnvilTests(RollupAnvilFixture anvil, ITestOutputHelper output) : IClassFixture<RollupAnvilFixture>
{
    private const ulong Amount = 25_000_000;

    private async Task<(OptionsRollupContract Rollup, CoreChain Core)> DeployWithDepositAsync(VerifierSource verifier, Fr? genesisRoot = null)
    {
        var core = new CoreChain();
        var deployment = await anvil.DeployAsync(RollupAnvilFixture.Config(verifier, genesisRoot ?? core.GenesisRoot));
        await anvil.DevnetToken(deployment, anvil.User).MintAsync(anvil.User.From, Amount);
        await anvil.Rollup(deployment, anvil.User).DepositAsync(anvil.User.From, Amount);
        return (anvil.Rollup(deployment, anvil.Operator), core);
    }

    private async Task<ulong> NowAsync() => (await anvil.Eth.GetBlockByNumberAsync(BlockTag.Latest))!.Timestamp;

    [Fact]
    public async Task Commit_of_a_core_batch_consuming_the_deposit_stores_cores_root_and_commitment()
    {
        var (rollup, core) = await DeployWithDepositAsync(new VerifierSource.FromArtifact("EchoVerifier"));
        var batch = core.Build(await NowAsync(), new DepositOperation(anvil.User.From, Amount));
        Assert.Equal(0UL, batch.PriorityFirst);
        Assert.Equal(1UL, batch.PriorityEnd);

        var receipt = await rollup.CommitBatchAsync(batch);

        Assert.True(receipt.Succeeded);
        Assert.Equal(1UL, await rollup.LastCommittedBatchAsync());
        Assert.Equal(0UL, await rollup.LastProvenBatchAsync());
        Assert.Equal(1UL, await rollup.PriorityCommittedAsync());
        var stored = await rollup.BatchAsync(1);
        Assert.Equal(batch.NewRoot, stored.Root);
        Assert.Equal(batch.PublicInput(), stored.Commitment);
        Assert.Equal(1UL, stored.PriorityEnd);
        Assert.False(stored.Executed);
        Assert.False(stored.HasCredits);
        Assert.Equal(batch.PublicInput(), await rollup.BatchCommitmentAsync(BatchHeader.FromBatch(batch), batch.Pubdata));
        // Before the commit the batch read as zeros; at the commit's block it is there.
        Assert.Equal(Fr.Zero, (await rollup.BatchAsync(1, BlockTag.Number(receipt.BlockNumber - 1))).Root);
    }

    [Fact]
    public async Task Commit_with_a_wrong_old_root_reverts_with_WrongPreviousRoot_decoded_and_stores_nothing()
    {
        var (rollup, core) = await DeployWithDepositAsync(new VerifierSource.FromArtifact("EchoVerifier"));
        var batch = core.Build(await NowAsync(), new DepositOperation(anvil.User.From, Amount));
        var header = BatchHeader.FromBatch(batch) with { OldRoot = Fr.FromUInt64(42) };

        var e = await Assert.ThrowsAsync<ContractRevertException>(() => rollup.CommitBatchAsync(header, batch.Pubdata, []));

        Assert.Equal("OptionsRollup", e.Contract);
        Assert.Equal("commitBatch", e.Function);
        Assert.Equal("WrongPreviousRoot", e.ErrorName);
        Assert.Equal(core.GenesisRoot.ToBigInteger(), e.Error!["expected"]);
        Assert.Equal(new BigInteger(42), e.Error["got"]);
        Assert.Contains($"WrongPreviousRoot(expected: {core.GenesisRoot}, got: 42)", e.Message);
        Assert.Equal(0UL, await rollup.LastCommittedBatchAsync());
    }

    [Fact]
    public async Task A_revert_mined_on_chain_is_replayed_and_decoded_with_the_transaction_hash()
    {
        var (rollup, core) = await DeployWithDepositAsync(new VerifierSource.FromArtifact("EchoVerifier"));
        var batch = core.Build(await NowAsync(), new DepositOperation(anvil.User.From, Amount));
        var wrongNumber = BatchHeader.FromBatch(batch) with { BatchNumber = 5 };

        // A fixed gas limit skips the estimate, so the transaction is mined and reverts on chain.
        var e = await Assert.ThrowsAsync<ContractRevertException>(() =>
            rollup.SendAsync("commitBatch", [wrongNumber.ToAbi(), batch.Pubdata, Array.Empty<object?>()], gasLimit: 1_000_000));

        Assert.NotNull(e.TransactionHash);
        var receipt = await anvil.Eth.GetTransactionReceiptAsync(e.TransactionHash);
        Assert.False(receipt!.Succeeded);
        Assert.Equal("WrongBatchNumber", e.ErrorName);
        Assert.Equal(BigInteger.One, e.Error!["expected"]);
        Assert.Equal(new BigInteger(5), e.Error["got"]);
        Assert.Contains(Hex.Encode(e.TransactionHash), e.Message);
    }

    [Fact]
    public async Task Commit_from_a_non_sequencer_reverts_with_NotSequencer_naming_the_caller()
    {
        var (rollup, core) = await DeployWithDepositAsync(new VerifierSource.FromArtifact("EchoVerifier"));
        var batch = core.Build(await NowAsync(), new DepositOperation(anvil.User.From, Amount));
        var asUser = OptionsRollupContract.Create(anvil.Artifacts, rollup.Address, anvil.Eth, anvil.User);

        var e = await Assert.ThrowsAsync<ContractRevertException>(() => asUser.CommitBatchAsync(batch));

        Assert.Equal("NotSequencer", e.ErrorName);
        Assert.Equal(anvil.User.From, e.Error!["caller"]);
    }

    [Fact]
    public async Task Prove_batch_through_the_generated_verifier_finalizes_with_the_real_proof_and_refuses_a_tampered_one()
    {
        // The Hardhat prove-batch test's case: the "one deposit" batch and the proof whose public input is its commitment.
        var cases = JsonDocument.Parse(File.ReadAllText(RepositoryFiles.PathOf("contracts", "test", "fixtures", "batch-commitments.json")));
        var oneDeposit = cases.RootElement.GetProperty("cases").EnumerateArray().Single(c => c.GetProperty("name").GetString() == "one deposit");
        var header = new BatchHeader(
            ulong.Parse(oneDeposit.GetProperty("batchNumber").GetString()!),
            ulong.Parse(oneDeposit.GetProperty("priorityFirst").GetString()!),
            ulong.Parse(oneDeposit.GetProperty("priorityEnd").GetString()!),
            Fr.Parse(oneDeposit.GetProperty("oldRoot").GetString()!),
            Fr.Parse(oneDeposit.GetProperty("newRoot").GetString()!));
        var pubdata = Hex.Decode(oneDeposit.GetProperty("pubdata").GetString()!);
        var proof = Groth16Proof.FromSnarkjsJson(File.ReadAllText(RepositoryFiles.PathOf("contracts", "test", "fixtures", "batch-proof", "proof.json")));
        var publicInput = Fr.Parse(JsonDocument.Parse(File.ReadAllText(RepositoryFiles.PathOf("contracts", "test", "fixtures", "batch-proof", "public.json"))).RootElement[0].GetString()!);

        var (rollup, _) = await DeployWithDepositAsync(new VerifierSource.FromArtifact("BatchProofVerifier"), header.OldRoot);
        await rollup.CommitBatchAsync(header, pubdata, []);
        Assert.Equal(publicInput, (await rollup.BatchAsync(1)).Commitment);

        var c = proof.C.ToArray();
        c[1] = (c[1] + 1) % Groth16Proof.BaseFieldModulus;
        var tampered = new Groth16Proof([.. proof.A], [[.. proof.B[0]], [.. proof.B[1]]], c);
        var refused = await Assert.ThrowsAsync<ContractRevertException>(() => rollup.ProveBatchAsync(1, tampered));
        Assert.Equal("InvalidProof", refused.ErrorName);
        Assert.Equal(BigInteger.One, refused.Error!["batchNumber"]);
        Assert.Equal(0UL, await rollup.LastProvenBatchAsync());

        var receipt = await rollup.ProveBatchAsync(1, proof);

        Assert.True(receipt.Succeeded);
        output.WriteLine($"gas: proveBatch (generated verifier) {receipt.GasUsed}");
        Assert.Equal(1UL, await rollup.LastProvenBatchAsync());
        var again = await Assert.ThrowsAsync<ContractRevertException>(() => rollup.ProveBatchAsync(1, proof));
        Assert.Equal("BatchAlreadyProven", again.ErrorName);
    }
}
