using Rollup.SettlementClient.Contracts.Rollup.Exits;
using System.Numerics;
using Rollup.Core.Fields;
using Rollup.Core.State;
using Rollup.Core.Trees;

namespace Rollup.SettlementClient.Verification;

public sealed partial record AccountExitProof
{
    /// <summary>
    /// The exit proof of <paramref name="accountId"/> in <paramref name="state"/>, which must be the
    /// state of the last finalized batch <paramref name="batchNumber"/> (the root exodus exits from).
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">No such account.</exception>
    public static AccountExitProof Build(RollupState state, ulong batchNumber, uint accountId)
    {
        ArgumentNullException.ThrowIfNull(state);
        var account = state.GetAccount(accountId)
            ?? throw new ArgumentOutOfRangeException(nameof(accountId), accountId, $"account {accountId} does not exist at batch {batchNumber}");
        Fr[] stateFields =
        [
            state.AccountsRoot, state.SeriesRoot, state.UnderlyingsRoot, state.ExpiriesRoot,
            state.OraclesRoot, state.RiskParametersHash, Fr.FromUInt64(state.PriorityCursor),
        ];
        var leaf = new ExitAccountLeaf(account.PublicKeyX, account.PublicKeyY, account.L1Address, account.Nonce, account.Collateral,
            account.PositionsRoot, account.FillsRoot);
        var path = state.GetAccountProof(accountId);
        var positions = account.Positions.ToArray();
        var prices = new List<ExitPriceProof>();
        foreach (var p in positions)
        {
            if (p.IsEmpty) continue;
            var underlying = state.GetUnderlying(p.Terms.Underlying);
            var expiry = state.GetExpiry(p.Terms.Underlying, p.Terms.ExpiryDay);
            prices.Add(new ExitPriceProof(underlying.IndexPrice, underlying.PriceTimestamp, underlying.StrikeStep,
                state.GetUnderlyingProof(p.Terms.Underlying).Siblings.ToArray(),
                expiry.ListedCount, expiry.SettlementPrice,
                state.GetExpiryProof(p.Terms.Underlying, p.Terms.ExpiryDay).Siblings.ToArray()));
        }
        return new AccountExitProof(batchNumber, state.Root, stateFields, accountId, leaf, path.Siblings.ToArray(), positions, prices,
            ExitAmountOf(account.Collateral, positions, prices, account.PositionsRoot));
    }

    /// <summary>
    /// max(0, collateral + Σ settlement values) at the settlement price if posted, else the index
    /// price, nothing without a price; longs round down and shorts up (PROTOCOL §13). An account
    /// whose positions root is the empty subtree exits with its collateral alone, as the contract does.
    /// </summary>
    private static ulong ExitAmountOf(ulong collateral, Position[] positions, List<ExitPriceProof> prices, in Fr positionsRoot)
    {
        if (positionsRoot.Equals(DefaultNodes.At(Limits.PositionsDepth))) return collateral;
        BigInteger equity = collateral;
        int used = 0;
        foreach (var p in positions)
        {
            if (p.IsEmpty) continue;
            var price = prices[used++];
            ulong s = price.SettlementPrice != 0 ? price.SettlementPrice : price.IndexPrice;
            if (s == 0) continue;
            var value = (BigInteger)Math.Abs(p.Quantity) * p.Terms.Intrinsic(s);
            equity += p.Quantity > 0 ? value / Limits.QuantityScale : -((value + Limits.QuantityScale - 1) / Limits.QuantityScale);
        }
        return equity > 0 ? (ulong)equity : 0;
    }
}
