namespace Rollup.Sequencer.Book;

/// <summary>An order that left the book, with what was left of it.</summary>
public readonly record struct RemovedOrder(uint AccountId, uint OrderId, ushort Series, uint Remaining, RemovalReason Reason);
