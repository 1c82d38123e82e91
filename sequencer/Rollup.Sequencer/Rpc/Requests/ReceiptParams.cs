namespace Rollup.Sequencer.Rpc.Requests;

public sealed record ReceiptParams(long Sequence);
