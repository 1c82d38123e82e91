namespace Rollup.Sequencer.Tests.Hosting;

/// <summary>Command-line arguments for a host on free ports with its data in <paramref name="dataDirectory"/>, plus overrides.</summary>
internal static class HostArguments
{
    public static string[] For(string dataDirectory, params string[] overrides) =>
    [
        $"--Sequencer:DataDirectory={dataDirectory}",
        "--Sequencer:Rpc:Port=0",
        "--Sequencer:Admin:Port=0",
        .. overrides,
    ];
}
