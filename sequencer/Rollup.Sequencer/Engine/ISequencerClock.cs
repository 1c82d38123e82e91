namespace Rollup.Sequencer.Engine;

/// <summary>The engine's time source; read only when a command is sequenced, and the reading is logged with it.</summary>
public interface ISequencerClock
{
    long UnixMilliseconds();
}
