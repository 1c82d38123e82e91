using System.Text.Json;
using Rollup.Sequencer.Rpc.Errors;
using Rollup.Sequencer.Rpc.Methods;

namespace Rollup.Sequencer.Rpc.Dispatch;

/// <summary>One call's outcome: a result, an error, or a result still completing; HasResponse is false for notifications.</summary>
internal readonly record struct CallOutcome(bool HasResponse, JsonElement Id, string Method, object? Result, Type? ResultType, RpcError? Error, DeferredResult? Pending);
