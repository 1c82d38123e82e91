using Rollup.Core.Curves;
using Rollup.Core.Operations;
using Rollup.Core.State;

namespace Rollup.Sequencer.Engine.Commands;

/// <summary>
/// The log encoding of a sequenced command: version (1), kind (u8), engine timestamp (i64 unix
/// ms), then the command's fields, all big-endian fixed width, signatures packed as circomlib
/// packs them (64 bytes). Decoding is strict: unknown versions and kinds, truncation and
/// trailing bytes are errors, so a log either replays exactly or refuses to.
/// </summary>
public static class CommandCodec
{
    public const byte Version = 1;

    private const byte FlagReduceOnly = 1, FlagPostOnly = 2, FlagImmediateOrCancel = 4;

    public static byte[] Encode(SequencedCommand sequenced)
    {
        var w = new CommandWriter();
        w.U8(Version);
        w.U8((byte)sequenced.Command.Kind);
        w.I64(sequenced.TimestampMs);
        switch (sequenced.Command)
        {
            case SubmitOrderCommand c: WriteOrder(w, c); break;
            case CancelCommand c: WriteCancel(w, c.Cancel); break;
            case CancelAllCommand c:
                w.U32(c.AccountId);
                w.U16(checked((ushort)c.Cancels.Count));
                foreach (var cancel in c.Cancels) WriteCancel(w, cancel);
                break;
            case WithdrawCommand c:
                w.U32(c.Withdraw.AccountId);
                w.U64(c.Withdraw.Amount);
                w.U32(c.Withdraw.Nonce);
                w.Signature(c.Withdraw.Signature);
                break;
            case RegisterKeyCommand c:
                if (c.Register.EthereumSignature.Length != RegisterKeyOperation.SignatureLength)
                    throw new ArgumentException("a RegisterKey signature is 65 bytes", nameof(sequenced));
                w.U32(c.Register.AccountId);
                w.Field(c.Register.KeyX);
                w.Field(c.Register.KeyY);
                w.U32(c.Register.Nonce);
                w.Bytes(c.Register.EthereumSignature);
                break;
            case OraclePriceCommand c:
                w.U8((byte)c.Price.PriceKind);
                w.U8(c.Price.Underlying);
                w.U64(c.Price.Timestamp);
                w.U8(checked((byte)c.Price.Submissions.Count));
                foreach (var s in c.Price.Submissions)
                {
                    w.U8(s.OracleIndex);
                    w.U64(s.Price);
                    w.Signature(s.Signature);
                }
                break;
            case ListSeriesCommand c:
                w.U8(c.Listing.Underlying);
                w.U64(c.Listing.Strike);
                w.U16(c.Listing.ExpiryDay);
                w.U8((byte)c.Listing.OptionKind);
                break;
            case PriorityRequestCommand c: WritePriority(w, c); break;
            case SealBatchCommand or TickCommand: break;
            default: throw new ArgumentException($"unknown command {sequenced.Command.GetType().Name}", nameof(sequenced));
        }
        return w.ToArray();
    }

    public static SequencedCommand Decode(ReadOnlySpan<byte> payload)
    {
        var r = new CommandReader(payload);
        byte version = r.U8();
        if (version != Version) throw new CommandFormatException($"unknown command encoding version {version}");
        var kind = (CommandKind)r.U8();
        long timestamp = r.I64();
        EngineCommand command = kind switch
        {
            CommandKind.SubmitOrder => ReadOrder(ref r),
            CommandKind.Cancel => new CancelCommand(ReadCancel(ref r)),
            CommandKind.CancelAll => ReadCancelAll(ref r),
            CommandKind.Withdraw => new WithdrawCommand(new WithdrawOperation(r.U32(), r.U64(), r.U32(), r.Signature())),
            CommandKind.RegisterKey => new RegisterKeyCommand(new RegisterKeyOperation(r.U32(), r.Field(), r.Field(), r.U32(), r.Bytes(RegisterKeyOperation.SignatureLength))),
            CommandKind.OraclePrice => ReadOracle(ref r),
            CommandKind.ListSeries => new ListSeriesCommand(new ListSeriesOperation(r.U8(), r.U64(), r.U16(), ReadOptionKind(r.U8()))),
            CommandKind.PriorityRequest => ReadPriority(ref r),
            CommandKind.SealBatch => SealBatchCommand.Instance,
            CommandKind.Tick => TickCommand.Instance,
            _ => throw new CommandFormatException($"unknown command kind {(byte)kind}"),
        };
        r.End();
        return new SequencedCommand(timestamp, command);
    }

