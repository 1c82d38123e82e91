using Rollup.Cli;

namespace Rollup.Cli.Tests;

/// <summary>Runs the CLI in process and captures what it prints.</summary>
internal sealed record CliRun(int ExitCode, string Out, string Error)
{
    public static CliRun Of(params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        int code = RollupCli.Run(args, output, error);
        return new CliRun(code, output.ToString(), error.ToString());
    }
}
