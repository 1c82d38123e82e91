namespace Rollup.Sequencer.Engine;

public sealed class SystemSequencerClock : ISequencerClock
{
    public static readonly SystemSequencerClock Instance = new();

    public long UnixMilliseconds() => DateTimeOffset.UtcNow.ToUnixTimeMilliseconds();
}
