using Rollup.Core.Operations;
using Rollup.Sequencer.Book;

namespace Rollup.Sequencer.Engine;

/// <summary>
/// The outcome of one command. An accepted command has its log sequence number (and was
/// durable before this result was delivered); a refused one has Sequence 0 and changed nothing.
/// Order results carry their fills and the resting orders that left the book on the way.
/// </summary>
public sealed record CommandResult(long Sequence, CommandError Error, RejectReason CoreReason, string? Detail)
{
    public bool Accepted => Error == CommandError.None;

    /// <summary>Fills in execution order (orders, and cancel-all never).</summary>
    public IReadOnlyList<Fill> Fills { get; init; } = [];

    /// <summary>Resting orders that left the book (self-trade prevention, expiry, refused makers, cancels, liquidation).</summary>
    public IReadOnlyList<RemovedOrder> Removed { get; init; } = [];

    /// <summary>For orders: what is left resting in the book (0 when nothing rests).</summary>
    public uint Resting { get; init; }

    /// <summary>For orders: the unfilled quantity dropped (IOC remainder, reduce-only remainder, taker refused mid-way).</summary>
    public uint Dropped { get; init; }

    /// <summary>For orders whose matching stopped because core refused the taker: why (the fills before it stand).</summary>
    public RejectReason TakerStop { get; init; }

    /// <summary>The command's logged time (unix milliseconds); 0 when nothing was logged.</summary>
    public long TimestampMs { get; init; }

    /// <summary>Number of the batch that was open when the command applied (0 if it applied nothing to the state).</summary>
    public ulong Batch { get; init; }

    public static CommandResult Refused(CommandError error, string detail, RejectReason core = RejectReason.None) => new(0, error, core, detail);

    public override string ToString() => Accepted ? $"accepted at {Sequence}" : $"refused: {Error} {CoreReason} ({Detail})";
}
