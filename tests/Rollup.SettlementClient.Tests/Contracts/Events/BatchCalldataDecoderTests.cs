using System.Numerics;
using Rollup.Core.Batches;
using Rollup.Core.Ethereum;
using Rollup.Core.Fields;
using Rollup.SettlementClient.Contracts.Events;
using Rollup.SettlementClient.Rpc;
using static Rollup.SettlementClient.Tests.Contracts.Events.EventLogs;

namespace Rollup.SettlementClient.Tests.Contracts.Events;

public class BatchCalldataDecoderTests
{
    private static readonly L1Address Sequencer = L1Address.Parse("0x00000000000000000000000000000000000005e0");
    private static readonly L1Address Wallet = L1Address.Parse("0x000000000000000000000000000000000000ba11");
    private static readonly byte[] Pubdata = [0, 0, 0, 0, 0, 0, 0, 9, 0, 0];
    private static readonly BigInteger OldRoot = 123, NewRoot = 456;

    private static readonly BigInteger Commitment =
        BatchCommitment.Compute(Fr.FromBigInteger(OldRoot), Fr.FromBigInteger(NewRoot), 2, 1, 3, Pubdata).ToBigInteger();

    private static BatchCommittedEvent Committed(BigInteger? commitment = null) =>
        new(new LogPosition(7, Hash(7), Hash(1007), 0), 2, NewRoot, commitment ?? Commitment, 1, 3);

    private static RpcTransaction Transaction(L1Address? to, byte[] input) =>
        new(Hash(1007), Sequencer, to, 0, 0, 100_000, input, 7, Hash(7), 0);

    private static byte[] CommitInput(ulong batch = 2) =>
        RollupCallAbi.CommitBatch.EncodeCall(new object[] { batch, 1UL, 3UL, OldRoot, NewRoot }, Pubdata, new[] { new BigInteger(77) });

    [Fact]
    public void Direct_commit_call_decodes_to_header_pubdata_and_key_xs()
    {
        var call = BatchCalldataDecoder.DecodeCommit(Transaction(Contract, CommitInput()), Committed(), Contract);
        Assert.Equal(new CommittedBatchHeader(2, 1, 3, OldRoot, NewRoot), call.Header);
        Assert.Equal(Pubdata, call.Pubdata);
        Assert.Equal([new BigInteger(77)], call.KeyXs);
    }

    [Fact]
    public void Commit_through_a_contract_wallet_is_refused_as_an_indirect_call()
    {
        var viaWallet = Assert.Throws<BatchCalldataException>(() =>
            BatchCalldataDecoder.DecodeCommit(Transaction(Wallet, [0x6a, 0x76, 0x12, 0x02, .. CommitInput()]), Committed(), Contract));
        Assert.True(viaWallet.IsIndirectCall);
        Assert.Contains("directly from an EOA", viaWallet.Message);
        Assert.Contains(Wallet.ToString(), viaWallet.Message);

        var otherSelector = Assert.Throws<BatchCalldataException>(() =>
            BatchCalldataDecoder.DecodeCommit(Transaction(Contract, [0xac, 0x96, 0x50, 0xd8, .. CommitInput()[4..]]), Committed(), Contract));
        Assert.True(otherSelector.IsIndirectCall);
        Assert.Contains("0xac9650d8", otherSelector.Message);
    }

    [Fact]
    public void Commit_input_that_is_not_the_events_batch_is_refused()
    {
        var otherBatch = Assert.Throws<BatchCalldataException>(() =>
            BatchCalldataDecoder.DecodeCommit(Transaction(Contract, CommitInput(batch: 3)), Committed(), Contract));
        Assert.False(otherBatch.IsIndirectCall);
        Assert.Contains("commits batch 3", otherBatch.Message);
        var otherCommitment = Assert.Throws<BatchCalldataException>(() =>
            BatchCalldataDecoder.DecodeCommit(Transaction(Contract, CommitInput()), Committed(Commitment + 1), Contract));
        Assert.Contains("commitment", otherCommitment.Message);
        var truncated = Assert.Throws<BatchCalldataException>(() =>
            BatchCalldataDecoder.DecodeCommit(Transaction(Contract, CommitInput()[..200]), Committed(), Contract));
        Assert.Contains("malformed", truncated.Message);
    }

    [Fact]
    public void Direct_prove_call_decodes_the_proof_and_an_indirect_one_gives_none()
    {
        var proven = new BatchProvenEvent(new LogPosition(8, Hash(8), Hash(1008), 0), 2, NewRoot, Commitment);
        var proof = new object[] { new BigInteger[] { 1, 2 }, new[] { new BigInteger[] { 3, 4 }, new BigInteger[] { 5, 6 } }, new BigInteger[] { 7, 8 } };
        var input = RollupCallAbi.ProveBatch.EncodeCall(2UL, proof);
        var call = BatchCalldataDecoder.DecodeProve(Transaction(Contract, input), proven, Contract)!;
        Assert.Equal(2UL, call.BatchNumber);
        Assert.Equal([new BigInteger(1), 2], call.Proof.A);
        Assert.Equal([new BigInteger(5), 6], call.Proof.B[1]);
        Assert.Equal([new BigInteger(7), 8], call.Proof.C);
        Assert.Null(BatchCalldataDecoder.DecodeProve(Transaction(Wallet, input), proven, Contract));
        Assert.Throws<BatchCalldataException>(() =>
            BatchCalldataDecoder.DecodeProve(Transaction(Contract, RollupCallAbi.ProveBatch.EncodeCall(3UL, proof)), proven, Contract));
    }
}
