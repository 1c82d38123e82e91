namespace Rollup.Prover.Formats;

/// <summary>Reads and writes snarkjs/circom .r1cs files (magic "r1cs", version 1).</summary>
public static class R1csFormat
{
    public const string Magic = "r1cs";
    public const uint Version = 1;
    private const uint HeaderSection = 1, ConstraintSection = 2, LabelSection = 3;

    /// <summary>circom's section order; writing in it makes a round trip byte-identical.</summary>
    private static readonly uint[] CircomOrder = [ConstraintSection, HeaderSection, LabelSection];

    public static R1csFile Read(string path) => Read(File.ReadAllBytes(path));

    public static R1csFile Read(byte[] data)
    {
        var container = BinaryContainer.Parse(data, Magic, Version);

        var header = new SectionReader(container.Section(HeaderSection), "r1cs header");
        header.ReadPrime();
        uint nWires = header.ReadUInt32();
        uint nPubOut = header.ReadUInt32();
        uint nPubIn = header.ReadUInt32();
        uint nPrvIn = header.ReadUInt32();
        ulong nLabels = header.ReadUInt64();
        uint nConstraints = header.ReadUInt32();
        header.EnsureEnd();
        if (nWires < 1) throw new SnarkjsFormatException("r1cs header: no wires (wire 0 is the constant one)");
        if ((ulong)nPubOut + nPubIn + nPrvIn >= nWires) throw new SnarkjsFormatException("r1cs header: more inputs and outputs than wires");

        var body = new SectionReader(container.Section(ConstraintSection), "r1cs constraints");
        // Each constraint needs at least 12 bytes, so a lying count cannot make us allocate much.
        if ((ulong)nConstraints * 12 > (ulong)body.Remaining) throw new SnarkjsFormatException($"r1cs constraints: truncated ({nConstraints} declared)");
        var constraints = new R1csConstraint[nConstraints];
        for (int i = 0; i < constraints.Length; i++)
            constraints[i] = new R1csConstraint(ReadTerms(ref body, nWires), ReadTerms(ref body, nWires), ReadTerms(ref body, nWires));
        body.EnsureEnd();

        var labelReader = new SectionReader(container.Section(LabelSection), "r1cs wire labels");
        if ((ulong)nWires * 8 != (ulong)labelReader.Remaining) throw new SnarkjsFormatException($"r1cs wire labels: {labelReader.Remaining} bytes for {nWires} wires");
        var labels = new ulong[nWires];
        for (int i = 0; i < labels.Length; i++) labels[i] = labelReader.ReadUInt64();

        return new R1csFile(nWires, nPubOut, nPubIn, nPrvIn, nLabels, constraints, labels);
    }

    public static byte[] Write(R1csFile file)
    {
        ArgumentNullException.ThrowIfNull(file);
        var header = new SectionWriter();
        header.WritePrime();
        header.WriteUInt32(file.WireCount);
        header.WriteUInt32(file.PublicOutputs);
        header.WriteUInt32(file.PublicInputs);
        header.WriteUInt32(file.PrivateInputs);
        header.WriteUInt64(file.LabelCount);
        header.WriteUInt32((uint)file.Constraints.Count);

        var body = new SectionWriter();
        foreach (var c in file.Constraints)
        {
            WriteTerms(body, c.A);
            WriteTerms(body, c.B);
            WriteTerms(body, c.C);
        }

        var labels = new SectionWriter();
        foreach (var l in file.WireLabels) labels.WriteUInt64(l);

        var payloads = new Dictionary<uint, byte[]>
        {
            [HeaderSection] = header.ToArray(),
            [ConstraintSection] = body.ToArray(),
            [LabelSection] = labels.ToArray(),
        };
        return BinaryContainer.Write(Magic, Version, CircomOrder.Select(t => (t, payloads[t])).ToArray());
    }

    private static R1csTerm[] ReadTerms(ref SectionReader reader, uint nWires)
    {
        uint n = reader.ReadUInt32();
        if ((ulong)n * 36 > (ulong)reader.Remaining) throw new SnarkjsFormatException($"r1cs constraints: truncated linear combination ({n} terms declared)");
        var terms = new R1csTerm[n];
        for (int i = 0; i < terms.Length; i++)
        {
            uint wire = reader.ReadUInt32();
            if (wire >= nWires) throw new SnarkjsFormatException($"r1cs constraints: wire {wire} out of range ({nWires} wires)");
            terms[i] = new R1csTerm(wire, reader.ReadFr());
        }
        return terms;
    }

    private static void WriteTerms(SectionWriter writer, IReadOnlyList<R1csTerm> terms)
    {
        writer.WriteUInt32((uint)terms.Count);
        foreach (var t in terms)
        {
            writer.WriteUInt32(t.Wire);
            writer.WriteFr(t.Coefficient);
        }
    }
}
