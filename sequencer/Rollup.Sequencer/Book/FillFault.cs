namespace Rollup.Sequencer.Book;

public enum FillFault : byte
{
    None = 0,
    /// <summary>The maker can no longer fill (its margin, its fill slot, ...): drop it and continue.</summary>
    Maker = 1,
    /// <summary>The taker cannot fill: stop matching and report.</summary>
    Taker = 2,
}
