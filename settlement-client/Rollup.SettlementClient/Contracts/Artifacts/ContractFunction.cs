using Rollup.SettlementClient.Abi;

namespace Rollup.SettlementClient.Contracts.Artifacts;

/// <summary>A function of an artifact's ABI: the call codec (<see cref="AbiFunction"/>) plus what it returns.</summary>
public sealed class ContractFunction(AbiFunction abi, IReadOnlyList<AbiType> outputs, string stateMutability)
{
    public AbiFunction Abi { get; } = abi;
    public string Name => Abi.Name;
    public IReadOnlyList<AbiType> Outputs { get; } = outputs;

    /// <summary>pure, view, nonpayable or payable.</summary>
    public string StateMutability { get; } = stateMutability;

    public bool IsReadOnly => StateMutability is "view" or "pure";

    public byte[] EncodeCall(params object?[] arguments) => Abi.EncodeCall(arguments);

    public object?[] DecodeOutput(ReadOnlySpan<byte> returnData) => AbiDecoder.Decode(Outputs, returnData);

    public override string ToString() => Abi.Signature;
}
