using Rollup.Core.Fields;
using Rollup.Core.Hashing;

namespace Rollup.Core.Operations;

/// <summary>
/// L2: at least quorum distinct oracles sign (underlying, kind, timestamp, their price); the
/// state takes the median (the lower middle for an even count). Message:
/// Poseidon(domain(Oracle), underlying | kind&lt;&lt;8 | timestamp&lt;&lt;16 | price&lt;&lt;56).
/// </summary>
public sealed record OraclePriceOperation(OraclePriceKind PriceKind, byte Underlying, ulong Timestamp, IReadOnlyList<OracleSubmission> Submissions) : Operation
{
    public override OperationKind Kind => OperationKind.OraclePrice;

    public static Fr Message(MessageDomain domain, OraclePriceKind kind, byte underlying, ulong timestamp, ulong price) =>
        Poseidon.Hash(domain.Element(MessageKind.Oracle),
            MessageDomain.Pack(underlying | ((UInt128)(byte)kind << 8) | ((UInt128)timestamp << 16) | ((UInt128)price << 56)));
}
