using System.Numerics;
using Microsoft.Extensions.Logging;

namespace Rollup.SettlementClient.TxManager;

/// <summary>The manager's log events with stable keys ({TxHash}, {Nonce}, {Label}, {L1Block}); no key material ever.</summary>
internal static partial class TransactionManagerLog
{
    [LoggerMessage(EventId = 5100, Level = LogLevel.Information, Message = "Transaction manager for {From} on chain {ChainId}: next nonce {Nonce}, {Unfinished} unfinished in the journal")]
    public static partial void Started(this ILogger logger, string from, ulong chainId, ulong nonce, int unfinished);

    [LoggerMessage(EventId = 5101, Level = LogLevel.Debug, Message = "{Label} nonce {Nonce}: signed variant {Variant} {TxHash} (max fee {MaxFeePerGas}, tip {MaxPriorityFeePerGas})")]
    public static partial void Signed(this ILogger logger, string? label, ulong nonce, string txHash, int variant, BigInteger maxFeePerGas, BigInteger maxPriorityFeePerGas);

    [LoggerMessage(EventId = 5102, Level = LogLevel.Information, Message = "{Label} nonce {Nonce}: broadcast {TxHash}")]
    public static partial void Broadcast(this ILogger logger, string? label, ulong nonce, string txHash);

    [LoggerMessage(EventId = 5103, Level = LogLevel.Warning, Message = "{Label} nonce {Nonce}: broadcast of {TxHash} failed in transport, it may still have reached the node: {Error}")]
    public static partial void BroadcastUncertain(this ILogger logger, string? label, ulong nonce, string txHash, string error);

    [LoggerMessage(EventId = 5104, Level = LogLevel.Warning, Message = "{Label} nonce {Nonce}: node refused {TxHash} ({Refusal}): {Error}")]
    public static partial void BroadcastRefused(this ILogger logger, string? label, ulong nonce, string txHash, string refusal, string error);

    [LoggerMessage(EventId = 5105, Level = LogLevel.Information, Message = "{Label} nonce {Nonce}: {TxHash} mined in block {L1Block}")]
    public static partial void Mined(this ILogger logger, string? label, ulong nonce, string txHash, ulong l1Block);

    [LoggerMessage(EventId = 5106, Level = LogLevel.Information, Message = "{Label} nonce {Nonce}: {TxHash} confirmed in block {L1Block}, succeeded {Succeeded}")]
    public static partial void Confirmed(this ILogger logger, string? label, ulong nonce, string txHash, ulong l1Block, bool succeeded);

    [LoggerMessage(EventId = 5107, Level = LogLevel.Warning, Message = "{Label} nonce {Nonce}: receipt of {TxHash} in block {L1Block} is gone (reorganised); waiting and sending again")]
    public static partial void ReceiptReorganised(this ILogger logger, string? label, ulong nonce, string txHash, ulong l1Block);

    [LoggerMessage(EventId = 5108, Level = LogLevel.Warning, Message = "{Label} nonce {Nonce}: no more bumps: {Reason}")]
    public static partial void BumpingStopped(this ILogger logger, string? label, ulong nonce, string reason);

    [LoggerMessage(EventId = 5109, Level = LogLevel.Warning, Message = "{Label} nonce {Nonce}: given up (no variant can land); next nonce {NextNonce}")]
    public static partial void Abandoned(this ILogger logger, string? label, ulong nonce, ulong nextNonce);

    [LoggerMessage(EventId = 5110, Level = LogLevel.Warning, Message = "{Label} nonce {Nonce}: another transaction used the nonce; sending again at a new nonce")]
    public static partial void NonceTakenElsewhere(this ILogger logger, string? label, ulong nonce);

    [LoggerMessage(EventId = 5111, Level = LogLevel.Warning, Message = "{Label} nonce {Nonce}: poll failed, retrying: {Error}")]
    public static partial void PollFailed(this ILogger logger, string? label, ulong nonce, string error);

    [LoggerMessage(EventId = 5112, Level = LogLevel.Information, Message = "Resuming {Count} unfinished nonce(s) {Nonce}..{LastNonce}")]
    public static partial void Resuming(this ILogger logger, int count, ulong nonce, ulong lastNonce);

    [LoggerMessage(EventId = 5120, Level = LogLevel.Warning, Message = "{Label} nonce {Nonce}: stranded behind a gap (the node's next nonce is {NodeNonce}, a reorg dropped earlier transactions); sending again at a new nonce")]
    public static partial void Stranded(this ILogger logger, string? label, ulong nonce, ulong nodeNonce);
}
