using Rollup.Core.Fields;

namespace Rollup.Core.Operations;

/// <summary>
/// L2: set an account's key, authorised by an EIP-712 RegisterKey signature of the account's
/// L1 address (<see cref="Ethereum.RegisterKeyTypedData"/>). The secp256k1 signature is carried
/// in pubdata and checked by the settlement contract; the sequencer checks it on admission.
/// </summary>
public sealed record RegisterKeyOperation(uint AccountId, Fr KeyX, Fr KeyY, uint Nonce, byte[] EthereumSignature) : Operation
{
    public const int SignatureLength = 65;

    public override OperationKind Kind => OperationKind.RegisterKey;
}
