using Rollup.Core.Operations;

namespace Rollup.Sequencer.Book;

public enum FillFault : byte
{
    None = 0,
    /// <summary>The maker can no longer fill (its margin, its fill slot, ...): drop it and continue.</summary>
    Maker = 1,
    /// <summary>The taker cannot fill: stop matching and report.</summary>
    Taker = 2,
}

/// <summary>Whether core accepted a fill, or why not and because of whom.</summary>
public readonly record struct FillOutcome(FillFault Fault, RejectReason Reason, string? Detail)
{
    public static readonly FillOutcome Accepted = new(FillFault.None, RejectReason.None, null);

    public bool IsAccepted => Fault == FillFault.None;
}
