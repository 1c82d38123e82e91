using Rollup.Core.Operations;
using Rollup.Core.State;
using Rollup.Sequencer.Engine.Commands;
using static Rollup.Sequencer.Tests.Engine.EngineHarness;

namespace Rollup.Sequencer.Tests.Engine;

public class CommandCodecTests
{
    private static readonly Rollup.Core.Signatures.PrivateKey Key = KeyOf("codec");
    private static readonly MessageDomain Domain = new(31337, Rollup.Core.Ethereum.L1Address.Parse("0x5FbDB2315678afecb367f032d93F642f64180aa3"));

    public static TheoryData<string> Commands() => new(All().Keys);

    private static Dictionary<string, EngineCommand> All()
    {
        var order = new Order(7, 42, 3, Side.Sell, 2_000 * Usd, 1_500, 1_800_000_000, 10, ReduceOnly: true, PostOnly: false);
        var sig = Key.Sign(order.Message(Domain));
        var (x, y) = Public(Key);
        return new Dictionary<string, EngineCommand>
        {
            ["order"] = new SubmitOrderCommand(new SignedOrder(order, sig), TimeInForce.ImmediateOrCancel),
            ["cancel"] = new CancelCommand(new CancelOperation(7, 42, sig)),
            ["cancel-all"] = new CancelAllCommand(7, [new CancelOperation(7, 42, sig), new CancelOperation(7, 43, sig)]),
            ["withdraw"] = new WithdrawCommand(new WithdrawOperation(7, 5 * Usd, 3, sig)),
            ["register-key"] = new RegisterKeyCommand(new RegisterKeyOperation(7, x, y, 2, Enumerable.Range(1, 65).Select(i => (byte)i).ToArray())),
            ["oracle"] = new OraclePriceCommand(new OraclePriceOperation(OraclePriceKind.Settlement, 1, 1_728_000 + 28_800, [new OracleSubmission(0, 99, sig), new OracleSubmission(2, 101, sig)])),
            ["list"] = new ListSeriesCommand(new ListSeriesOperation(0, 110_000 * Usd, 20_030, OptionKind.Put)),
            ["deposit"] = new PriorityRequestCommand(9, 1_900_000_000, new DepositOperation(AddressOf("d"), 77)),
            ["forced"] = new PriorityRequestCommand(10, 1_900_000_001, new ForcedWithdrawalOperation(AddressOf("f"), 12)),
            ["l1-key"] = new PriorityRequestCommand(11, 1_900_000_002, new L1RegisterKeyOperation(AddressOf("k"), x, y)),
            ["seal"] = SealBatchCommand.Instance,
            ["tick"] = TickCommand.Instance,
        };
    }

    [Theory]
    [MemberData(nameof(Commands))]
    public void Every_command_round_trips_to_identical_bytes(string name)
    {
        var sequenced = new SequencedCommand(1_728_000_123_456, All()[name]);

        var bytes = CommandCodec.Encode(sequenced);
        var decoded = CommandCodec.Decode(bytes);

        Assert.Equal(sequenced.TimestampMs, decoded.TimestampMs);
        Assert.Equal(sequenced.Command.Kind, decoded.Command.Kind);
        Assert.Equal(bytes, CommandCodec.Encode(decoded));
    }

    [Fact]
    public void Order_encoding_has_a_fixed_layout()
    {
        var bytes = CommandCodec.Encode(new SequencedCommand(0x0102030405060708, All()["order"]));

        Assert.Equal(1 + 1 + 8 + 4 + 4 + 2 + 1 + 8 + 4 + 8 + 2 + 1 + 64, bytes.Length);
        Assert.Equal([1, (byte)CommandKind.SubmitOrder, 1, 2, 3, 4, 5, 6, 7, 8, 0, 0, 0, 7, 0, 0, 0, 42, 0, 3, 1], bytes[..21]);
        Assert.Equal(1 | 4, bytes[21 + 8 + 4 + 8 + 2]);
        var decoded = (SubmitOrderCommand)CommandCodec.Decode(bytes).Command;
        Assert.Equal(((SubmitOrderCommand)All()["order"]).Order.Order, decoded.Order.Order);
        Assert.Equal(((SubmitOrderCommand)All()["order"]).Order.Signature, decoded.Order.Signature);
    }

    [Fact]
    public void Decoding_refuses_truncation_trailing_bytes_unknown_kinds_and_versions()
    {
        var bytes = CommandCodec.Encode(new SequencedCommand(5, All()["withdraw"]));

        Assert.Throws<CommandFormatException>(() => CommandCodec.Decode(bytes[..^1]));
        Assert.Throws<CommandFormatException>(() => CommandCodec.Decode([.. bytes, 0]));
        var unknownKind = (byte[])bytes.Clone();
        unknownKind[1] = 200;
        Assert.Throws<CommandFormatException>(() => CommandCodec.Decode(unknownKind));
        var unknownVersion = (byte[])bytes.Clone();
        unknownVersion[0] = 2;
        Assert.Throws<CommandFormatException>(() => CommandCodec.Decode(unknownVersion));
    }
}
