using Rollup.Core.Ethereum;
using Rollup.Core.Operations;
using Rollup.SettlementClient.Signing;

namespace Rollup.Sequencer.Engine.Admission;

/// <summary>
/// The sequencer's admission check of an L2 RegisterKey (docs/PROTOCOL.md §3.4): the EIP-712
/// signature must recover to the account's L1 address (EthECDSASignature refuses high s), as the contract's
/// ecrecover check will demand when the batch is committed; a batch with a bad one could not commit.
/// </summary>
internal static class RegisterKeyAuthorization
{
    public static bool IsAuthorized(MessageDomain domain, L1Address owner, RegisterKeyOperation op)
    {
        if (op.EthereumSignature is not { Length: RegisterKeyOperation.SignatureLength }) return false;
        try
        {
            var signature = EthECDSASignature.FromBytes(op.EthereumSignature);
            var digest = RegisterKeyTypedData.Digest(domain.ChainId, domain.VerifyingContract, owner, op.KeyX, op.KeyY, op.Nonce);
            return EthECKey.RecoverFromSignature(signature, digest).GetAddress() == owner;
        }
        catch (SignatureException)
        {
            return false;
        }
        catch (ArgumentException)
        {
            return false;
        }
    }
}
