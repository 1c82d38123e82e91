using Rollup.Core.Ethereum;
using Rollup.Core.Hashing;
using Rollup.SettlementClient.Abi;
using Rollup.SettlementClient.Rpc;

namespace Rollup.SettlementClient.Tests.Contracts.Events;

/// <summary>Builds logs as the contract emits them: indexed values as topics, the rest abi-encoded in data.</summary>
internal static class EventLogs
{
    public static readonly L1Address Contract = L1Address.Parse("0x5fbdb2315678afecb367f032d93f642f64180aa3");

    public static LogEntry Log(AbiEvent e, object?[] values, ulong block = 7, byte[]? blockHash = null, ulong logIndex = 0, L1Address? address = null)
    {
        var topics = new List<byte[]> { e.Topic0 };
        var dataTypes = new List<AbiType>();
        var dataValues = new List<object?>();
        for (int i = 0; i < e.Parameters.Count; i++)
        {
            var p = e.Parameters[i];
            if (p.Indexed) topics.Add(AbiEncoder.Encode([p.Type], [values[i]]));
            else
            {
                dataTypes.Add(p.Type);
                dataValues.Add(values[i]);
            }
        }
        return new LogEntry(address ?? Contract, topics, AbiEncoder.Encode(dataTypes, dataValues), block, blockHash ?? Hash(block), Hash(1000 + block), logIndex, false);
    }

    /// <summary>A PriorityRequest as PriorityQueue._enqueue emits it (request hash over kind ‖ fields).</summary>
    public static object?[] PriorityRequest(ulong index, byte kind, L1Address sender, byte[] fields, byte[]? rolling = null, ulong deadline = 1_000)
    {
        var packed = new byte[1 + fields.Length];
        packed[0] = kind;
        fields.CopyTo(packed, 1);
        return [index, kind, sender, Keccak256.Hash(packed), rolling ?? Hash(index), deadline, fields];
    }

    public static byte[] DepositFields(L1Address to, ulong amount)
    {
        var fields = new byte[28];
        to.ToBytes().CopyTo(fields, 0);
        System.Buffers.Binary.BinaryPrimitives.WriteUInt64BigEndian(fields.AsSpan(20), amount);
        return fields;
    }

    /// <summary>A deterministic 32-byte hash standing for block or transaction n.</summary>
    public static byte[] Hash(ulong n, byte fork = 0) => Keccak256.Hash([.. BitConverter.GetBytes(n), fork]);
}
