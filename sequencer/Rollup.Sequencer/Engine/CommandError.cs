namespace Rollup.Sequencer.Engine;

/// <summary>
/// Why the engine refused a command; a refused command changes nothing and is not logged.
/// <see cref="Rejected"/> means core's state transition refused it (see the result's CoreReason).
/// </summary>
public enum CommandError
{
    None = 0,
    /// <summary>Core refused the operation; CommandResult.CoreReason says why.</summary>
    Rejected,
    BadSignature,
    UnknownAccount,
    NoKey,
    ReservedAccount,
    UnknownSeries,
    SeriesExpired,
    OrderExpired,
    OutOfRange,
    /// <summary>The order id was used before (filled, cancelled or submitted) in its fill slot.</summary>
    OrderIdUsed,
    /// <summary>Another live order of the account occupies the order id's fill slot.</summary>
    FillSlotBusy,
    /// <summary>No live order with this id (cancel of an order the book does not hold and core would refuse).</summary>
    OrderNotFound,
    /// <summary>A post-only order would take liquidity.</summary>
    WouldCross,
    /// <summary>A reduce-only order cannot reduce the account's position.</summary>
    ReduceOnly,
    FeeAboveLimit,
    /// <summary>Margin pre-check: the account would not meet initial margin if the order filled completely.</summary>
    InsufficientMargin,
    /// <summary>An IOC order found nothing to fill.</summary>
    NoLiquidity,
    /// <summary>A priority request arrived out of queue order.</summary>
    PriorityOutOfOrder,
    /// <summary>The command is malformed (wrong account in a cancel-all, too many entries...).</summary>
    Invalid,
    /// <summary>The engine stopped (its log failed, or it was disposed).</summary>
    Stopped,
}
