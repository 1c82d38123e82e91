using System.Globalization;
using System.Numerics;
using System.Text;
using System.Text.Json;

namespace Rollup.Cli.Trader;

/// <summary>
/// What an L1 command prints: named fields in a fixed order, as a JSON object (--json; the names
/// are the stable interface for scripts) or as aligned "label  value" lines. Integers that can
/// pass 2^53 (amounts, balances) are JSON strings, so JavaScript readers do not round them.
/// </summary>
internal sealed class CommandResult
{
    private readonly List<(string Name, string Label, object? Value)> _fields = [];

    public CommandResult Add(string name, string label, object? value)
    {
        _fields.Add((name, label, value));
        return this;
    }

    /// <summary>A micro-USD amount: one text line in USD; in JSON <paramref name="name"/> in USD and name + "MicroUsd" exactly.</summary>
    public CommandResult AddUsd(string name, string label, BigInteger microUsd) => Add(name, label, new UsdValue(microUsd));

    public void Write(CliContext context, bool json)
    {
        if (json)
        {
            using var stream = new MemoryStream();
            using (var w = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true }))
                WriteObject(w);
            context.Out.WriteLine(Encoding.UTF8.GetString(stream.ToArray()));
            return;
        }
        WriteText(context.Out, "", LabelWidth("") + 2);
    }

    private void WriteObject(Utf8JsonWriter w)
    {
        w.WriteStartObject();
        foreach (var (name, _, value) in _fields)
        {
            w.WritePropertyName(name);
            switch (value)
            {
                case null: w.WriteNullValue(); break;
                case bool b: w.WriteBooleanValue(b); break;
                case ulong n: w.WriteNumberValue(n); break;
                case uint n: w.WriteNumberValue(n); break;
                case BigInteger n: w.WriteStringValue(n.ToString(CultureInfo.InvariantCulture)); break;
                case CommandResult nested: nested.WriteObject(w); break;
                case UsdValue usd:
                    w.WriteStringValue(UsdAmount.Format(usd.MicroUsd));
                    w.WriteString(name + UsdValue.MicroUsdSuffix, usd.MicroUsd.ToString(CultureInfo.InvariantCulture));
                    break;
                default: w.WriteStringValue(value.ToString()); break;
            }
        }
        w.WriteEndObject();
    }

    private int LabelWidth(string indent) =>
        _fields.Select(f => f.Value is CommandResult nested ? nested.LabelWidth(indent + "  ") : indent.Length + f.Label.Length).DefaultIfEmpty(0).Max();

    private void WriteText(TextWriter output, string indent, int width)
    {
        foreach (var (_, label, value) in _fields)
        {
            if (value is CommandResult nested)
            {
                output.WriteLine(indent + label);
                nested.WriteText(output, indent + "  ", width);
                continue;
            }
            var text = value switch
            {
                null => "-",
                bool b => b ? "yes" : "no",
                IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
                _ => value.ToString(),
            };
            output.WriteLine((indent + label).PadRight(width) + text);
        }
    }
}
