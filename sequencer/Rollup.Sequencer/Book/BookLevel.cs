namespace Rollup.Sequencer.Book;

/// <summary>Aggregated depth at one price: total remaining quantity and the number of orders.</summary>
public readonly record struct BookLevel(ulong Price, ulong Quantity, int Orders);
