using System.Text.Json;
using Rollup.Core.Fields;
using Rollup.Core.Hashing;
using Rollup.Core.State;
using Rollup.Core.Trees;
using Rollup.SettlementClient.Verification;

namespace Rollup.SettlementClient.Tests.Verification;

public class AccountExitProofTests
{
    private static readonly Lazy<ScriptedScenario> Scenario = new(() => new ScriptedScenario().Run());

    private static ScriptedScenario S => Scenario.Value;

    /// <summary>Batches 1-3 are proven, 4 is not: the exit state is batch 3's.</summary>
    private static async Task<StateVerifier> FinalizedAsync()
    {
        var verifier = new StateVerifier(S.Config, proofChecker: new TestProofChecker());
        await verifier.RunAsync(new InMemoryBatchSource(S.Committed(n => n <= 3)), stopAfter: 3);
        Assert.Equal(3UL, verifier.LastProvenBatch);
        return verifier;
    }

    [Fact]
    public async Task Exit_proof_of_a_trader_verifies_against_the_last_finalized_root_with_core_tree_code()
    {
        var verifier = await FinalizedAsync();
        Assert.Equal(3UL, verifier.LastBatch);
        var state = verifier.State;
        var trader = state.Accounts.First(a => a.Positions.ToArray().Count(p => !p.IsEmpty) == 2);

        var proof = AccountExitProof.Build(state, verifier.LastBatch, trader.Id);

        Assert.Equal(S.Batches[2].NewRoot, proof.Root);
        Assert.Equal(proof.Root, Poseidon.Hash(proof.StateFields.ToArray()));
        Assert.Equal(trader.Leaf(), proof.Leaf.Hash());
        Assert.Equal(S.Config.AccountsDepth, proof.Siblings.Count);
        Assert.True(new MerkleProof(trader.Id, proof.Leaf.Hash(), proof.Siblings.ToArray()).Verify(proof.StateFields[0]));
        Assert.Equal(8, proof.Positions.Count);
        var positions = SparseMerkleTree.FromLeaves(Limits.PositionsDepth, proof.Positions.Select((p, i) => ((ulong)i, p.Leaf())));
        Assert.Equal(proof.Leaf.PositionsRoot, positions.Root);
        Assert.Equal(2, proof.Prices.Count);
        int used = 0;
        foreach (var p in proof.Positions.Where(p => !p.IsEmpty))
        {
            var price = proof.Prices[used++];
            var underlyingLeaf = new UnderlyingState(price.IndexPrice, price.PriceTimestamp, price.StrikeStep).Leaf();
            Assert.True(new MerkleProof(p.Terms.Underlying, underlyingLeaf, price.UnderlyingSiblings.ToArray()).Verify(proof.StateFields[2]));
            var expiryLeaf = new ExpiryState(price.ListedCount, price.SettlementPrice).Leaf();
            Assert.True(new MerkleProof(ExpiryState.Key(p.Terms.Underlying, p.Terms.ExpiryDay), expiryLeaf, price.ExpirySiblings.ToArray()).Verify(proof.StateFields[3]));
            Assert.Equal(state.GetUnderlying(0).IndexPrice, price.IndexPrice);
            Assert.NotEqual(0UL, price.IndexPrice);
        }
    }

    [Fact]
    public async Task Exit_amount_is_collateral_plus_settlement_values_and_collateral_alone_without_positions()
    {
        var verifier = await FinalizedAsync();
        var state = verifier.State;
        var late = state.FindAccount(ScriptedScenario.Address("late"))!;
        var plain = AccountExitProof.Build(state, 3, late.Id);
        Assert.Equal(7_000 * ScriptedScenario.Usd, plain.ExitAmount);
        Assert.Empty(plain.Prices);
        Assert.All(plain.Positions, p => Assert.True(p.IsEmpty));

        foreach (var account in state.Accounts.Where(a => !a.Positions.ToArray().All(p => p.IsEmpty)))
        {
            var proof = AccountExitProof.Build(state, 3, account.Id);
            System.Numerics.BigInteger equity = account.Collateral;
            foreach (var p in account.Positions)
            {
                if (p.IsEmpty) continue;
                // Index 100,000 (posted with quorum: the median of 100,000 and 100,001 USD), no settlement yet at batch 3.
                ulong s = state.GetUnderlying(0).IndexPrice;
                var v = (System.Numerics.BigInteger)Math.Abs(p.Quantity) * p.Terms.Intrinsic(s);
                equity += p.Quantity > 0 ? v / 1000 : -((v + 999) / 1000);
            }
            Assert.Equal((ulong)System.Numerics.BigInteger.Max(equity, 0), proof.ExitAmount);
        }
    }

    [Fact]
    public async Task Exit_proof_json_has_the_contract_argument_shape()
    {
        var verifier = await FinalizedAsync();
        var trader = verifier.State.Accounts.First(a => a.Positions.ToArray().Any(p => !p.IsEmpty));
        var proof = AccountExitProof.Build(verifier.State, 3, trader.Id);

        using var doc = JsonDocument.Parse(proof.ToJson());
        var root = doc.RootElement;

        Assert.Equal(7, root.GetProperty("stateFields").GetArrayLength());
        Assert.Equal(trader.Id, root.GetProperty("accountId").GetUInt32());
        Assert.Equal(trader.L1Address.ToString(), root.GetProperty("leaf").GetProperty("l1Address").GetString());
        Assert.Equal(trader.Collateral.ToString(System.Globalization.CultureInfo.InvariantCulture), root.GetProperty("leaf").GetProperty("collateral").GetString());
        Assert.Equal(S.Config.AccountsDepth, root.GetProperty("siblings").GetArrayLength());
        Assert.Equal(8, root.GetProperty("positions").GetArrayLength());
        Assert.Equal(proof.Prices.Count, root.GetProperty("prices").GetArrayLength());
        Assert.Equal(Limits.UnderlyingsDepth, root.GetProperty("prices")[0].GetProperty("underlyingSiblings").GetArrayLength());
        Assert.Equal(proof.Root.ToString(), root.GetProperty("root").GetString());
        Assert.Equal(proof.ExitAmount.ToString(System.Globalization.CultureInfo.InvariantCulture), root.GetProperty("exitAmount").GetString());
    }

    [Fact]
    public async Task Exit_proof_of_an_unknown_account_is_refused()
    {
        var verifier = await FinalizedAsync();
        Assert.Throws<ArgumentOutOfRangeException>(() => AccountExitProof.Build(verifier.State, 3, 9_999));
    }
}
