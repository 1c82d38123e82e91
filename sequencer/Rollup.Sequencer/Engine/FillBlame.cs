using System.Globalization;
using Rollup.Core.Execution;
using Rollup.Core.Operations;
using Rollup.Sequencer.Book;

namespace Rollup.Sequencer.Engine;

/// <summary>
/// Whose fault a refused trade was. Core names the side in its detail ("maker ...", "taker
/// ...") or, for collateral, the account ("account N has ..."). Anything it cannot attribute to
/// the maker stops matching: stopping is always safe, while dropping a good maker is not.
/// </summary>
internal static class FillBlame
{
    public static FillOutcome Classify(OperationResult result, uint maker)
    {
        if (result.Accepted) return FillOutcome.Accepted;
        var detail = result.Detail ?? string.Empty;
        // A missing or stale index price is the market's state, not the maker's: dropping makers for it would empty the book.
        if (result.Reason is RejectReason.NoPrice or RejectReason.StalePrice) return new FillOutcome(FillFault.Taker, result.Reason, detail);
        if (detail.StartsWith("maker", StringComparison.Ordinal)) return new FillOutcome(FillFault.Maker, result.Reason, detail);
        if (detail.StartsWith("taker", StringComparison.Ordinal)) return new FillOutcome(FillFault.Taker, result.Reason, detail);
        return FirstAccount(detail) == maker
            ? new FillOutcome(FillFault.Maker, result.Reason, detail)
            : new FillOutcome(FillFault.Taker, result.Reason, detail);
    }

    private static long FirstAccount(string detail)
    {
        const string marker = "account ";
        int at = detail.IndexOf(marker, StringComparison.Ordinal);
        if (at < 0) return -1;
        int start = at + marker.Length, end = start;
        while (end < detail.Length && char.IsAsciiDigit(detail[end])) end++;
        return end > start && long.TryParse(detail.AsSpan(start, end - start), NumberStyles.None, CultureInfo.InvariantCulture, out var id) ? id : -1;
    }
}
