using System.Numerics;
using Rollup.Core.Ethereum;
using Rollup.Core.Hashing;
using Rollup.SettlementClient.Abi;
using Rollup.SettlementClient.Primitives;
using Rollup.SettlementClient.Rpc;

namespace Rollup.SettlementClient.Contracts.Events;

/// <summary>
/// Decodes logs of one settlement contract into typed events. Anything that is not exactly one of
/// <see cref="RollupEventAbi.All"/> emitted by that contract is a <see cref="RollupEventFormatException"/>:
/// the synchronizer asks the node only for those events, so anything else means a broken answer.
/// </summary>
public sealed class RollupEventDecoder(L1Address contract)
{
    private static readonly Dictionary<string, (AbiEvent Abi, Func<LogPosition, object?[], RollupEvent> Build)> ByTopic = new()
    {
        [Key(RollupEventAbi.PriorityRequest)] = (RollupEventAbi.PriorityRequest, BuildPriorityRequest),
        [Key(RollupEventAbi.BatchCommitted)] = (RollupEventAbi.BatchCommitted,
            (p, v) => new BatchCommittedEvent(p, U64(v[0]), Big(v[1]), Big(v[2]), U64(v[3]), U64(v[4]))),
        [Key(RollupEventAbi.BatchProven)] = (RollupEventAbi.BatchProven, (p, v) => new BatchProvenEvent(p, U64(v[0]), Big(v[1]), Big(v[2]))),
        [Key(RollupEventAbi.BatchReverted)] = (RollupEventAbi.BatchReverted, (p, v) => new BatchRevertedEvent(p, U64(v[0]), Big(v[1]))),
        [Key(RollupEventAbi.BatchExecuted)] = (RollupEventAbi.BatchExecuted, (p, v) => new BatchExecutedEvent(p, U64(v[0]), U64(v[1]), Big(v[2]))),
        [Key(RollupEventAbi.WithdrawalCredited)] = (RollupEventAbi.WithdrawalCredited,
            (p, v) => new WithdrawalCreditedEvent(p, (L1Address)v[0]!, U64(v[1]), U64(v[2]))),
        [Key(RollupEventAbi.WithdrawalClaimed)] = (RollupEventAbi.WithdrawalClaimed, (p, v) => new WithdrawalClaimedEvent(p, (L1Address)v[0]!, Big(v[1]))),
        [Key(RollupEventAbi.ExodusActivated)] = (RollupEventAbi.ExodusActivated,
            (p, v) => new ExodusActivatedEvent(p, U64(v[0]), U64(v[1]), U64(v[2]), Big(v[3]))),
        [Key(RollupEventAbi.DepositReclaimed)] = (RollupEventAbi.DepositReclaimed,
            (p, v) => new DepositReclaimedEvent(p, U64(v[0]), (L1Address)v[1]!, U64(v[2]))),
        [Key(RollupEventAbi.AccountExited)] = (RollupEventAbi.AccountExited,
            (p, v) => new AccountExitedEvent(p, (uint)Big(v[0]), (L1Address)v[1]!, Big(v[2]))),
    };

    public L1Address Contract { get; } = contract;

    public RollupEvent Decode(LogEntry log)
    {
        ArgumentNullException.ThrowIfNull(log);
        var position = new LogPosition(log.BlockNumber, log.BlockHash, log.TransactionHash, log.LogIndex);
        if (log.Address != Contract)
            throw new RollupEventFormatException($"log of {log.Address}, not of the settlement contract {Contract}", position);
        if (log.Removed) throw new RollupEventFormatException("log is marked removed (its block left the chain)", position);
        if (log.Topics.Count == 0) throw new RollupEventFormatException("log has no topics, so it is no event of the contract", position);
        if (!ByTopic.TryGetValue(Hex.Encode(log.Topics[0]), out var entry))
            throw new RollupEventFormatException($"unknown event topic {Hex.Encode(log.Topics[0])}", position);
        object?[] values;
        try
        {
            values = entry.Abi.DecodeLog(log.Topics, log.Data);
        }
        catch (AbiException e)
        {
            throw new RollupEventFormatException($"{entry.Abi.Name}: {e.Message}", position, e);
        }
        return entry.Build(position, values);
    }

    private static RollupEvent BuildPriorityRequest(LogPosition position, object?[] v)
    {
        var kindValue = (byte)Big(v[1]);
        if (!Enum.IsDefined((PriorityRequestKind)kindValue))
            throw new RollupEventFormatException($"PriorityRequest: unknown request kind {kindValue}", position);
        var kind = (PriorityRequestKind)kindValue;
        var fields = (byte[])v[6]!;
        int expected = PriorityRequestEvent.FieldsLength(kind);
        if (fields.Length != expected)
            throw new RollupEventFormatException($"PriorityRequest: {kind} fields are {expected} bytes, got {fields.Length}", position);
        var requestHash = (byte[])v[3]!;
        var packed = new byte[1 + fields.Length];
        packed[0] = kindValue;
        fields.CopyTo(packed, 1);
        // The contract hashed exactly these bytes; a mismatch means the log was not produced by it.
        if (!Keccak256.Hash(packed).AsSpan().SequenceEqual(requestHash))
            throw new RollupEventFormatException("PriorityRequest: requestHash is not keccak256(kind ‖ fields)", position);
        return new PriorityRequestEvent(position, U64(v[0]), kind, (L1Address)v[2]!, requestHash, (byte[])v[4]!, U64(v[5]), fields);
    }

    private static string Key(AbiEvent e) => Hex.Encode(e.Topic0);

    // The ABI decoder already refused values wider than the declared uintN.
    private static ulong U64(object? value) => (ulong)(BigInteger)value!;

    private static BigInteger Big(object? value) => (BigInteger)value!;
}