    private static void WriteOrder(CommandWriter w, SubmitOrderCommand c)
    {
        var o = c.Order.Order;
        w.U32(o.AccountId);
        w.U32(o.OrderId);
        w.U16(o.SeriesIndex);
        w.U8((byte)o.Side);
        w.U64(o.LimitPrice);
        w.U32(o.Size);
        w.U64(o.Expiry);
        w.U16(o.MaxFeeBps);
        byte flags = 0;
        if (o.ReduceOnly) flags |= FlagReduceOnly;
        if (o.PostOnly) flags |= FlagPostOnly;
        if (c.TimeInForce == TimeInForce.ImmediateOrCancel) flags |= FlagImmediateOrCancel;
        w.U8(flags);
        w.Signature(c.Order.Signature);
    }

    private static SubmitOrderCommand ReadOrder(ref CommandReader r)
    {
        uint account = r.U32(), orderId = r.U32();
        ushort series = r.U16();
        byte side = r.U8();
        if (side > (byte)Side.Sell) throw new CommandFormatException($"unknown side {side}");
        ulong limit = r.U64();
        uint size = r.U32();
        ulong expiry = r.U64();
        ushort maxFee = r.U16();
        byte flags = r.U8();
        if ((flags & ~(FlagReduceOnly | FlagPostOnly | FlagImmediateOrCancel)) != 0) throw new CommandFormatException($"unknown order flags {flags}");
        var order = new Order(account, orderId, series, (Side)side, limit, size, expiry, maxFee, (flags & FlagReduceOnly) != 0, (flags & FlagPostOnly) != 0);
        var tif = (flags & FlagImmediateOrCancel) != 0 ? TimeInForce.ImmediateOrCancel : TimeInForce.GoodTillExpiry;
        return new SubmitOrderCommand(new SignedOrder(order, r.Signature()), tif);
    }

    private static void WriteCancel(CommandWriter w, CancelOperation c)
    {
        w.U32(c.AccountId);
        w.U32(c.OrderId);
        w.Signature(c.Signature);
    }

    private static CancelOperation ReadCancel(ref CommandReader r) => new(r.U32(), r.U32(), r.Signature());

    private static CancelAllCommand ReadCancelAll(ref CommandReader r)
    {
        uint account = r.U32();
        int count = r.U16();
        if (count > CancelAllCommand.MaxCancels) throw new CommandFormatException($"{count} cancels exceed {CancelAllCommand.MaxCancels}");
        var cancels = new CancelOperation[count];
        for (int i = 0; i < count; i++) cancels[i] = ReadCancel(ref r);
        return new CancelAllCommand(account, cancels);
    }

    private static OraclePriceCommand ReadOracle(ref CommandReader r)
    {
        byte kind = r.U8();
        if (kind > (byte)OraclePriceKind.Settlement) throw new CommandFormatException($"unknown oracle price kind {kind}");
        byte underlying = r.U8();
        ulong timestamp = r.U64();
        int count = r.U8();
        if (count > Limits.MaxOracles) throw new CommandFormatException($"{count} oracle submissions exceed {Limits.MaxOracles}");
        var subs = new OracleSubmission[count];
        for (int i = 0; i < count; i++) subs[i] = new OracleSubmission(r.U8(), r.U64(), r.Signature());
        return new OraclePriceCommand(new OraclePriceOperation((OraclePriceKind)kind, underlying, timestamp, subs));
    }

    private static OptionKind ReadOptionKind(byte v) =>
        v <= (byte)OptionKind.Put ? (OptionKind)v : throw new CommandFormatException($"unknown option kind {v}");

    private static void WritePriority(CommandWriter w, PriorityRequestCommand c)
    {
        w.U64(c.Index);
        w.U64(c.Deadline);
        w.U8((byte)c.Operation.Kind);
        switch (c.Operation)
        {
            case DepositOperation d:
                w.Address(d.To);
                w.U64(d.Amount);
                break;
            case ForcedWithdrawalOperation f:
                w.Address(f.From);
                w.U32(f.AccountId);
                break;
            case L1RegisterKeyOperation k:
                w.Address(k.From);
                w.Bytes(k.PackedKey);
                break;
            default: throw new ArgumentException($"{c.Operation.Kind} is not a priority operation");
        }
    }

    private static PriorityRequestCommand ReadPriority(ref CommandReader r)
    {
        ulong index = r.U64(), deadline = r.U64();
        var kind = (OperationKind)r.U8();
        Operation op = kind switch
        {
            OperationKind.Deposit => new DepositOperation(r.Address(), r.U64()),
            OperationKind.ForcedWithdrawal => new ForcedWithdrawalOperation(r.Address(), r.U32()),
            OperationKind.L1RegisterKey => new L1RegisterKeyOperation(r.Address(), r.Bytes(JubjubPoint.PackedLength)),
            _ => throw new CommandFormatException($"{kind} is not a priority operation"),
        };
        return new PriorityRequestCommand(index, deadline, op);
    }
}
