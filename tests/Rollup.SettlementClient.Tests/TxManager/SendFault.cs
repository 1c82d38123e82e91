namespace Rollup.SettlementClient.Tests.TxManager;

internal enum SendFault
{
    AfterForwarding,
    BeforeForwarding,
}
