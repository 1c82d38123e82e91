using Rollup.Cli;

return RollupCli.Run(args, Console.Out, Console.Error);
