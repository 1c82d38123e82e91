using Rollup.Core.Fields;

namespace Rollup.Sequencer.Engine.Admission;

/// <summary>The two or three Poseidon inputs of a signed message, so that a group of checks hashes its messages together.</summary>
internal readonly record struct MessageInputs(Fr First, Fr Second, Fr Third, int Count)
{
    public const int MaxCount = 3;

    public static MessageInputs Of(ReadOnlySpan<Fr> inputs) => inputs.Length switch
    {
        2 => new MessageInputs(inputs[0], inputs[1], default, 2),
        3 => new MessageInputs(inputs[0], inputs[1], inputs[2], 3),
        _ => throw new ArgumentException($"signed messages hash two or three inputs, not {inputs.Length}", nameof(inputs)),
    };

    public void CopyTo(Span<Fr> destination)
    {
        destination[0] = First;
        destination[1] = Second;
        if (Count == 3) destination[2] = Third;
    }
}
