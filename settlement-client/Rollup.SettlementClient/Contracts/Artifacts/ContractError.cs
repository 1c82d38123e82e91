using Rollup.SettlementClient.Abi;
using Rollup.SettlementClient.Contracts.Reverts;

namespace Rollup.SettlementClient.Contracts.Artifacts;

/// <summary>A custom error of an artifact's ABI. Its selector is computed like a function's.</summary>
public sealed class ContractError(AbiFunction abi, IReadOnlyList<string> parameterNames)
{
    public AbiFunction Abi { get; } = abi;
    public string Name => Abi.Name;
    public string Signature => Abi.Signature;
    public byte[] Selector => Abi.Selector;
    public IReadOnlyList<string> ParameterNames { get; } = parameterNames;

    /// <summary>Decodes revert data that starts with this error's selector.</summary>
    public DecodedContractError Decode(ReadOnlySpan<byte> revertData) => new(this, Abi.DecodeCall(revertData));

    public override string ToString() => Signature;
}
