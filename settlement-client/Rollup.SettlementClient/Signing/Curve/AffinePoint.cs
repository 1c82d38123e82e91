namespace Rollup.SettlementClient.Signing.Curve;

/// <summary>A finite point (x, y) on y² = x³ + 7; the form the generator table stores, so additions into it are mixed.</summary>
internal readonly struct AffinePoint(FieldElement x, FieldElement y)
{
    public readonly FieldElement X = x;
    public readonly FieldElement Y = y;

    public static readonly AffinePoint Generator = new(
        new FieldElement(0x59F2815B16F81798UL, 0x029BFCDB2DCE28D9UL, 0x55A06295CE870B07UL, 0x79BE667EF9DCBBACUL),
        new FieldElement(0x9C47D08FFB10D4B8UL, 0xFD17B448A6855419UL, 0x5DA4FBFC0E1108A8UL, 0x483ADA7726A3C465UL));

    /// <summary>0x04 ‖ x ‖ y.</summary>
    public void WriteUncompressed(Span<byte> destination65)
    {
        destination65[0] = 0x04;
        X.Write(destination65.Slice(1, 32));
        Y.Write(destination65.Slice(33, 32));
    }
}
