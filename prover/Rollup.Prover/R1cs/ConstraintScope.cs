namespace Rollup.Prover.R1cs;

/// <summary>
/// Counts the constraints added while it is open and adds them to the system's tally under
/// its path (outer/inner). Dispose closes it; scopes must close innermost first.
/// </summary>
public sealed class ConstraintScope : IDisposable
{
    private readonly ConstraintSystem _system;
    private readonly int _startCount;
    private bool _closed;

    internal ConstraintScope(ConstraintSystem system, string path)
    {
        _system = system;
        Path = path;
        _startCount = system.ConstraintCount;
    }

    public string Path { get; }

    public void Dispose()
    {
        if (_closed) return;
        _closed = true;
        _system.CloseScope(this, _system.ConstraintCount - _startCount);
    }
}
