using Rollup.Core.Ethereum;
using Rollup.SettlementClient.Signing;

namespace Rollup.SettlementClient.Eip712;

/// <summary>eth_signTypedData_v4: a secp256k1 signature over the EIP-712 digest.</summary>
public static class TypedDataSigner
{
    public static EthECDSASignature Sign(TypedData typedData, EthECKey key) => key.Sign(TypedDataEncoder.GetDigest(typedData));

    public static L1Address RecoverSigner(TypedData typedData, EthECDSASignature signature) =>
        EthECKey.RecoverFromSignature(signature, TypedDataEncoder.GetDigest(typedData)).GetAddress();
}
