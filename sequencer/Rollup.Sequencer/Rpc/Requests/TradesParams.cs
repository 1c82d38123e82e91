namespace Rollup.Sequencer.Rpc.Requests;

public sealed record TradesParams(ushort? Series = null, int Limit = 100);
