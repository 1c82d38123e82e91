using System.CommandLine;

namespace Rollup.Cli.Orders;

/// <summary>`rollup order place|cancel|list` against the sequencer's RPC.</summary>
internal static class OrderCommand
{
    public static Command Create(CliContext context) =>
        new("order", "Place, cancel and list orders on the sequencer.")
        {
            OrderPlaceCommand.Create(context),
            OrderCancelCommand.Create(context),
            OrderListCommand.Create(context),
        };
}
