using System.Buffers.Binary;
using Rollup.Core.Ethereum;
using Rollup.Core.Operations;

namespace Rollup.SettlementClient.Contracts.Events;

/// <summary>
/// PriorityRequest: a request queued at <see cref="Index"/>. <see cref="Fields"/> are the packed
/// request fields the contract hashed (Deposit: to, amount u64; ForcedWithdrawal: from,
/// accountId u32; L1RegisterKey: from, packed key); the decoder has checked their length and
/// that <see cref="RequestHash"/> is keccak256(kind ‖ fields).
/// </summary>
public sealed record PriorityRequestEvent(
    LogPosition Position,
    ulong Index,
    PriorityRequestKind Kind,
    L1Address Sender,
    byte[] RequestHash,
    byte[] RollingHash,
    ulong Deadline,
    byte[] Fields) : RollupEvent(Position)
{
    /// <summary>Bytes of the packed fields of each kind.</summary>
    public static int FieldsLength(PriorityRequestKind kind) => kind switch
    {
        PriorityRequestKind.Deposit => L1Address.Size + 8,
        PriorityRequestKind.ForcedWithdrawal => L1Address.Size + 4,
        PriorityRequestKind.L1RegisterKey => L1Address.Size + 32,
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "unknown priority request kind"),
    };

    /// <summary>The address the fields name first: the deposit's beneficiary, or the requesting account's owner.</summary>
    public L1Address Account => L1Address.FromBytes(Fields.AsSpan(0, L1Address.Size));

    /// <summary>The operation a batch must apply for this request, as Rollup.Core's state transition takes it.</summary>
    public Operation ToOperation()
    {
        var tail = Fields.AsSpan(L1Address.Size);
        return Kind switch
        {
            PriorityRequestKind.Deposit => new DepositOperation(Account, BinaryPrimitives.ReadUInt64BigEndian(tail)),
            PriorityRequestKind.ForcedWithdrawal => new ForcedWithdrawalOperation(Account, BinaryPrimitives.ReadUInt32BigEndian(tail)),
            PriorityRequestKind.L1RegisterKey => new L1RegisterKeyOperation(Account, tail.ToArray()),
            _ => throw new InvalidOperationException($"unknown priority request kind {Kind}"),
        };
    }
}
