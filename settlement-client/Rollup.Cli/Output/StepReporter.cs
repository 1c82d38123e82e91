using System.Diagnostics;

namespace Rollup.Cli.Output;

/// <summary>
/// Progress for long steps on stderr, so stdout stays parseable: "name … done in 1.23 s".
/// </summary>
public sealed class StepReporter(TextWriter error)
{
    /// <summary>True while a step's line is written but not finished: a failure must end the line first.</summary>
    public bool InStep { get; private set; }

    public T Step<T>(string name, Func<T> work)
    {
        ArgumentNullException.ThrowIfNull(work);
        error.Write($"{name} … ");
        error.Flush();
        InStep = true;
        var watch = Stopwatch.StartNew();
        var result = work();
        InStep = false;
        error.WriteLine($"done in {watch.Elapsed.TotalSeconds:F2} s");
        return result;
    }

    public async Task<T> StepAsync<T>(string name, Func<Task<T>> work)
    {
        ArgumentNullException.ThrowIfNull(work);
        error.Write($"{name} … ");
        error.Flush();
        InStep = true;
        var watch = Stopwatch.StartNew();
        var result = await work();
        InStep = false;
        error.WriteLine($"done in {watch.Elapsed.TotalSeconds:F2} s");
        return result;
    }

    public void Step(string name, Action work)
    {
        ArgumentNullException.ThrowIfNull(work);
        Step(name, () => { work(); return 0; });
    }
}
