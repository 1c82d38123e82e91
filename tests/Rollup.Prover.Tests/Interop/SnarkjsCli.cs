namespace Rollup.Prover.Tests.Interop;

/// <summary>
/// Runs the repository's snarkjs (installed by ./test.sh through npm) as an independent
/// implementation. A missing install is a test failure with instructions, not a skip.
/// </summary>
internal static class SnarkjsCli
{
    private static readonly Lazy<string> Cli = new(() => RepositoryRoot.NodeModuleFile("snarkjs", "build/cli.cjs"));

    public static (int ExitCode, string Output) Run(params string[] args)
    {
        var (exitCode, output, error) = NodeCli.Run(Cli.Value, args);
        return (exitCode, output + error);
    }
}
