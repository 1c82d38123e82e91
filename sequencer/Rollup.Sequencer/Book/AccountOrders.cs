namespace Rollup.Sequencer.Book;

/// <summary>One account's live orders: first and last store slot of their arrival-ordered chain, and how many.</summary>
internal struct AccountOrders
{
    public int Head;
    public int Tail;
    public int Count;
}
