using System.Buffers.Binary;
using Rollup.Core.Fields;
using Rollup.Prover.Formats;

namespace Rollup.Prover.Tests.Formats;

public class R1csFormatTests
{
    [Fact]
    public void Header_of_the_circom_file_matches_the_circuit()
    {
        var r1cs = G16Vectors.R1cs;
        // g16: outputs h and c, private inputs a and b, no public inputs.
        Assert.Equal(2u, r1cs.PublicOutputs);
        Assert.Equal(0u, r1cs.PublicInputs);
        Assert.Equal(2u, r1cs.PrivateInputs);
        Assert.Equal(2, r1cs.PublicCount);
        Assert.Equal(521u, r1cs.WireCount);
        Assert.Equal(518, r1cs.Constraints.Count);
        Assert.True(r1cs.LabelCount >= r1cs.WireCount);
        Assert.Equal(0ul, r1cs.WireLabels[0]);
    }

    [Fact]
    public void Circom_witness_satisfies_every_constraint()
    {
        var witness = G16Vectors.Witness;
        Assert.Equal((int)G16Vectors.R1cs.WireCount, witness.Length);
        Assert.True(G16Vectors.R1cs.IsSatisfiedBy(witness, out int failing), $"constraint {failing} fails");
        Assert.Equal(-1, failing);
    }

    [Fact]
    public void Public_signals_are_the_witness_wires_after_the_constant()
    {
        var witness = G16Vectors.Witness;
        var expected = G16Vectors.PublicSignals();
        Assert.Equal(G16Vectors.R1cs.PublicCount, expected.Length);
        Assert.Equal(expected, witness.AsSpan(1, expected.Length).ToArray());
        // c = a * b with a, b the first private inputs right after the public signals.
        Assert.Equal(witness[2], witness[3] * witness[4]);
    }

    [Fact]
    public void Changing_any_single_wire_breaks_a_constraint()
    {
        var r1cs = G16Vectors.R1cs;
        var witness = G16Vectors.Witness;
        for (int wire = 1; wire < witness.Length; wire++)
        {
            var saved = witness[wire];
            witness[wire] = saved + Fr.One;
            Assert.False(r1cs.IsSatisfiedBy(witness, out _), $"wire {wire} is unconstrained");
            witness[wire] = saved;
        }
    }

    [Fact]
    public void Round_trip_is_byte_identical()
    {
        var bytes = G16Vectors.R1csBytes;
        Assert.Equal(bytes, R1csFormat.Write(R1csFormat.Read(bytes)));
    }

    [Fact]
    public void Wrong_magic_is_rejected()
    {
        var bytes = (byte[])G16Vectors.R1csBytes.Clone();
        bytes[0] = (byte)'x';
        var e = Assert.Throws<SnarkjsFormatException>(() => R1csFormat.Read(bytes));
        Assert.Contains("magic", e.Message, StringComparison.Ordinal);
        Assert.Throws<SnarkjsFormatException>(() => R1csFormat.Read(G16Vectors.WtnsBytes));
    }

    [Fact]
    public void Wrong_prime_is_rejected()
    {
        var bytes = (byte[])G16Vectors.R1csBytes.Clone();
        int prime = HeaderPayload(bytes) + 4;
        bytes[prime] ^= 1;
        var e = Assert.Throws<SnarkjsFormatException>(() => R1csFormat.Read(bytes));
        Assert.Contains("prime", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Truncated_file_is_rejected()
    {
        var bytes = G16Vectors.R1csBytes;
        foreach (int cut in new[] { 3, 11, 20, 1000, bytes.Length - 1 })
            Assert.Throws<SnarkjsFormatException>(() => R1csFormat.Read(bytes[..cut]));
    }

    [Fact]
    public void Section_shorter_than_its_content_is_rejected()
    {
        // Shrink the declared size of the constraint section (first in circom's order) and drop the bytes.
        var bytes = (byte[])G16Vectors.R1csBytes.Clone();
        ulong size = BinaryPrimitives.ReadUInt64LittleEndian(bytes.AsSpan(16));
        BinaryPrimitives.WriteUInt64LittleEndian(bytes.AsSpan(16), size - 4);
        var shorter = bytes[..(24 + (int)size - 4)].Concat(bytes[(24 + (int)size)..]).ToArray();
        var e = Assert.Throws<SnarkjsFormatException>(() => R1csFormat.Read(shorter));
        Assert.Contains("truncated", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Coefficient_not_below_r_is_rejected()
    {
        var bytes = (byte[])G16Vectors.R1csBytes.Clone();
        // First term of constraint 0: section payload at 24, u32 nTerms, u32 wire, then the coefficient.
        Assert.Equal(2u, BinaryPrimitives.ReadUInt32LittleEndian(bytes.AsSpan(12)));
        Fr.Modulus.WriteLittleEndian(bytes.AsSpan(24 + 8, 32));
        var e = Assert.Throws<SnarkjsFormatException>(() => R1csFormat.Read(bytes));
        Assert.Contains("not below r", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Sections_are_found_by_type_in_any_order()
    {
        // Re-assemble the circom file in order 1, 2, 3: the reader must not care.
        var c = BinaryContainer.Parse(G16Vectors.R1csBytes, R1csFormat.Magic, R1csFormat.Version);
        var reordered = BinaryContainer.Write(R1csFormat.Magic, R1csFormat.Version,
            [(1u, c.Section(1).ToArray()), (2u, c.Section(2).ToArray()), (3u, c.Section(3).ToArray())]);
        Assert.NotEqual(G16Vectors.R1csBytes, reordered);
        Assert.Equal(G16Vectors.R1csBytes, R1csFormat.Write(R1csFormat.Read(reordered)));
    }

    private static int HeaderPayload(byte[] file)
    {
        int pos = 12;
        while (BinaryPrimitives.ReadUInt32LittleEndian(file.AsSpan(pos)) != 1)
            pos += 12 + (int)BinaryPrimitives.ReadUInt64LittleEndian(file.AsSpan(pos + 4));
        return pos + 12;
    }
}
