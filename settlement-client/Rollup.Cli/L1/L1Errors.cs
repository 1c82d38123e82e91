using Rollup.SettlementClient.Contracts.Artifacts;
using Rollup.SettlementClient.Contracts.Deployment;
using Rollup.SettlementClient.Contracts.Events;
using Rollup.SettlementClient.Contracts.Reverts;
using Rollup.SettlementClient.Genesis;
using Rollup.SettlementClient.Rpc;
using Rollup.SettlementClient.Sync;
using Rollup.SettlementClient.TxManager;

namespace Rollup.Cli.L1;

/// <summary>How failures at the L1 boundary become exit codes; the messages already say what failed.</summary>
internal static class L1Errors
{
    public static int Map(Func<Task<int>> command)
    {
        try
        {
            // Off the caller's synchronization context (a test runner's, say), so blocking here cannot deadlock.
            return Task.Run(command).GetAwaiter().GetResult();
        }
        catch (ContractRevertException e)
        {
            throw new CliException(ExitCodes.Refused, e.Message, e);
        }
        catch (RpcException e) when (e.Revert is not null)
        {
            throw new CliException(ExitCodes.Refused, $"the node refused the call: {e.Message}", e);
        }
        catch (RpcException e)
        {
            throw new CliException(ExitCodes.Node, $"EVM node ({e.Kind}): {e.Message}", e);
        }
        catch (RollupEventFormatException e)
        {
            throw new CliException(ExitCodes.Node, $"EVM node: malformed event: {e.Message}", e);
        }
        catch (L1SyncException e)
        {
            throw new CliException(ExitCodes.Node, $"L1 sync ({e.Kind}): {e.Message}", e);
        }
        catch (HttpRequestException e)
        {
            throw new CliException(ExitCodes.Node, $"EVM node unreachable: {e.Message}", e);
        }
        catch (TimeoutException e)
        {
            throw new CliException(ExitCodes.Node, e.Message, e);
        }
        catch (TransactionJournalException e)
        {
            throw new CliException(ExitCodes.BadInput, e.Message, e);
        }
        catch (TransactionManagerException e)
        {
            throw new CliException(ExitCodes.Refused, e.Message, e);
        }
        catch (Exception e) when (e is GenesisConfigException or RollupDeploymentConfigException or ArtifactException or FormatException)
        {
            throw new CliException(ExitCodes.BadInput, e.Message, e);
        }
    }
}
