using System.Numerics;
using System.Text.Json.Nodes;
using Rollup.Cli.Devnet;

namespace Rollup.Cli.Tests.Devnet;

public class ExodusCommandTests(ExodusFixture devnet) : IClassFixture<ExodusFixture>
{
    private const string KeyVariable = "ROLLUP_TEST_EXODUS_KEY";

    private string[] Common(string command) =>
        [command, "--rpc", devnet.Rpc, "--deployment", devnet.DeploymentFile, "--genesis", devnet.GenesisFile, "--sync-confirmations", "0"];

    [Fact]
    public void Account_proof_is_built_at_the_last_finalized_batch_with_the_open_long_valued_at_the_index_price()
    {
        var bob = devnet.Net.Accounts[2].Address.ToString();
        var run = CliRun.Of([.. Common("account-proof"), "--address", bob]);
        Assert.True(run.ExitCode == 0, run.Error);
        var proof = JsonNode.Parse(run.Out)!;
        Assert.Equal("2", proof["batchNumber"]!.GetValue<string>());
        Assert.Equal(devnet.Batches[1].NewRoot.ToString(), proof["root"]!.GetValue<string>());
        Assert.Equal(bob, proof["leaf"]!["l1Address"]!.GetValue<string>());
        var open = proof["positions"]!.AsArray().Where(p => p!["quantity"]!.GetValue<string>() != "0").ToArray();
        Assert.Single(open);
        Assert.Equal("1000", open[0]!["quantity"]!.GetValue<string>());
        Assert.Single(proof["prices"]!.AsArray());
        // Collateral plus the call's intrinsic value at the last index price: (125,000 − 110,000) × 1 contract.
        var collateral = BigInteger.Parse(proof["leaf"]!["collateral"]!.GetValue<string>());
        Assert.Equal(collateral + 15_000 * ScriptedOperatorSession.Usd, BigInteger.Parse(proof["exitAmount"]!.GetValue<string>()));
    }

    [Fact]
    public async Task Exit_pays_the_proven_amount_into_the_pending_withdrawal_once()
    {
        var carol = devnet.Net.Accounts[3];
        Environment.SetEnvironmentVariable(KeyVariable, carol.PrivateKeyHex);
        using var journal = new TempDirectory();
        string[] send = ["--private-key-env", KeyVariable, "--journal", journal.File("j.jsonl")];
        var proofRun = CliRun.Of([.. Common("account-proof"), "--address", carol.Address.ToString()]);
        Assert.Equal(0, proofRun.ExitCode);
        var amount = BigInteger.Parse(JsonNode.Parse(proofRun.Out)!["exitAmount"]!.GetValue<string>());
        var before = await devnet.Net.Operator.Rollup.PendingWithdrawalAsync(carol.Address);

        var run = CliRun.Of([.. Common("exit"), .. send, "--json"]);
        Assert.True(run.ExitCode == 0, run.Error);
        var json = JsonNode.Parse(run.Out)!;
        Assert.Equal(amount.ToString(), json["amount"]!.GetValue<string>());
        Assert.Equal(before + amount, await devnet.Net.Operator.Rollup.PendingWithdrawalAsync(carol.Address));

        var again = CliRun.Of([.. Common("exit"), .. send]);
        Assert.Equal(ExitCodes.Refused, again.ExitCode);
        Assert.Contains("already exited", again.Error);
        Assert.Equal(before + amount, await devnet.Net.Operator.Rollup.PendingWithdrawalAsync(carol.Address));
    }

    [Fact]
    public void Account_proof_of_an_address_without_an_account_is_refused()
    {
        var run = CliRun.Of([.. Common("account-proof"), "--address", devnet.Net.Accounts[9].Address.ToString()]);
        Assert.Equal(ExitCodes.Refused, run.ExitCode);
        Assert.Contains("owns no account at the finalized state", run.Error);
    }

    [Fact]
    public void Verify_reports_proofs_on_L1_as_unchecked_without_a_key_and_as_invalid_against_the_wrong_key()
    {
        string[] verify = ["verify", "--rpc", devnet.Rpc, "--deployment", devnet.DeploymentFile, "--genesis", devnet.GenesisFile, "--confirmations", "0", "--json"];
        var unchecked_ = CliRun.Of(verify);
        Assert.Equal(0, unchecked_.ExitCode);
        var verdicts = JsonNode.Parse(unchecked_.Out)!["batches"]!.AsArray().Select(b => b!["verdict"]!.GetValue<string>());
        Assert.Equal(["ProofNotChecked", "ProofNotChecked", "NotProven"], verdicts);

        // The echo "proofs" are no Groth16 proofs: the real verifier's key refuses them.
        var vk = Path.Combine(Rollup.Cli.L1.RepositoryLayout.Root(), "contracts", "test", "fixtures", "batch-proof", "verification_key.json");
        var run = CliRun.Of([.. verify, "--vk", vk]);
        Assert.Equal(ExitCodes.CheckFailed, run.ExitCode);
        var bad = JsonNode.Parse(run.Out)!["batches"]!.AsArray()[^1]!;
        Assert.Equal(1UL, bad["batch"]!.GetValue<ulong>());
        Assert.Equal("ProofInvalid", bad["verdict"]!.GetValue<string>());
    }
}
