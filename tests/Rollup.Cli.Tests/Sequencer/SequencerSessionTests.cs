using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using Rollup.Cli.Devnet;
using Rollup.Cli.L1;
using Rollup.Core.Operations;
using Rollup.Core.Signatures;
using Rollup.Core.State;
using Rollup.Sequencer.Engine;
using Rollup.Sequencer.Hosting;
using Rollup.Sequencer.Service;
using Rollup.SettlementClient.Contracts.Deployment;

namespace Rollup.Cli.Tests.Sequencer;

/// <summary>
/// The whole path with real parts only: anvil with the system deployed, the sequencer service
/// (engine, LiteDB log, JSON-RPC, L1 feeder and poster) in process, and traders using the CLI:
/// L1 key registration and deposit, orders through the sequencer, a withdrawal, the batch
/// committed on L1 by the poster, and `rollup verify` agreeing with the sequencer's root.
/// </summary>
public class SequencerSessionTests
{
    private static readonly PrivateKey Oracle = new(SHA256.HashData(Encoding.UTF8.GetBytes("cli-sequencer-test/oracle")));

    [Fact]
    public async Task Traders_deposit_on_L1_trade_through_the_sequencer_withdraw_and_the_committed_batch_verifies()
    {
        using var dir = new TempDirectory();
        using var net = await DevnetNetwork.StartAsync(RepositoryLayout.Root(), 0, dir.File("devnet"), n => new GenesisConfig
        {
            AccountsDepth = 16,
            UnderlyingStrikeSteps = [1_000 * DevnetTradingSession.Usd],
            OracleKeys = [(Oracle.GetPublicKey().Point.X, Oracle.GetPublicKey().Point.Y)],
            InsuranceAccountOwner = n.Accounts[4].Address,
            FeeAccountOwner = n.Accounts[5].Address,
        }, new VerifierSource.FromArtifact("BatchProofVerifier"), CancellationToken.None);
        Environment.SetEnvironmentVariable("ROLLUP_TEST_SEQ_OPERATOR", net.Accounts[0].PrivateKeyHex);
        Environment.SetEnvironmentVariable("ROLLUP_TEST_SEQ_ALICE", net.Accounts[1].PrivateKeyHex);
        Environment.SetEnvironmentVariable("ROLLUP_TEST_SEQ_BOB", net.Accounts[2].PrivateKeyHex);

        await using var app = SequencerComposition.Build(
        [
            $"--Sequencer:DataDirectory={dir.File("sequencer")}",
            "--Sequencer:Rpc:Port=0",
            "--Sequencer:Admin:Port=0",
            "--Sequencer:Batch:Slots=16",
            $"--Sequencer:L1:RpcUrl={net.Endpoint}",
            $"--Sequencer:L1:DeploymentFile={net.DeploymentFile}",
            $"--Sequencer:L1:GenesisFile={net.GenesisFile}",
            "--Sequencer:L1:Confirmations=0",
            "--Sequencer:OperatorKey:Source=Environment",
            "--Sequencer:OperatorKey:Variable=ROLLUP_TEST_SEQ_OPERATOR",
            "--Logging:LogLevel:Default=Warning",
        ]);
        await app.StartAsync();
        var engine = app.Services.GetRequiredService<SequencerEngine>();
        var sequencer = $"http://127.0.0.1:{app.Services.GetRequiredService<SequencerEndpoints>().RpcPort}/";
        string[] l1 = ["--rpc", net.Endpoint.ToString(), "--deployment", net.DeploymentFile];
        string[] seq = ["--sequencer", sequencer, "--deployment", net.DeploymentFile];

        foreach (var (who, variable) in new[] { ("alice", "ROLLUP_TEST_SEQ_ALICE"), ("bob", "ROLLUP_TEST_SEQ_BOB") })
        {
            string[] key = ["--private-key-env", variable, "--journal", dir.File(who + ".jsonl")];
            Ok(CliRun.Of(["devnet-mint", .. l1, .. key, "--amount", "50000"]));
            Ok(CliRun.Of(["register-key", .. l1, .. key]));
            Ok(CliRun.Of(["deposit", .. l1, .. key, "--amount", "50000"]));
        }
        // The feeder reads the four requests from L1 and hands them to the engine.
        await WaitUntil(async () => await engine.ReadAsync(v => v.State.PriorityCursor) == 4);

        ulong now = (ulong)DateTimeOffset.UtcNow.ToUnixTimeSeconds();
        Require(await engine.ListSeriesAsync(new ListSeriesOperation(0, 110_000 * DevnetTradingSession.Usd, (ushort)(now / 86_400 + 7), OptionKind.Call)));
        var price = 100_000 * DevnetTradingSession.Usd;
        Require(await engine.OraclePriceAsync(new OraclePriceOperation(OraclePriceKind.Index, 0, now,
            [new OracleSubmission(0, price, Oracle.Sign(OraclePriceOperation.Message(engine.Domain, OraclePriceKind.Index, 0, now, price)))])));

        string[] alice = [.. seq, "--private-key-env", "ROLLUP_TEST_SEQ_ALICE"];
        string[] bob = [.. seq, "--private-key-env", "ROLLUP_TEST_SEQ_BOB"];
        var sell = CliRun.Of(["order", "place", .. alice, "--series", "0", "--side", "sell", "--price", "2000", "--size", "1", "--order-id", "7", "--json"]);
        Ok(sell);
        Assert.True(JsonNode.Parse(sell.Out)!["sequence"]!.GetValue<long>() > 0);
        var listed = CliRun.Of(["order", "list", .. alice, "--json"]);
        Ok(listed);
        Assert.Equal(7u, JsonNode.Parse(listed.Out)!.AsArray().Single()!["orderId"]!.GetValue<uint>());
        Ok(CliRun.Of(["order", "place", .. bob, "--series", "0", "--side", "buy", "--price", "2000", "--size", "0.6", "--order-id", "3"]));

        var bobAccount = CliRun.Of(["account", "show", .. bob, "--json"]);
        Ok(bobAccount);
        Assert.Equal(600, JsonNode.Parse(bobAccount.Out)!["positions"]!.AsArray().Single()!["quantity"]!.GetValue<long>());
        var resting = JsonNode.Parse(CliRun.Of(["order", "list", .. alice, "--json"]).Out)!.AsArray().Single()!;
        Assert.Equal(600, resting["filled"]!.GetValue<long>());
        Ok(CliRun.Of(["order", "cancel", .. alice, "--order-id", "7"]));
        Assert.Empty(JsonNode.Parse(CliRun.Of(["order", "list", .. alice, "--json"]).Out)!.AsArray());
        Ok(CliRun.Of(["withdraw", .. bob, "--amount", "100"]));
        var replay = CliRun.Of(["order", "place", .. bob, "--series", "0", "--side", "buy", "--price", "2000", "--size", "0.6", "--order-id", "3"]);
        Assert.Equal(ExitCodes.Refused, replay.ExitCode);

        // The poster commits the sealed batches; an independent verifier agrees with the sequencer's root.
        var sealedBatch = await engine.SealBatchAsync();
        Require(sealedBatch);
        var (root, lastSealed) = await engine.ReadAsync(v => (v.State.Root, v.NextBatchNumber - 1));
        Assert.True(lastSealed >= 3, $"the four L1 requests (each close to its devnet deadline) and the trading seal batches; sealed {lastSealed}");
        await WaitUntil(async () => await net.Operator.Rollup.LastCommittedBatchAsync() == lastSealed);
        var verify = CliRun.Of(["verify", .. l1, "--genesis", net.GenesisFile, "--confirmations", "0", "--json"]);
        Ok(verify);
        var verified = JsonNode.Parse(verify.Out)!;
        Assert.Equal(lastSealed, verified["lastVerifiedBatch"]!.GetValue<ulong>());
        Assert.Equal(root.ToString(), verified["root"]!.GetValue<string>());
        await app.StopAsync();
    }

    private static void Ok(CliRun run) => Assert.True(run.ExitCode == 0, $"exit {run.ExitCode}: {run.Error}\n{run.Out}");

    private static void Require(CommandResult r) => Assert.True(r.Accepted, r.ToString());

    private static async Task WaitUntil(Func<Task<bool>> condition)
    {
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (!await condition())
        {
            Assert.True(DateTime.UtcNow < deadline, "condition not reached within 30 s");
            await Task.Delay(100);
        }
    }
}
