using System.Diagnostics.Tracing;
namespace Rollup.Bench.SequencerLoad;

/// <summary>
/// The runtime's own GC events, in process: each pause from suspending the threads to restarting
/// them, with the generation collected. A latency tail that matches a pause is the collector's.
/// </summary>
internal sealed class GcPauseListener : EventListener
{
    private long _suspendStart;
    private int _gen;

    public List<(double Ms, int Gen)> Pauses { get; } = new();

    // Keyword 0x1 is the runtime's GC keyword.
    protected override void OnEventSourceCreated(EventSource source)
    {
        if (source.Name == "Microsoft-Windows-DotNETRuntime") EnableEvents(source, EventLevel.Informational, (EventKeywords)0x1);
    }
    protected override void OnEventWritten(EventWrittenEventArgs e)
    {
        switch (e.EventName)
        {
            case "GCSuspendEEBegin_V1": _suspendStart = e.TimeStamp.Ticks; break;
            case "GCStart_V2": _gen = Convert.ToInt32(e.Payload![1]); break;
            case "GCRestartEEEnd_V1":
                if (_suspendStart != 0) lock (Pauses) Pauses.Add(((e.TimeStamp.Ticks - _suspendStart) / 10000.0, _gen));
                _suspendStart = 0; break;
        }
    }
}
