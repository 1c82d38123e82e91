namespace Rollup.Prover.Formats;

/// <summary>A snarkjs binary file (.r1cs, .wtns) that is malformed or made for another field.</summary>
public sealed class SnarkjsFormatException : Exception
{
    public SnarkjsFormatException(string message) : base(message) { }
}
