using System.Threading.Channels;
using Microsoft.Extensions.Logging;
using Rollup.Core.Batches;
using Rollup.Core.Execution;
using Rollup.Core.Operations;
using Rollup.Core.State;
using Rollup.Sequencer.Book;
using Rollup.Sequencer.Engine.Admission;
using Rollup.Sequencer.Engine.Commands;
using Rollup.SettlementClient.Contracts.Events;

namespace Rollup.Sequencer.Engine;

/// <summary>
/// The sequencer's deterministic core: a single-writer state machine over Rollup.Core's state
/// and the order books. Callers submit commands from any thread; signatures are checked on the
/// caller's thread, then one writer task applies commands in order, appends each one that
/// changed anything to the <see cref="IOperationLog"/>, and completes the caller's task once
/// the entry is durable. Replaying the log from genesis reproduces the same state, books and
/// batches, because every decision depends only on the logged commands and their logged times.
/// </summary>
public sealed partial class SequencerEngine : IAsyncDisposable
{
    private readonly IOperationLog _log;
    private readonly ISequencerClock _clock;
    private readonly EngineOptions _options;
    private readonly ILogger<SequencerEngine> _logger;
    private readonly RollupState _state;
    private readonly StateTransition _stf;
    private readonly OrderBooks _books;
    private readonly KeyDirectory _keys = new();
    private readonly OrderIdRegistry _orderIds = new();
    private readonly Channel<IWriterWork> _queue = Channel.CreateUnbounded<IWriterWork>(new UnboundedChannelOptions { SingleReader = true });
    private readonly Channel<Acknowledgement> _acks = Channel.CreateUnbounded<Acknowledgement>(new UnboundedChannelOptions { SingleReader = true, SingleWriter = true });
    private readonly Channel<Batch> _sealedChannel = Channel.CreateUnbounded<Batch>(new UnboundedChannelOptions { SingleWriter = true });
    private readonly List<Batch> _sealed = new();
    private readonly Lock _sealedLock = new();
    private readonly EngineView _view;
    private readonly EngineOperations _operations;
    private Task? _writer;
    private Task? _acker;
    private volatile Exception? _fault;
    private readonly VerifiedSignatureCache _verified = new(VerifiedSignatureCapacity);

    // Enough for every resting order of a busy book; a maker older than that is verified again when it fills.
    private const int VerifiedSignatureCapacity = 1 << 20;

    private readonly IWriteStageObserver? _stages;

    public SequencerEngine(GenesisConfig genesis, IOperationLog log, ISequencerClock clock, EngineOptions options, ILogger<SequencerEngine> logger,
        IWriteStageObserver? stages = null)
    {
        ArgumentNullException.ThrowIfNull(genesis);
        options.Validate();
        _log = log;
        _clock = clock;
        _options = options;
        _logger = logger;
        _stages = stages;
        _state = new RollupState(genesis);
        _state.DeferHashing = !options.RecordTraces;
        _stf = new StateTransition(_state) { VerifiedSignatures = _verified, CollectTrace = options.RecordTraces };
        _books = new OrderBooks(genesis.FillsDepth);
        _nextBatchNumber = options.FirstBatchNumber;
        _view = new EngineView(this);
        _operations = new EngineOperations(this);
        _signatureChecks = new SignatureCheckQueue(new PreparedKeys(options.PreparedKeyCapacity));
    }

    public MessageDomain Domain => _stf.Domain;

    /// <summary>Sealed batches in order, each published once the log entries it contains are durable.</summary>
    public ChannelReader<Batch> SealedBatches => _sealedChannel.Reader;

    /// <summary>Faulted when the log failed; the engine then refuses every command (restart replays the log).</summary>
    public Exception? Fault => _fault;

    /// <summary>Replays the log into the state and books, then starts the writer. Call once, before any command.</summary>
    public Task StartAsync(CancellationToken cancellation = default)
    {
        if (_writer is not null) throw new InvalidOperationException("the engine has already started");
        Replay(cancellation);
        _acker = Task.Run(AcknowledgeLoop, CancellationToken.None);
        _writer = Task.Run(WriterLoop, CancellationToken.None);
        return Task.CompletedTask;
    }

    public Task<CommandResult> SubmitOrderAsync(SignedOrder order, TimeInForce timeInForce = TimeInForce.GoodTillExpiry, CancellationToken cancellation = default)
    {
        ArgumentNullException.ThrowIfNull(order);
        var check = StartCheck(order.Order.AccountId, () => SignatureAdmission.OrderMessageInputs(Domain, order.Order), order.Signature);
        return Enqueue(new PendingCommand(new SubmitOrderCommand(order, timeInForce), check, order.Order.AccountId), cancellation);
    }

