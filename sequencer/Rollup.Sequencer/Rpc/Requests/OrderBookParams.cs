namespace Rollup.Sequencer.Rpc.Requests;

public sealed record OrderBookParams(ushort Series, int Depth = 20);
