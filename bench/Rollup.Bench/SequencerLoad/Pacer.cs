using System.Diagnostics;
using System.Runtime.InteropServices;

namespace Rollup.Bench.SequencerLoad;

/// <summary>
/// Starts the sends of an open-loop run on schedule, from a thread of its own. Awaiting
/// <c>Task.Delay</c> for each send (as the latency runs did first) is late by up to several
/// milliseconds on a busy two-core machine (timer granularity and a busy thread pool), and a
/// loop that then catches up sends two to four requests back to back: more than half the sends
/// of a 10,000 orders/s run went out within 0.5 ms of the one before, in clumps every 4 ms, so
/// the service saw bursts of 40 to 80 orders instead of the rate asked for. Here a dedicated
/// thread sleeps to each due time with nanosleep (about 60 µs of slack on Linux) and starts the
/// send there. Latency is counted from the due time, not from when the send got going, so a
/// late send counts against the service (no coordinated omission).
/// </summary>
internal static class Pacer
{
    /// <summary>Calls <paramref name="start"/>(i, due timestamp) for i = 0..count-1 at start + i·interval, on a dedicated thread; returns when the last has been started.</summary>
    public static Task RunAsync(int count, TimeSpan interval, Action<int, long> start)
    {
        var done = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var thread = new Thread(() =>
        {
            try
            {
                long first = Stopwatch.GetTimestamp();
                for (int i = 0; i < count; i++)
                {
                    long due = first + (long)(i * interval.TotalSeconds * Stopwatch.Frequency);
                    SleepUntil(due);
                    start(i, due);
                }
                done.SetResult();
            }
            catch (Exception e)
            {
                done.SetException(e);
            }
        }) { IsBackground = true, Name = "load-pacer" };
        thread.Start();
        return done.Task;
    }

    private static void SleepUntil(long due)
    {
        while (true)
        {
            long remaining = due - Stopwatch.GetTimestamp();
            if (remaining <= 0) return;
            long nanoseconds = remaining * 1_000_000_000 / Stopwatch.Frequency;
            if (OperatingSystem.IsLinux())
            {
                var time = new TimeSpec { Seconds = nanoseconds / 1_000_000_000, Nanoseconds = nanoseconds % 1_000_000_000 };
                _ = NanoSleep(ref time, IntPtr.Zero);
            }
            else if (nanoseconds > 2_000_000)
            {
                Thread.Sleep((int)(nanoseconds / 1_000_000) - 1);
            }
            else
            {
                Thread.SpinWait(50);
            }
        }
    }

    [StructLayout(LayoutKind.Sequential)]
    private struct TimeSpec
    {
        public long Seconds;
        public long Nanoseconds;
    }

    // DllImport rather than LibraryImport: the generated marshalling needs unsafe code.
    [DllImport("libc", EntryPoint = "nanosleep", SetLastError = true)]
    private static extern int NanoSleep(ref TimeSpec request, IntPtr remaining);
}
