using Rollup.Core.Hashing;

namespace Rollup.SettlementClient.Abi;

/// <summary>A contract function: its selector (first 4 bytes of keccak256 of the signature) and call data codec.</summary>
public sealed class AbiFunction
{
    public AbiFunction(string name, IReadOnlyList<AbiType> inputs)
    {
        Name = name;
        Inputs = inputs;
        Signature = name + AbiType.Tuple(inputs).CanonicalName;
        Selector = Keccak256.Hash(System.Text.Encoding.ASCII.GetBytes(Signature))[..4];
    }

    public string Name { get; }
    public IReadOnlyList<AbiType> Inputs { get; }
    public string Signature { get; }
    public byte[] Selector { get; }

    /// <summary>Parses a signature such as commit(uint64,bytes32,bytes).</summary>
    public static AbiFunction Parse(string signature)
    {
        var (name, inputs) = AbiSignature.Split(signature);
        return new AbiFunction(name, inputs);
    }

    public byte[] EncodeCall(params object?[] arguments)
    {
        var encoded = AbiEncoder.Encode(Inputs, arguments);
        var call = new byte[4 + encoded.Length];
        Selector.CopyTo(call, 0);
        encoded.CopyTo(call, 4);
        return call;
    }

    public object?[] DecodeCall(ReadOnlySpan<byte> calldata)
    {
        if (calldata.Length < 4 || !calldata[..4].SequenceEqual(Selector))
            throw new AbiException($"call data does not start with the selector of {Signature}");
        return AbiDecoder.Decode(Inputs, calldata[4..]);
    }
}
