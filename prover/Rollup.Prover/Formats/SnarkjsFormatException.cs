namespace Rollup.Prover.Formats;

/// <summary>A snarkjs binary file (.r1cs, .wtns, .zkey) that is malformed or made for another field or protocol.</summary>
public sealed class SnarkjsFormatException : Exception
{
    public SnarkjsFormatException(string message) : base(message) { }
}