    public Task<CommandResult> CancelAsync(CancelOperation cancel, CancellationToken cancellation = default)
    {
        ArgumentNullException.ThrowIfNull(cancel);
        var check = StartCheck(cancel.AccountId, () => SignatureAdmission.CancelMessageInputs(Domain, cancel), cancel.Signature);
        return Enqueue(new PendingCommand(new CancelCommand(cancel), check, cancel.AccountId), cancellation);
    }

    /// <summary>Cancels several orders of one account, each authorised by its own signed cancel.</summary>
    public Task<CommandResult> CancelAllAsync(uint accountId, IReadOnlyList<CancelOperation> cancels, CancellationToken cancellation = default)
    {
        ArgumentNullException.ThrowIfNull(cancels);
        if (cancels.Count is 0 or > CancelAllCommand.MaxCancels)
            return Task.FromResult(CommandResult.Refused(CommandError.Invalid, $"a cancel-all carries 1..{CancelAllCommand.MaxCancels} cancels"));
        PreVerified pre = PreVerified.None;
        foreach (var c in cancels)
        {
            if (c.AccountId != accountId) return Task.FromResult(CommandResult.Refused(CommandError.Invalid, $"cancel of order {c.OrderId} names account {c.AccountId}, not {accountId}"));
            var one = PreVerify(accountId, SignatureAdmission.CancelMessage(Domain, c), c.Signature);
            if (one is null) return Task.FromResult(BadSignature(accountId));
            pre = one.Value;
        }
        return Enqueue(new CancelAllCommand(accountId, cancels.ToArray()), pre, cancellation);
    }

    public Task<CommandResult> WithdrawAsync(WithdrawOperation withdraw, CancellationToken cancellation = default)
    {
        ArgumentNullException.ThrowIfNull(withdraw);
        var check = StartCheck(withdraw.AccountId, () => SignatureAdmission.WithdrawMessageInputs(Domain, withdraw), withdraw.Signature);
        return Enqueue(new PendingCommand(new WithdrawCommand(withdraw), check, withdraw.AccountId), cancellation);
    }

    public Task<CommandResult> RegisterKeyAsync(RegisterKeyOperation register, CancellationToken cancellation = default) =>
        Enqueue(new RegisterKeyCommand(register ?? throw new ArgumentNullException(nameof(register))), PreVerified.None, cancellation);

    public Task<CommandResult> OraclePriceAsync(OraclePriceOperation price, CancellationToken cancellation = default)
    {
        ArgumentNullException.ThrowIfNull(price);
        // Oracle keys are fixed at genesis, so every submission can be checked off the writer.
        var oracles = _state.OracleKeys;
        foreach (var s in price.Submissions)
        {
            if (s.OracleIndex >= oracles.Count) continue;
            var message = OraclePriceOperation.Message(Domain, price.PriceKind, price.Underlying, price.Timestamp, s.Price);
            if (!SignatureAdmission.Verify(message, s.Signature, new AccountKey(oracles[s.OracleIndex].X, oracles[s.OracleIndex].Y)))
                return Task.FromResult(CommandResult.Refused(CommandError.BadSignature, $"oracle {s.OracleIndex} signature does not verify"));
        }
        return Enqueue(new OraclePriceCommand(price), PreVerified.None, cancellation);
    }

    public Task<CommandResult> ListSeriesAsync(ListSeriesOperation listing, CancellationToken cancellation = default) =>
        Enqueue(new ListSeriesCommand(listing ?? throw new ArgumentNullException(nameof(listing))), PreVerified.None, cancellation);

    /// <summary>An L1 priority request (from PriorityRequestEvent.ToOperation()) at its queue index; submit them in queue order.</summary>
    public Task<CommandResult> PriorityRequestAsync(ulong index, ulong deadline, Operation operation, CancellationToken cancellation = default)
    {
        ArgumentNullException.ThrowIfNull(operation);
        if (!operation.IsPriority) return Task.FromResult(CommandResult.Refused(CommandError.Invalid, $"{operation.Kind} is not a priority operation"));
        return Enqueue(new PriorityRequestCommand(index, deadline, operation), PreVerified.None, cancellation);
    }

    /// <summary>An L1 priority request as settlement-client's sync decoded it.</summary>
    public Task<CommandResult> PriorityRequestAsync(PriorityRequestEvent request, CancellationToken cancellation = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        return PriorityRequestAsync(request.Index, request.Deadline, request.ToOperation(), cancellation);
    }

