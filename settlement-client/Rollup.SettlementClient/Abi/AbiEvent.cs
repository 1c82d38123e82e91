using Rollup.Core.Hashing;

namespace Rollup.SettlementClient.Abi;

/// <summary>
/// A contract event: topic 0 is keccak256 of its signature, indexed parameters follow as
/// topics, the rest are abi-encoded in the log data. Indexed dynamic values (bytes, string,
/// arrays, tuples) are stored only as their keccak256, so they decode to that 32-byte hash.
/// </summary>
public sealed class AbiEvent
{
    public AbiEvent(string name, IReadOnlyList<AbiEventParameter> parameters)
    {
        Name = name;
        Parameters = parameters;
        var types = new AbiType[parameters.Count];
        for (int i = 0; i < types.Length; i++) types[i] = parameters[i].Type;
        Signature = name + AbiType.Tuple(types).CanonicalName;
        Topic0 = Keccak256.Hash(System.Text.Encoding.ASCII.GetBytes(Signature));
    }

    public string Name { get; }
    public IReadOnlyList<AbiEventParameter> Parameters { get; }
    public string Signature { get; }
    public byte[] Topic0 { get; }

    /// <summary>Decodes a log into values in parameter order.</summary>
    public object?[] DecodeLog(IReadOnlyList<byte[]> topics, ReadOnlySpan<byte> data)
    {
        int indexedCount = 0;
        foreach (var p in Parameters) if (p.Indexed) indexedCount++;
        if (topics.Count != indexedCount + 1)
            throw new AbiException($"{Signature}: expected {indexedCount + 1} topics, got {topics.Count}");
        if (!topics[0].AsSpan().SequenceEqual(Topic0))
            throw new AbiException($"log topic 0 is not the topic of {Signature}");

        var dataTypes = new List<AbiType>(Parameters.Count - indexedCount);
        foreach (var p in Parameters) if (!p.Indexed) dataTypes.Add(p.Type);
        var dataValues = AbiDecoder.Decode(dataTypes, data);

        var values = new object?[Parameters.Count];
        int topic = 1, dataIndex = 0;
        for (int i = 0; i < Parameters.Count; i++)
        {
            var p = Parameters[i];
            if (!p.Indexed)
            {
                values[i] = dataValues[dataIndex++];
                continue;
            }
            var word = topics[topic++];
            if (word.Length != 32) throw new AbiException($"{Signature}: topic {topic - 1} is {word.Length} bytes, expected 32");
            values[i] = p.Type.IsDynamic || p.Type.HeadSize != 32 ? word.ToArray() : AbiDecoder.DecodeWord(p.Type, word);
        }
        return values;
    }
}
