using Microsoft.Extensions.Logging;

namespace Rollup.SettlementClient.Tests.TxManager;

/// <summary>Keeps every log event's formatted message and structured values.</summary>
internal sealed class RecordingLogger : ILogger
{
    private readonly List<(string Message, IReadOnlyList<KeyValuePair<string, object?>> Values)> _events = [];

    public IReadOnlyList<(string Message, IReadOnlyList<KeyValuePair<string, object?>> Values)> Events
    {
        get
        {
            lock (_events) return _events.ToArray();
        }
    }

    public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

    public bool IsEnabled(LogLevel logLevel) => true;

    public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
    {
        var values = state as IReadOnlyList<KeyValuePair<string, object?>> ?? [];
        lock (_events) _events.Add((formatter(state, exception), values));
    }
}
