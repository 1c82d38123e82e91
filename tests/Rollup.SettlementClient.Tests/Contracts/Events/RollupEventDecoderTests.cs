using System.Numerics;
using Rollup.Core.Ethereum;
using Rollup.Core.Operations;
using Rollup.SettlementClient.Contracts.Events;
using Rollup.SettlementClient.Rpc;
using static Rollup.SettlementClient.Tests.Contracts.Events.EventLogs;

namespace Rollup.SettlementClient.Tests.Contracts.Events;

public class RollupEventDecoderTests
{
    private static readonly L1Address Alice = L1Address.Parse("0x00000000000000000000000000000000000a11ce");
    private readonly RollupEventDecoder _decoder = new(Contract);

    [Fact]
    public void Deposit_request_decodes_to_its_fields_and_core_operation()
    {
        var log = Log(RollupEventAbi.PriorityRequest, PriorityRequest(5, 1, Alice, DepositFields(Alice, 42)), block: 9, logIndex: 3);
        var e = Assert.IsType<PriorityRequestEvent>(_decoder.Decode(log));
        Assert.Equal(5UL, e.Index);
        Assert.Equal(PriorityRequestKind.Deposit, e.Kind);
        Assert.Equal(Alice, e.Sender);
        Assert.Equal(1_000UL, e.Deadline);
        Assert.Equal(new LogPosition(9, log.BlockHash, log.TransactionHash, 3).ToString(), e.Position.ToString());
        Assert.Equal(new DepositOperation(Alice, 42), e.ToOperation());
    }

    [Fact]
    public void Forced_withdrawal_and_key_registration_requests_become_core_operations()
    {
        var fw = new byte[24];
        Alice.ToBytes().CopyTo(fw, 0);
        fw[23] = 9;
        var forced = (PriorityRequestEvent)_decoder.Decode(Log(RollupEventAbi.PriorityRequest, PriorityRequest(0, 2, Alice, fw)));
        Assert.Equal(new ForcedWithdrawalOperation(Alice, 9), forced.ToOperation());

        var key = Enumerable.Range(1, 32).Select(i => (byte)i).ToArray();
        var register = (PriorityRequestEvent)_decoder.Decode(Log(RollupEventAbi.PriorityRequest, PriorityRequest(1, 3, Alice, [.. Alice.ToBytes(), .. key])));
        var op = Assert.IsType<L1RegisterKeyOperation>(register.ToOperation());
        Assert.Equal(Alice, op.From);
        Assert.Equal(key, op.PackedKey);
    }

    [Fact]
    public void Batch_and_payout_events_decode_to_their_values()
    {
        var committed = Assert.IsType<BatchCommittedEvent>(_decoder.Decode(Log(RollupEventAbi.BatchCommitted, [3UL, new BigInteger(11), new BigInteger(12), 4UL, 6UL])));
        Assert.Equal((3UL, new BigInteger(11), new BigInteger(12), 4UL, 6UL), (committed.BatchNumber, committed.NewRoot, committed.Commitment, committed.PriorityFirst, committed.PriorityEnd));
        var proven = Assert.IsType<BatchProvenEvent>(_decoder.Decode(Log(RollupEventAbi.BatchProven, [3UL, new BigInteger(11), new BigInteger(12)])));
        Assert.Equal((3UL, new BigInteger(11), new BigInteger(12)), (proven.BatchNumber, proven.Root, proven.Commitment));
        var reverted = Assert.IsType<BatchRevertedEvent>(_decoder.Decode(Log(RollupEventAbi.BatchReverted, [4UL, new BigInteger(13)])));
        Assert.Equal((4UL, new BigInteger(13)), (reverted.BatchNumber, reverted.Commitment));
        var executed = Assert.IsType<BatchExecutedEvent>(_decoder.Decode(Log(RollupEventAbi.BatchExecuted, [3UL, 2UL, new BigInteger(70)])));
        Assert.Equal((3UL, 2UL, new BigInteger(70)), (executed.BatchNumber, executed.Credits, executed.Amount));
        var credited = Assert.IsType<WithdrawalCreditedEvent>(_decoder.Decode(Log(RollupEventAbi.WithdrawalCredited, [Alice, 3UL, 50UL])));
        Assert.Equal((Alice, 3UL, 50UL), (credited.To, credited.BatchNumber, credited.Amount));
        var claimed = Assert.IsType<WithdrawalClaimedEvent>(_decoder.Decode(Log(RollupEventAbi.WithdrawalClaimed, [Alice, new BigInteger(50)])));
        Assert.Equal((Alice, new BigInteger(50)), (claimed.To, claimed.Amount));
        var exodus = Assert.IsType<ExodusActivatedEvent>(_decoder.Decode(Log(RollupEventAbi.ExodusActivated, [8UL, 99UL, 8UL, new BigInteger(500)])));
        Assert.Equal((8UL, 99UL, 8UL, new BigInteger(500)), (exodus.OverdueRequest, exodus.Deadline, exodus.FinalizedPriorityEnd, exodus.ReclaimableDeposits));
        var reclaimed = Assert.IsType<DepositReclaimedEvent>(_decoder.Decode(Log(RollupEventAbi.DepositReclaimed, [8UL, Alice, 20UL])));
        Assert.Equal((8UL, Alice, 20UL), (reclaimed.Index, reclaimed.To, reclaimed.Amount));
        var exited = Assert.IsType<AccountExitedEvent>(_decoder.Decode(Log(RollupEventAbi.AccountExited, [17u, Alice, new BigInteger(900)])));
        Assert.Equal((17u, Alice, new BigInteger(900)), (exited.AccountId, exited.To, exited.Amount));
    }

