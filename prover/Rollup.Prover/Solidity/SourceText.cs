using System.Text;

namespace Rollup.Prover.Solidity;

/// <summary>Generated source built line by line with '\n' endings on every platform, so output is byte-stable.</summary>
internal sealed class SourceText
{
    private readonly StringBuilder _text = new();

    public void Line(string line = "") => _text.Append(line).Append('\n');

    public override string ToString() => _text.ToString();
}
