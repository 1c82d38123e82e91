using Rollup.Core.Curves;
using Rollup.Core.Operations;
using Rollup.Sequencer.Rpc.Errors;

namespace Rollup.Sequencer.Rpc.Requests;

/// <summary>The new L2 key's coordinates (decimal strings) and the 65-byte EIP-712 RegisterKey signature (0x hex, PROTOCOL.md §3.4).</summary>
public sealed record RegisterKeyParams(uint AccountId, string PublicKeyX, string PublicKeyY, uint Nonce, string EthereumSignature)
{
    public RegisterKeyOperation ToCore()
    {
        var x = ParamCheck.Field(PublicKeyX, "publicKeyX");
        var y = ParamCheck.Field(PublicKeyY, "publicKeyY");
        if (!new JubjubPoint(x, y).IsOnCurve) throw RpcException.InvalidParams("publicKeyX", "the key is not a point on the Baby Jubjub curve");
        var signature = ParamCheck.Hex(EthereumSignature, RegisterKeyOperation.SignatureLength, "ethereumSignature");
        return new RegisterKeyOperation(AccountId, x, y, Nonce, signature);
    }
}
