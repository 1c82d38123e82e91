using Rollup.Prover.Groth16;
using static Rollup.Prover.Formats.ZkeyLayout;

namespace Rollup.Prover.Formats;

public static partial class ZkeyReader
{
    /// <summary>
    /// Reads a .zkey for proving with it, in pieces straight from the file on every core. The
    /// container, header, IC, coefficients and transcript are checked as strictly as by
    /// <see cref="Read(byte[])"/>; the query points A, B1, B2, C and H only have their
    /// coordinates checked to be below q, not to lie on their curves. That is sound only for a
    /// caller that verifies every proof against the key's verifying key before using it: a bad
    /// query point can then only yield a proof that fails that check. Such a caller re-reads the
    /// key with <see cref="Read(string)"/> to tell a corrupt key from a bad witness.
    /// </summary>
    public static ProvingKey ReadForProving(string path)
    {
        using var file = ContainerFile.Open(path, Magic, Version);
        var header = ReadHeader(file.ReadSection(ProtocolSection), file.ReadSection(HeaderSection));
        int nVars = header.VariableCount, nPublic = header.PublicCount, domainSize = header.DomainSize;
        var ic = ReadPointArray(file.ReadSection(IcSection), "zkey IC", nPublic + 1, G1Bytes, static (ref SectionReader r) => ReadG1(ref r));
        var phase2 = file.HasSection(ContributionSection) ? ReadContributions(file.ReadSection(ContributionSection)) : null;

        long coefficientBytes = file.SectionLength(CoefficientSection);
        Span<byte> countBytes = stackalloc byte[(int)Math.Min(4, coefficientBytes)];
        file.Read(CoefficientSection, 0, countBytes);
        int coefficientCount = (int)ReadCoefficientCount(countBytes, coefficientBytes);
        var query = new ZkeyQueryLoader(file, nVars, nPublic, domainSize, coefficientCount);
        query.Run();
        return CreateKey(header, ic, query.Coefficients, query.A, query.B1, query.B2, query.C, query.H, phase2);
    }
}
