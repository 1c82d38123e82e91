using Rollup.Core.Operations;

namespace Rollup.Sequencer.Book;

/// <summary>Whether core accepted a fill, or why not and because of whom.</summary>
public readonly record struct FillOutcome(FillFault Fault, RejectReason Reason, string? Detail)
{
    public static readonly FillOutcome Accepted = new(FillFault.None, RejectReason.None, null);

    public bool IsAccepted => Fault == FillFault.None;
}
