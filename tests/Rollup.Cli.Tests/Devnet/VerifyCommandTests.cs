using System.Text.Json;
using System.Text.Json.Nodes;
using Rollup.Core.Fields;
using Rollup.Core.Pubdata;
using Rollup.SettlementClient.Contracts.Rollup;

namespace Rollup.Cli.Tests.Devnet;

public class VerifyCommandTests(DevnetFixture devnet) : IClassFixture<DevnetFixture>
{
    private CliRun Verify(params string[] extra) =>
        CliRun.Of(["verify", "--rpc", devnet.Rpc, "--deployment", devnet.DeploymentFile, "--confirmations", "0", .. extra]);

    [Fact]
    public void Session_batches_verify_from_L1_to_the_roots_the_operator_computed()
    {
        Assert.Equal(3, devnet.Batches.Count);
        var run = Verify("--genesis", devnet.GenesisFile, "--json");
        Assert.Equal(0, run.ExitCode);
        var json = JsonNode.Parse(run.Out)!;
        Assert.True(json["ok"]!.GetValue<bool>());
        Assert.Equal(3UL, json["lastVerifiedBatch"]!.GetValue<ulong>());
        Assert.Equal(devnet.Batches[^1].NewRoot.ToString(), json["root"]!.GetValue<string>());
        var batches = json["batches"]!.AsArray();
        Assert.Equal([1UL, 2UL, 3UL], batches.Select(b => b!["batch"]!.GetValue<ulong>()));
        Assert.All(batches, b => Assert.Equal("NotProven", b!["verdict"]!.GetValue<string>()));
        // 11 accepted operations in batch 1 (7 L1 requests, a price, a listing, two trades), 2 then 4.
        Assert.Equal([11, 2, 4], batches.Select(b => b!["operations"]!.GetValue<int>()));
        Assert.Contains("batch 3/3", run.Error);
    }

    [Fact]
    public void Genesis_other_than_the_deployed_one_is_refused_before_reading_batches()
    {
        var changed = JsonNode.Parse(File.ReadAllText(devnet.GenesisFile))!;
        changed["risk"]!["takerFeeBps"] = 6;
        var file = devnet.Scratch("other-genesis.json");
        File.WriteAllText(file, changed.ToJsonString());
        var run = Verify("--genesis", file);
        Assert.Equal(ExitCodes.CheckFailed, run.ExitCode);
        Assert.Contains("the contract holds", run.Error);
        Assert.Equal("", run.Out);

        var otherContract = JsonNode.Parse(File.ReadAllText(devnet.GenesisFile))!;
        otherContract["verifyingContract"] = "0x000000000000000000000000000000000000dEaD";
        File.WriteAllText(file, otherContract.ToJsonString());
        run = Verify("--genesis", file);
        Assert.Equal(ExitCodes.CheckFailed, run.ExitCode);
        Assert.Contains("names contract 0x000000000000000000000000000000000000dead", run.Error);
    }

    [Fact]
    public void Resumed_verification_starts_after_the_checkpoint_and_ends_at_the_same_root()
    {
        var checkpoint = devnet.Scratch("resume.ckpt");
        var first = Verify("--genesis", devnet.GenesisFile, "--checkpoint", checkpoint, "--json");
        Assert.Equal(0, first.ExitCode);
        Assert.True(File.Exists(checkpoint));
        var second = Verify("--genesis", devnet.GenesisFile, "--checkpoint", checkpoint, "--json");
        Assert.Equal(0, second.ExitCode);
        Assert.Contains("resuming after batch 3", second.Error);
        var a = JsonNode.Parse(first.Out)!;
        var b = JsonNode.Parse(second.Out)!;
        Assert.Empty(b["batches"]!.AsArray());
        Assert.Equal(a["root"]!.GetValue<string>(), b["root"]!.GetValue<string>());
        Assert.Equal(3UL, b["lastVerifiedBatch"]!.GetValue<ulong>());
    }

    [Fact]
    public async Task A_batch_committed_with_a_root_its_pubdata_does_not_give_is_reported_as_a_mismatch()
    {
        var snapshot = (await devnet.Net.Rpc.SendAsync("evm_snapshot")).GetString()!;
        try
        {
            // The contract takes any new root at commit (only a proof would refuse it): the verifier must not.
            var last = devnet.Batches[^1];
            var records = Enumerable.Repeat<PubdataRecord>(NoopRecord.Instance, 4).ToArray();
            var pubdata = PubdataCodec.Encode(last.Timestamp + 60, records);
            var lie = Fr.Add(last.NewRoot, Fr.FromUInt64(1));
            await devnet.Net.Operator.Rollup.CommitBatchAsync(new BatchHeader(4, last.PriorityEnd, last.PriorityEnd, last.NewRoot, lie), pubdata, []);

            var run = Verify("--genesis", devnet.GenesisFile, "--json");
            Assert.Equal(ExitCodes.CheckFailed, run.ExitCode);
            var json = JsonNode.Parse(run.Out)!;
            Assert.False(json["ok"]!.GetValue<bool>());
            Assert.Equal(3UL, json["lastVerifiedBatch"]!.GetValue<ulong>());
            var bad = json["batches"]!.AsArray()[^1]!;
            Assert.Equal(4UL, bad["batch"]!.GetValue<ulong>());
            Assert.Equal("RootMismatch", bad["verdict"]!.GetValue<string>());
            Assert.Equal(lie.ToString(), bad["posted"]!.GetValue<string>());
            Assert.Equal(last.NewRoot.ToString(), bad["reexecuted"]!.GetValue<string>());
        }
        finally
        {
            var reverted = await devnet.Net.Rpc.SendAsync("evm_revert", [snapshot]);
            Assert.Equal(JsonValueKind.True, reverted.ValueKind);
        }
    }

    [Fact]
    public void Missing_genesis_file_and_unreachable_node_get_their_exit_codes()
    {
        var missing = Verify("--genesis", devnet.Scratch("nope.json"));
        Assert.Equal(ExitCodes.BadInput, missing.ExitCode);
        Assert.Contains("does not exist", missing.Error);

        var unreachable = CliRun.Of("verify", "--rpc", "http://127.0.0.1:9/", "--deployment", devnet.DeploymentFile, "--genesis", devnet.GenesisFile);
        Assert.Equal(ExitCodes.Node, unreachable.ExitCode);

        var neither = CliRun.Of("verify", "--rpc", devnet.Rpc, "--genesis", devnet.GenesisFile);
        Assert.Equal(ExitCodes.Usage, neither.ExitCode);
        Assert.Contains("--deployment FILE or --contract ADDRESS", neither.Error);
    }
}
