namespace Rollup.Sequencer.Book;

/// <summary>The orders at one price of one side: first and last store slot of their arrival-ordered chain, and how many.</summary>
internal struct PriceLevel
{
    public int Head;
    public int Tail;
    public int Count;
}
