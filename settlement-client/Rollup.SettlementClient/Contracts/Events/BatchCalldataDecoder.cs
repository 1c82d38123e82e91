using System.Numerics;
using Rollup.Core.Batches;
using Rollup.Core.Ethereum;
using Rollup.Core.Fields;
using Rollup.SettlementClient.Abi;
using Rollup.SettlementClient.Primitives;
using Rollup.SettlementClient.Rpc;

namespace Rollup.SettlementClient.Contracts.Events;

/// <summary>
/// Reads the calldata behind batch events. The rule: a batch is committed by a transaction that
/// calls commitBatch on the contract directly (the sequencer's EOA), so the transaction's input is
/// the call. A commit through another contract (a contract wallet, a multicall) is refused with
/// <see cref="BatchCalldataException.IsIndirectCall"/> set: its input is that contract's call, and
/// the inner call cannot be recovered without tracing. The decoded call must be the commit the
/// event reports: same batch number, root and priority range, and a commitment recomputed from
/// header and pubdata (Rollup.Core's BatchCommitment) equal to the event's.
/// </summary>
public static class BatchCalldataDecoder
{
    public static CommitBatchCall DecodeCommit(RpcTransaction transaction, BatchCommittedEvent committed, L1Address contract)
    {
        RequireDirectCall(transaction, contract, RollupCallAbi.CommitBatch, $"batch {committed.BatchNumber}");
        CommitBatchCall call;
        try
        {
            var values = RollupCallAbi.CommitBatch.DecodeCall(transaction.Input);
            var header = (object?[])values[0]!;
            var keyXs = (object?[])values[2]!;
            call = new CommitBatchCall(
                new CommittedBatchHeader(U64(header[0]), U64(header[1]), U64(header[2]), (BigInteger)header[3]!, (BigInteger)header[4]!),
                (byte[])values[1]!,
                Array.ConvertAll(keyXs, x => (BigInteger)x!));
        }
        catch (AbiException e)
        {
            throw new BatchCalldataException($"commitBatch input of {Hex.Encode(transaction.Hash)} (batch {committed.BatchNumber}) is malformed: {e.Message}", false, e);
        }
        var h = call.Header;
        if (h.BatchNumber != committed.BatchNumber || h.NewRoot != committed.NewRoot || h.PriorityFirst != committed.PriorityFirst || h.PriorityEnd != committed.PriorityEnd)
            throw new BatchCalldataException(
                $"commitBatch input of {Hex.Encode(transaction.Hash)} commits batch {h.BatchNumber} [{h.PriorityFirst}, {h.PriorityEnd}), not the event's batch {committed.BatchNumber} [{committed.PriorityFirst}, {committed.PriorityEnd})", false);
        if (Commitment(h, call.Pubdata) != committed.Commitment)
            throw new BatchCalldataException($"commitBatch input of {Hex.Encode(transaction.Hash)} does not hash to batch {committed.BatchNumber}'s commitment", false);
        return call;
    }

    /// <summary>The proof, or null when the transaction is not a direct proveBatch call: anyone may prove, through any contract, and the contract has checked the proof already.</summary>
    public static ProveBatchCall? DecodeProve(RpcTransaction transaction, BatchProvenEvent proven, L1Address contract)
    {
        if (!IsDirectCall(transaction, contract, RollupCallAbi.ProveBatch)) return null;
        ProveBatchCall call;
        try
        {
            var values = RollupCallAbi.ProveBatch.DecodeCall(transaction.Input);
            var proof = (object?[])values[1]!;
            var b = (object?[])proof[1]!;
            call = new ProveBatchCall(
                U64(values[0]),
                new Groth16ProofCalldata(Numbers(proof[0]), [Numbers(b[0]), Numbers(b[1])], Numbers(proof[2])));
        }
        catch (AbiException e)
        {
            throw new BatchCalldataException($"proveBatch input of {Hex.Encode(transaction.Hash)} (batch {proven.BatchNumber}) is malformed: {e.Message}", false, e);
        }
        if (call.BatchNumber != proven.BatchNumber)
            throw new BatchCalldataException($"proveBatch input of {Hex.Encode(transaction.Hash)} proves batch {call.BatchNumber}, the event says {proven.BatchNumber}", false);
        return call;
    }

    private static void RequireDirectCall(RpcTransaction transaction, L1Address contract, AbiFunction function, string what)
    {
        if (IsDirectCall(transaction, contract, function)) return;
        var selector = transaction.Input.Length >= 4 ? Hex.Encode(transaction.Input.AsSpan(0, 4)) : Hex.Encode(transaction.Input);
        throw new BatchCalldataException(
            $"{what} was not committed by a direct {function.Name} call: transaction {Hex.Encode(transaction.Hash)} calls " +
            $"{(transaction.To is { } to ? to.ToString() : "nothing (a creation)")} with selector {selector}, not {contract} with {Hex.Encode(function.Selector)}; " +
            "the sequencer must call commitBatch directly from an EOA", true);
    }

    private static bool IsDirectCall(RpcTransaction transaction, L1Address contract, AbiFunction function) =>
        transaction.To == contract && transaction.Input.Length >= 4 && transaction.Input.AsSpan(0, 4).SequenceEqual(function.Selector);

    private static BigInteger Commitment(CommittedBatchHeader header, byte[] pubdata)
    {
        var oldRoot = Fr.FromBigInteger(header.OldRoot);
        var newRoot = Fr.FromBigInteger(header.NewRoot);
        // The contract refuses roots >= r; a reduced value here would describe another batch.
        if (oldRoot.ToBigInteger() != header.OldRoot || newRoot.ToBigInteger() != header.NewRoot) return BigInteger.MinusOne;
        return BatchCommitment.Compute(oldRoot, newRoot, header.BatchNumber, header.PriorityFirst, header.PriorityEnd, pubdata).ToBigInteger();
    }

    private static BigInteger[] Numbers(object? array) => Array.ConvertAll((object?[])array!, x => (BigInteger)x!);

    private static ulong U64(object? value) => (ulong)(BigInteger)value!;
}
