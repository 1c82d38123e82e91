using Rollup.Sequencer.Engine;

namespace Rollup.Sequencer.Tests.Engine;

internal sealed class ManualClock(long unixMilliseconds) : ISequencerClock
{
    public long Now { get; set; } = unixMilliseconds;

    public long UnixMilliseconds() => Now;

    public void AdvanceSeconds(double seconds) => Now += (long)(seconds * 1000);
}
