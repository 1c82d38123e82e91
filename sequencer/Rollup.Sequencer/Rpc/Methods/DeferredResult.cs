namespace Rollup.Sequencer.Rpc.Methods;

/// <summary>The part of a call's result that is still being computed after its effect is fixed (see <see cref="RpcMethod{TParams,TResult}.Deferred"/>).</summary>
internal sealed class DeferredResult(Task<object?> completion)
{
    public Task<object?> Completion { get; } = completion;
}
