using Rollup.Sequencer.Engine;

namespace Rollup.Cli.Devnet;

/// <summary>
/// The devnet sequencer's clock: wall time plus an offset the session advances together with
/// anvil's (evm_increaseTime), so a week to expiry passes in a moment on both sides. Never goes
/// backwards.
/// </summary>
internal sealed class DevnetClock : ISequencerClock
{
    private long _offsetMs;

    public long UnixMilliseconds() => DateTimeOffset.UtcNow.ToUnixTimeMilliseconds() + Interlocked.Read(ref _offsetMs);

    public ulong UnixSeconds => (ulong)(UnixMilliseconds() / 1_000);

    public void Advance(ulong seconds) => Interlocked.Add(ref _offsetMs, checked((long)seconds * 1_000));
}
