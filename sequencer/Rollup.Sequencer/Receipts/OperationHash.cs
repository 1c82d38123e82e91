using System.Buffers.Binary;
using Rollup.Core.Hashing;
using Rollup.Core.Operations;
using Rollup.Core.Signatures;
using Rollup.Sequencer.Rpc;
using Rollup.Sequencer.Rpc.Views;

namespace Rollup.Sequencer.Receipts;

/// <summary>
/// The hash a receipt commits to: keccak256 of a canonical big-endian encoding of the operation
/// as submitted, signature included: version byte 1, an operation tag, then the fields in the
/// order docs/RPC.md lists them (integers at their fixed widths, field elements as 32 bytes,
/// an EdDSA signature as R8.x ‖ R8.y ‖ S). Two different submissions never share a hash.
/// </summary>
public static class OperationHash
{
    public const byte Version = 1;

    private const int SignatureSize = 96;

    public static Hash32 Of(SignedOrder signed, TimeInForce timeInForce)
    {
        var o = signed.Order;
        Span<byte> b = stackalloc byte[2 + 4 + 4 + 2 + 1 + 8 + 4 + 8 + 2 + 1 + SignatureSize];
        var w = new Writer(b, OperationTag.Order);
        w.U32(o.AccountId);
        w.U32(o.OrderId);
        w.U16(o.SeriesIndex);
        w.U8((byte)o.Side);
        w.U64(o.LimitPrice);
        w.U32(o.Size);
        w.U64(o.Expiry);
        w.U16(o.MaxFeeBps);
        w.U8((byte)((o.ReduceOnly ? 1 : 0) | (o.PostOnly ? 2 : 0) | (timeInForce == TimeInForce.Ioc ? 4 : 0)));
        w.Signature(signed.Signature);
        return w.Hash();
    }

    public static Hash32 Of(CancelOperation cancel)
    {
        Span<byte> b = stackalloc byte[2 + 4 + 4 + SignatureSize];
        var w = new Writer(b, OperationTag.Cancel);
        w.U32(cancel.AccountId);
        w.U32(cancel.OrderId);
        w.Signature(cancel.Signature);
        return w.Hash();
    }

    public static Hash32 Of(uint accountId, IReadOnlyList<CancelOperation> cancels)
    {
        var b = new byte[2 + 4 + 2 + cancels.Count * (4 + SignatureSize)];
        var w = new Writer(b, OperationTag.CancelAll);
        w.U32(accountId);
        w.U16(checked((ushort)cancels.Count));
        foreach (var c in cancels)
        {
            w.U32(c.OrderId);
            w.Signature(c.Signature);
        }
        return w.Hash();
    }

    public static Hash32 Of(WithdrawOperation withdraw)
    {
        Span<byte> b = stackalloc byte[2 + 4 + 8 + 4 + SignatureSize];
        var w = new Writer(b, OperationTag.Withdraw);
        w.U32(withdraw.AccountId);
        w.U64(withdraw.Amount);
        w.U32(withdraw.Nonce);
        w.Signature(withdraw.Signature);
        return w.Hash();
    }

    public static Hash32 Of(RegisterKeyOperation registerKey)
    {
        Span<byte> b = stackalloc byte[2 + 4 + 32 + 32 + 4 + RegisterKeyOperation.SignatureLength];
        var w = new Writer(b, OperationTag.RegisterKey);
        w.U32(registerKey.AccountId);
        registerKey.KeyX.WriteBigEndian(w.Take(32));
        registerKey.KeyY.WriteBigEndian(w.Take(32));
        w.U32(registerKey.Nonce);
        registerKey.EthereumSignature.AsSpan().CopyTo(w.Take(RegisterKeyOperation.SignatureLength));
        return w.Hash();
    }

    public static Hash32 Of(OraclePriceOperation price)
    {
        var b = new byte[2 + 1 + 1 + 8 + 1 + price.Submissions.Count * (1 + 8 + SignatureSize)];
        var w = new Writer(b, OperationTag.OraclePrice);
        w.U8((byte)price.PriceKind);
        w.U8(price.Underlying);
        w.U64(price.Timestamp);
        w.U8(checked((byte)price.Submissions.Count));
        foreach (var s in price.Submissions)
        {
            w.U8(s.OracleIndex);
            w.U64(s.Price);
            w.Signature(s.Signature);
        }
        return w.Hash();
    }

    private enum OperationTag : byte
    {
        Order = 1,
        Cancel = 2,
        CancelAll = 3,
        Withdraw = 4,
        RegisterKey = 5,
        OraclePrice = 6,
    }

    private ref struct Writer
    {
        private readonly Span<byte> _buffer;
        private int _at;

        public Writer(Span<byte> buffer, OperationTag tag)
        {
            _buffer = buffer;
            _buffer[0] = Version;
            _buffer[1] = (byte)tag;
            _at = 2;
        }

        public Span<byte> Take(int n)
        {
            var s = _buffer.Slice(_at, n);
            _at += n;
            return s;
        }

        public void U8(byte v)
        {
            _buffer[_at++] = v;
        }

        public void U16(ushort v)
        {
            BinaryPrimitives.WriteUInt16BigEndian(Take(2), v);
        }

        public void U32(uint v)
        {
            BinaryPrimitives.WriteUInt32BigEndian(Take(4), v);
        }

        public void U64(ulong v)
        {
            BinaryPrimitives.WriteUInt64BigEndian(Take(8), v);
        }

        public void Signature(in Signature s)
        {
            s.R8.X.WriteBigEndian(Take(32));
            s.R8.Y.WriteBigEndian(Take(32));
            s.S.WriteBigEndian(Take(32));
        }

        public readonly Hash32 Hash()
        {
            if (_at != _buffer.Length) throw new InvalidOperationException($"operation encoding wrote {_at} of {_buffer.Length} bytes");
            return new Hash32(Keccak256.Hash(_buffer));
        }
    }
}