    public Task<CommandResult> SealBatchAsync(CancellationToken cancellation = default) => Enqueue(SealBatchCommand.Instance, PreVerified.None, cancellation);

    public Task<CommandResult> TickAsync(CancellationToken cancellation = default) => Enqueue(TickCommand.Instance, PreVerified.None, cancellation);

    /// <summary>Runs a read inside the writer, between two commands, so it sees a consistent state without locks.</summary>
    public Task<T> ReadAsync<T>(Func<EngineView, T> read, CancellationToken cancellation = default)
    {
        ArgumentNullException.ThrowIfNull(read);
        var work = new PendingRead<T>(read);
        if (!_queue.Writer.TryWrite(work)) return Task.FromException<T>(new ObjectDisposedException(nameof(SequencerEngine)));
        return work.Completion.Task.WaitAsync(cancellation);
    }

    /// <summary>Sealed batches with a number above <paramref name="afterNumber"/>, in order (those not yet released).</summary>
    public IReadOnlyList<Batch> SealedSince(ulong afterNumber)
    {
        lock (_sealedLock)
        {
            var list = new List<Batch>();
            foreach (var b in _sealed)
                if (b.Number > afterNumber) list.Add(b);
            return list;
        }
    }

    /// <summary>Forgets sealed batches up to this number (the poster has them finalized), bounding memory.</summary>
    public void ReleaseSealedThrough(ulong number)
    {
        lock (_sealedLock) _sealed.RemoveAll(b => b.Number <= number);
    }

    public async ValueTask DisposeAsync()
    {
        _queue.Writer.TryComplete();
        if (_writer is not null) await _writer.ConfigureAwait(false);
        _acks.Writer.TryComplete();
        if (_acker is not null) await _acker.ConfigureAwait(false);
        _sealedChannel.Writer.TryComplete();
    }

    internal RollupState StateForView => _state;

    internal OrderBooks BooksForView => _books;

    internal long LastAppliedSequence => _lastSequence;

    internal ulong NextBatchNumber => _nextBatchNumber;

    internal int OpenBatchCount => _batch?.Count ?? 0;

    internal ulong OpenBatchTimestamp => _batch?.Timestamp ?? 0;

    internal IReadOnlyList<BatchSpan> SpansForView => _spans;

    internal long OpenFirstSequenceForView => _batch is { Count: > 0 } ? _openFirstSequence : 0;

    internal long OpenLastSequenceForView => _batch is { Count: > 0 } ? _openLastSequence : 0;

    private Task<CommandResult> Enqueue(EngineCommand command, PreVerified pre, CancellationToken cancellation) =>
        Enqueue(new PendingCommand(command, pre), cancellation);

    private Task<CommandResult> Enqueue(PendingCommand pending, CancellationToken cancellation)
    {
        if (_fault is not null) return Task.FromResult(CommandResult.Refused(CommandError.Stopped, "the engine stopped: " + _fault.Message));
        if (!_queue.Writer.TryWrite(pending)) return Task.FromResult(CommandResult.Refused(CommandError.Stopped, "the engine is shut down"));
        return pending.Completion.Task.WaitAsync(cancellation);
    }

    /// <summary>
    /// A signature check started on the thread pool, grouped with others waiting (see
    /// <see cref="SignatureCheckQueue"/>); the message is hashed there too. Its result is null when
    /// the signature is bad for the account's known key, None when the key is not known yet (the
    /// writer checks then).
    /// </summary>
    private SignatureCheck StartCheck(uint account, Func<MessageInputs> message, Core.Signatures.Signature signature) =>
        SignatureCheck.StartVerification(_signatureChecks,
            () => _keys.TryGet(account, out var key) ? new SignatureRequest(message(), signature, key) : null,
            (hashed, request) => _verified.Record(hashed, request.Signature, request.Key.X, request.Key.Y));

    private readonly SignatureCheckQueue _signatureChecks;

    /// <summary>Null when the signature is bad for the account's known key; None when the key is not known yet (the writer checks).</summary>
    private PreVerified? PreVerify(uint account, in Core.Fields.Fr message, in Core.Signatures.Signature signature)
    {
        if (!_keys.TryGet(account, out var key)) return PreVerified.None;
        if (!SignatureAdmission.Verify(message, signature, key)) return null;
        _verified.Record(message, signature, key.X, key.Y);
        return PreVerified.With(key);
    }

    private static CommandResult BadSignature(uint account) =>
        CommandResult.Refused(CommandError.BadSignature, $"signature does not verify for account {account}", RejectReason.BadSignature);
}