    [Fact]
    public void Log_with_a_missing_or_extra_topic_is_refused()
    {
        var good = Log(RollupEventAbi.BatchProven, [3UL, BigInteger.One, BigInteger.One]);
        var missing = good with { Topics = [good.Topics[0]] };
        var extra = good with { Topics = [.. good.Topics, Hash(1)] };
        Assert.Contains("expected 2 topics, got 1", Assert.Throws<RollupEventFormatException>(() => _decoder.Decode(missing)).Message);
        Assert.Contains("expected 2 topics, got 3", Assert.Throws<RollupEventFormatException>(() => _decoder.Decode(extra)).Message);
        Assert.Throws<RollupEventFormatException>(() => _decoder.Decode(good with { Topics = [] }));
    }

    [Fact]
    public void Log_with_truncated_or_non_canonical_data_is_refused()
    {
        var good = Log(RollupEventAbi.BatchCommitted, [3UL, BigInteger.One, BigInteger.One, 0UL, 0UL]);
        var truncated = Assert.Throws<RollupEventFormatException>(() => _decoder.Decode(good with { Data = good.Data[..100] }));
        Assert.StartsWith("BatchCommitted:", truncated.Message);
        Assert.Equal(good.BlockNumber, truncated.Position!.BlockNumber);
        var wide = (byte[])good.Data.Clone();
        wide[96] = 1; // high byte of the uint64 priorityEnd
        Assert.Throws<RollupEventFormatException>(() => _decoder.Decode(good with { Data = wide }));
        var dirtyTopic = (byte[])good.Topics[1].Clone();
        dirtyTopic[0] = 1; // batchNumber topic wider than uint64
        Assert.Throws<RollupEventFormatException>(() => _decoder.Decode(good with { Topics = [good.Topics[0], dirtyTopic] }));
    }

    [Fact]
    public void Log_of_another_address_an_unknown_topic_or_marked_removed_is_refused()
    {
        var good = Log(RollupEventAbi.BatchReverted, [1UL, BigInteger.One]);
        Assert.Contains("not of the settlement contract", Assert.Throws<RollupEventFormatException>(() => _decoder.Decode(good with { Address = Alice })).Message);
        Assert.Contains("unknown event topic", Assert.Throws<RollupEventFormatException>(() => _decoder.Decode(good with { Topics = [Hash(5), good.Topics[1]] })).Message);
        Assert.Contains("removed", Assert.Throws<RollupEventFormatException>(() => _decoder.Decode(good with { Removed = true })).Message);
    }

    [Fact]
    public void Priority_request_with_unknown_kind_wrong_field_length_or_forged_hash_is_refused()
    {
        var fields = DepositFields(Alice, 42);
        Assert.Contains("unknown request kind 4", Assert.Throws<RollupEventFormatException>(() =>
            _decoder.Decode(Log(RollupEventAbi.PriorityRequest, PriorityRequest(0, 4, Alice, fields)))).Message);
        Assert.Contains("Deposit fields are 28 bytes, got 27", Assert.Throws<RollupEventFormatException>(() =>
            _decoder.Decode(Log(RollupEventAbi.PriorityRequest, PriorityRequest(0, 1, Alice, fields[..27])))).Message);
        var forged = PriorityRequest(0, 1, Alice, fields);
        forged[6] = DepositFields(Alice, 43); // fields changed after hashing
        Assert.Contains("requestHash", Assert.Throws<RollupEventFormatException>(() =>
            _decoder.Decode(Log(RollupEventAbi.PriorityRequest, forged))).Message);
    }

    [Fact]
    public void Event_declaration_parser_refuses_malformed_declarations()
    {
        Assert.Throws<Rollup.SettlementClient.Abi.AbiException>(() => RollupEventAbiParse("Broken(uint64 indexed)"));
        Assert.Throws<Rollup.SettlementClient.Abi.AbiException>(() => RollupEventAbiParse("NoParens"));
        Assert.Throws<Rollup.SettlementClient.Abi.AbiException>(() => RollupEventAbiParse("Bad(uint65 x)"));
        Assert.Equal("Ok(uint64,address)", RollupEventAbiParse("Ok(uint64 indexed a, address b)").Signature);
    }

    private static Rollup.SettlementClient.Abi.AbiEvent RollupEventAbiParse(string declaration) => EventDeclaration.Parse(declaration);
}
