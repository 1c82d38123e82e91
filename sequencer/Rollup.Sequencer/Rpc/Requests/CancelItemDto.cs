namespace Rollup.Sequencer.Rpc.Requests;

/// <summary>One order of a cancelAll: its id and the Cancel message's signature.</summary>
public sealed record CancelItemDto(uint OrderId, SignatureDto Signature);
