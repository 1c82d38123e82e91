namespace Rollup.Core.Demo;

public static class Program
{
    public static int Main() => new DemoSession(Console.Out).Run();
}
