using Rollup.Sequencer.Tests.Storage;

/// <summary>
/// The runtime's startup-hook entry (it must be named so, outside any namespace): lets the test
/// assembly run as the log writer child of the kill test. Without the variable it does nothing.
/// </summary>
internal static class StartupHook
{
    public static void Initialize()
    {
        var directory = Environment.GetEnvironmentVariable(LogWriterChild.DirectoryVariable);
        if (directory is not null) LogWriterChild.Run(directory);
    }
}
