using System.Numerics;
using Rollup.Core.Ethereum;
using Rollup.Core.Fields;
using Rollup.Core.State;

namespace Rollup.Core.Operations;

/// <summary>
/// Binds every signed L2 message to one deployment: the first element of each message is
/// kind + chainId * 2^8 + verifyingContract * 2^72 (232 bits), so a signature is valid for one
/// message kind on one contract of one chain only.
/// </summary>
public sealed class MessageDomain
{
    private readonly Fr[] _elements = new Fr[8];

    public MessageDomain(ulong chainId, L1Address verifyingContract)
    {
        ChainId = chainId;
        VerifyingContract = verifyingContract;
        var contract = verifyingContract.ToField().ToBigInteger();
        foreach (MessageKind kind in Enum.GetValues<MessageKind>())
            _elements[(int)kind] = Fr.FromBigInteger(new BigInteger((byte)kind) + ((BigInteger)chainId << 8) + (contract << 72));
    }

    public static MessageDomain For(GenesisConfig config) => new(config.ChainId, config.VerifyingContract);

    public ulong ChainId { get; }
    public L1Address VerifyingContract { get; }

    public Fr Element(MessageKind kind) => _elements[(int)kind];

    /// <summary>Packs (value, bit offset) fields into one field element; every field is range-checked by the caller.</summary>
    internal static Fr Pack(UInt128 lo, UInt128 hi = default) =>
        Fr.FromCanonical(new UInt256((ulong)lo, (ulong)(lo >> 64), (ulong)hi, (ulong)(hi >> 64)));
}
