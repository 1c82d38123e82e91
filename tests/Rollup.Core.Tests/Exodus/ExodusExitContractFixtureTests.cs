using Rollup.Core.Tests.ContractFixtures;
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
/// The fixture they read is a real <see cref="RollupState"/> with live and settled positions, a
/// withdrawal and a key-less deposit: the root's seven fields; each account's leaf fields,
/// accounts-tree proof, position slots and its positions' price proofs, as
/// <see cref="RollupState"/> and <see cref="MerkleProof"/> give them; and what its exit must pay.
/// </summary>
public class ExodusExitContractFixtureTests
{

    [Fact]
    public void Committed_exodus_fixture_is_what_RollupState_proves()
    {
        ContractFixture.AssertCommitted("exodus-accounts.json", Fixture(), "RollupState");
    }

    /// <summary>
    /// The maker sells the taker a live BTC call (strike 110,000) and a put (strike 105,000)
    /// expiring on day 1, settled at 98,000 (put worth 7,000); the index ends at 115,000 (call
    /// worth 5,000; at 200,000 the maker's short call owes more than the maker holds). Alice
    /// deposits and withdraws; dana deposits without a key.
    /// </summary>
    private static RollupState Scenario(ulong finalIndexUsd)
    {
        var h = new Harness();
        var maker = h.NewTrader("maker", 40_000);
        var taker = h.NewTrader("taker", 10_000);
        var call = h.StandardSeries();
        var put = h.List(Harness.Btc, 105_000, Harness.Day0 + 1, OptionKind.Put);
        Assert.True(h.Trade(maker, taker, call, Side.Buy, 2_000, 1_000).Accepted);
        var r = h.Trade(maker, taker, put, Side.Buy, 6_000, 500, makerOrderId: 2, takerOrderId: 2);
        Assert.True(r.Accepted, r.ToString());
        var alice = h.NewTrader("alice", 5_000);
        Assert.True(h.Withdraw(alice, 1_000 * Harness.Usd).Accepted);
        h.MustApply(new DepositOperation(Harness.Address("dana"), 300 * Harness.Usd));
        ulong putExpiry = SeriesTerms.ExpiryOfDay(Harness.Day0 + 1);
        h.Now = putExpiry + 60;
        Assert.True(h.PostPrice(Harness.Btc, 98_000, putExpiry, OraclePriceKind.Settlement).Accepted);
        Assert.True(h.PostPrice(Harness.Btc, finalIndexUsd).Accepted);
        return h.State;
    }

    /// <summary>
    /// The exit amount the contract must pay (docs/CONTRACTS.md): collateral plus each position
    /// settled as Settle does (longs floor(q·I/1000), shorts minus ceil(|q|·I/1000)) at the
    /// settlement price if posted, else the index price; nothing without a price; never below 0.
    /// </summary>
    private static ulong ExitAmount(RollupState state, Account account)
    {
        var equity = (System.Numerics.BigInteger)account.Collateral;
        foreach (var p in account.Positions)
        {
            if (p.IsEmpty) continue;
            var settlement = state.GetExpiry(p.Terms.Underlying, p.Terms.ExpiryDay).SettlementPrice;
            var s = settlement != 0 ? settlement : state.GetUnderlying(p.Terms.Underlying).IndexPrice;
            if (s == 0) continue;
            var value = (System.Numerics.BigInteger)Math.Abs(p.Quantity) * p.Terms.Intrinsic(s);
            equity += p.Quantity > 0 ? value / 1000 : -((value + 999) / 1000);
        }
        return equity > 0 ? (ulong)equity : 0;
    }

    private static void WriteProof(Utf8JsonWriter w, string name, MerkleProof proof)
    {
        w.WriteStartArray(name);
        foreach (var s in proof.Siblings) w.WriteStringValue(s.ToString());
        w.WriteEndArray();
    }

