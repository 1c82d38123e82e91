using Rollup.Core.Fields;

namespace Rollup.Prover.Formats;

/// <summary>Reads and writes snarkjs .wtns witness files (magic "wtns", version 2): header, then every wire value.</summary>
public static class WtnsFormat
{
    public const string Magic = "wtns";
    public const uint Version = 2;
    private const uint HeaderSection = 1, ValueSection = 2;

    public static Fr[] Read(string path) => Read(File.ReadAllBytes(path));

    public static Fr[] Read(byte[] data)
    {
        var container = BinaryContainer.Parse(data, Magic, Version);
        var header = new SectionReader(container.Section(HeaderSection), "wtns header");
        header.ReadPrime();
        uint n = header.ReadUInt32();
        header.EnsureEnd();

        var body = new SectionReader(container.Section(ValueSection), "wtns values");
        if ((ulong)n * SectionReader.FieldBytes != (ulong)body.Remaining)
            throw new SnarkjsFormatException($"wtns values: {body.Remaining} bytes for {n} values");
        var values = new Fr[n];
        for (int i = 0; i < values.Length; i++) values[i] = body.ReadFr();
        return values;
    }

    public static byte[] Write(ReadOnlySpan<Fr> witness)
    {
        var header = new SectionWriter();
        header.WritePrime();
        header.WriteUInt32((uint)witness.Length);
        var body = new SectionWriter();
        foreach (var v in witness) body.WriteFr(v);
        return BinaryContainer.Write(Magic, Version, [(HeaderSection, header.ToArray()), (ValueSection, body.ToArray())]);
    }
}
