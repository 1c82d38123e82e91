using Rollup.Core.Operations;
using Rollup.Sequencer.Book;

namespace Rollup.Sequencer.Tests.Book;

/// <summary>Test double of core: accepts fills unless a rule says the maker or taker is refused; records every call.</summary>
internal sealed class ScriptedExecutor : IFillExecutor
{
    public HashSet<uint> RefusedMakerAccounts { get; } = new();

    public HashSet<uint> RefusedTakerAccounts { get; } = new();

    public List<(uint Maker, uint Taker, uint Quantity)> Calls { get; } = new();

    public FillOutcome Execute(SignedOrder maker, SignedOrder taker, uint quantity)
    {
        Calls.Add((maker.Order.AccountId, taker.Order.AccountId, quantity));
        if (RefusedMakerAccounts.Contains(maker.Order.AccountId)) return new FillOutcome(FillFault.Maker, RejectReason.InsufficientMargin, "maker account");
        if (RefusedTakerAccounts.Contains(taker.Order.AccountId)) return new FillOutcome(FillFault.Taker, RejectReason.InsufficientMargin, "taker account");
        return FillOutcome.Accepted;
    }

    public static SignedOrder Order(uint account, uint orderId, Side side, ulong price, uint size, ulong expiry = 1_000_000, ushort series = 0) =>
        new(new Order(account, orderId, series, side, price, size, expiry, 10), default);
}
