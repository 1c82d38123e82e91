using System.Globalization;
using System.Text.Json;
using Rollup.Core.Fields;
using Rollup.Core.Operations;
using Rollup.Core.State;
using Rollup.Core.Tests.Protocol;
using Rollup.Core.Trees;

namespace Rollup.Core.Tests.Exodus;

/// <summary>
/// The settlement contract's exodus tests prove account leaves on-chain against a state root.
/// The fixture they read is a real <see cref="RollupState"/> after deposits, a trade, a
/// withdrawal and a key-less deposit: the root's seven fields, and each account's leaf fields
/// and accounts-tree proof, as <see cref="RollupState"/> and <see cref="MerkleProof"/> give them.
/// </summary>
public class ExodusExitContractFixtureTests
{
    // Set to 1 to rewrite the fixture instead of only comparing.
    private const string RegenerateVariable = "ROLLUP_REGENERATE_CONTRACTS";

    [Fact]
    public void Committed_exodus_fixture_is_what_RollupState_proves()
    {
        var path = Path.Combine(RepositoryRoot(), "contracts", "test", "fixtures", "exodus-accounts.json");
        var expected = Fixture();
        if (Environment.GetEnvironmentVariable(RegenerateVariable) == "1") File.WriteAllText(path, expected);
        Assert.True(File.Exists(path), $"{path} is missing; run the tests with {RegenerateVariable}=1");
        Assert.True(expected == File.ReadAllText(path), $"{path} differs from RollupState's proofs; run the tests with {RegenerateVariable}=1");
    }

    private static RollupState Scenario()
    {
        var h = new Harness();
        var maker = h.NewTrader("maker", 20_000);
        var taker = h.NewTrader("taker", 10_000);
        var series = h.StandardSeries();
        Assert.True(h.Trade(maker, taker, series, Side.Buy, 2_000, 1_000).Accepted);
        var alice = h.NewTrader("alice", 5_000);
        Assert.True(h.Withdraw(alice, 1_000 * Harness.Usd).Accepted);
        h.MustApply(new DepositOperation(Harness.Address("dana"), 300 * Harness.Usd));
        return h.State;
    }

    private static string Fixture()
    {
        var state = Scenario();
        Fr[] stateFields =
        [
            state.AccountsRoot, state.SeriesRoot, state.UnderlyingsRoot, state.ExpiriesRoot,
            state.OraclesRoot, state.RiskParametersHash, Fr.FromUInt64(state.PriorityCursor),
        ];
        using var stream = new MemoryStream();
        using (var w = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true }))
        {
            w.WriteStartObject();
            w.WriteString("description", "A RollupState after deposits, a trade, a withdrawal and a key-less deposit: state root fields and account proofs (docs/PROTOCOL.md section 4), written by ExodusExitContractFixtureTests in Rollup.Core.Tests.");
            w.WriteNumber("accountsDepth", state.Config.AccountsDepth);
            w.WriteString("root", state.Root.ToString());
            w.WriteStartArray("stateFields");
            foreach (var f in stateFields) w.WriteStringValue(f.ToString());
            w.WriteEndArray();
            w.WriteString("totalCollateral", state.TotalCollateral().ToString(CultureInfo.InvariantCulture));
            w.WriteStartArray("accounts");
            for (uint id = 0; id < state.NextAccountId; id++)
            {
                var a = state.GetAccount(id)!;
                var proof = state.GetAccountProof(id);
                Assert.True(proof.Verify(state.AccountsRoot));
                Assert.Equal(a.Leaf(), proof.Leaf);
                w.WriteStartObject();
                w.WriteNumber("id", id);
                w.WriteString("keyX", a.PublicKeyX.ToString());
                w.WriteString("keyY", a.PublicKeyY.ToString());
                w.WriteString("l1Address", a.L1Address.ToString());
                w.WriteNumber("nonce", a.Nonce);
                w.WriteString("collateral", a.Collateral.ToString(CultureInfo.InvariantCulture));
                w.WriteString("positionsRoot", a.PositionsTree.Root.ToString());
                w.WriteString("fillsRoot", a.FillsTree.Root.ToString());
                w.WriteBoolean("hasPositions", !a.PositionsTree.Root.Equals(DefaultNodes.At(Limits.PositionsDepth)));
                w.WriteString("leaf", proof.Leaf.ToString());
                w.WriteStartArray("siblings");
                foreach (var s in proof.Siblings) w.WriteStringValue(s.ToString());
                w.WriteEndArray();
                w.WriteEndObject();
            }
            w.WriteEndArray();
            w.WriteEndObject();
        }
        return System.Text.Encoding.UTF8.GetString(stream.ToArray()).ReplaceLineEndings("\n") + "\n";
    }

    private static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "Rollup.sln"))) return dir.FullName;
        throw new DirectoryNotFoundException("Rollup.sln not found above " + AppContext.BaseDirectory);
    }
}