    private static void WritePositions(Utf8JsonWriter w, RollupState state, Account a)
    {
        w.WriteStartArray("positions");
        foreach (var p in a.Positions)
        {
            w.WriteStartObject();
            w.WriteNumber("seriesIndex", p.SeriesIndex);
            w.WriteNumber("underlying", p.Terms.Underlying);
            w.WriteString("strike", p.Terms.Strike.ToString(CultureInfo.InvariantCulture));
            w.WriteString("expiry", p.Terms.Expiry.ToString(CultureInfo.InvariantCulture));
            w.WriteNumber("kind", (int)p.Terms.Kind);
            w.WriteString("quantity", p.Quantity.ToString(CultureInfo.InvariantCulture));
            w.WriteString("entryPrice", p.EntryPrice.ToString(CultureInfo.InvariantCulture));
            w.WriteEndObject();
        }
        w.WriteEndArray();
        w.WriteStartArray("prices");
        foreach (var p in a.Positions)
        {
            if (p.IsEmpty) continue;
            var underlying = state.GetUnderlying(p.Terms.Underlying);
            var expiry = state.GetExpiry(p.Terms.Underlying, p.Terms.ExpiryDay);
            var underlyingProof = state.GetUnderlyingProof(p.Terms.Underlying);
            var expiryProof = state.GetExpiryProof(p.Terms.Underlying, p.Terms.ExpiryDay);
            Assert.True(underlyingProof.Verify(state.UnderlyingsRoot));
            Assert.Equal(underlying.Leaf(), underlyingProof.Leaf);
            Assert.True(expiryProof.Verify(state.ExpiriesRoot));
            Assert.Equal(expiry.Leaf(), expiryProof.Leaf);
            w.WriteStartObject();
            w.WriteString("indexPrice", underlying.IndexPrice.ToString(CultureInfo.InvariantCulture));
            w.WriteString("priceTimestamp", underlying.PriceTimestamp.ToString(CultureInfo.InvariantCulture));
            w.WriteString("strikeStep", underlying.StrikeStep.ToString(CultureInfo.InvariantCulture));
            WriteProof(w, "underlyingSiblings", underlyingProof);
            w.WriteNumber("listedCount", expiry.ListedCount);
            w.WriteString("settlementPrice", expiry.SettlementPrice.ToString(CultureInfo.InvariantCulture));
            WriteProof(w, "expirySiblings", expiryProof);
            w.WriteEndObject();
        }
        w.WriteEndArray();
    }

    private static string Fixture()
    {
        using var stream = new MemoryStream();
        using (var w = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true }))
        {
            w.WriteStartObject();
            w.WriteString("description", "A RollupState with live and settled positions, a withdrawal and a key-less deposit: state root fields, account proofs, positions, price proofs and exit amounts (docs/PROTOCOL.md section 4, docs/CONTRACTS.md); under insolvent, the same state with the index at 200,000 USD, where the short's exit amount is 0. Written by ExodusExitContractFixtureTests in Rollup.Core.Tests.");
            WriteState(w, Scenario(115_000));
            w.WriteStartObject("insolvent");
            WriteState(w, Scenario(200_000));
            w.WriteEndObject();
            w.WriteEndObject();
        }
        return System.Text.Encoding.UTF8.GetString(stream.ToArray()).ReplaceLineEndings("\n") + "\n";
    }

    private static void WriteState(Utf8JsonWriter w, RollupState state)
    {
        Fr[] stateFields =
        [
            state.AccountsRoot, state.SeriesRoot, state.UnderlyingsRoot, state.ExpiriesRoot,
            state.OraclesRoot, state.RiskParametersHash, Fr.FromUInt64(state.PriorityCursor),
        ];
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
            WriteProof(w, "siblings", proof);
            WritePositions(w, state, a);
            w.WriteString("exitAmount", ExitAmount(state, a).ToString(CultureInfo.InvariantCulture));
            w.WriteEndObject();
        }
        w.WriteEndArray();
    }

}
