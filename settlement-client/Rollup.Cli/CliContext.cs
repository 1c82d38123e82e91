using Rollup.Cli.Output;

namespace Rollup.Cli;

/// <summary>Where a command writes (results on Out, progress and errors on Error) and how its failures become exit codes.</summary>
public sealed class CliContext(TextWriter output, TextWriter error)
{
    public TextWriter Out { get; } = output;

    public TextWriter Error { get; } = error;

    public StepReporter Steps { get; } = new(error);

    public int Run(Func<int> command)
    {
        ArgumentNullException.ThrowIfNull(command);
        try
        {
            return command();
        }
        catch (CliException e)
        {
            EndOpenStep();
            Error.WriteLine($"error: {e.Message}");
            return e.ExitCode;
        }
        catch (Exception e)
        {
            EndOpenStep();
            Error.WriteLine($"internal error: {e}");
            return ExitCodes.Internal;
        }
    }

    /// <summary>An asynchronous command; L1 failures (node errors, reverts) become their exit codes as <see cref="L1.L1Errors"/> maps them.</summary>
    public int RunAsync(Func<Task<int>> command)
    {
        ArgumentNullException.ThrowIfNull(command);
        return Run(() => L1.L1Errors.Map(command));
    }

    private void EndOpenStep()
    {
        if (Steps.InStep) Error.WriteLine("failed");
    }
}
