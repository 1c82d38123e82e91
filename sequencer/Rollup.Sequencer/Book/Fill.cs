using Rollup.Core.Operations;

namespace Rollup.Sequencer.Book;

/// <summary>One executed fill: the maker's order, the quantity and the price (the maker's limit).</summary>
public readonly record struct Fill(uint MakerAccount, uint MakerOrderId, uint TakerAccount, uint TakerOrderId, ushort Series, Side TakerSide, uint Quantity, ulong Price);
