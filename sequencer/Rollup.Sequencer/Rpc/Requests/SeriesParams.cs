namespace Rollup.Sequencer.Rpc.Requests;

public sealed record SeriesParams(bool IncludeExpired = false);
