namespace Rollup.Sequencer.Tests.Engine;

internal sealed class SessionStats
{
    public int Fills { get; set; }

    public ulong Deposited { get; set; }

    public ulong Withdrawn { get; set; }
}
