using System.Text.RegularExpressions;

namespace Rollup.Core.Demo.Tests;

public class DemoSessionTests
{
    private static (int Exit, string Output) RunDemo()
    {
        var output = new StringWriter();
        int exit = new DemoSession(output).Run();
        return (exit, output.ToString());
    }

    [Fact]
    public void Demo_session_succeeds_and_every_rebuilt_root_matches()
    {
        var (exit, text) = RunDemo();
        Assert.Equal(0, exit);
        Assert.Equal(3, Regex.Matches(text, @"rebuilt batch \d from pubdata: root 0x[0-9a-f]{16}… matches").Count);
        Assert.DoesNotContain("MISMATCH", text);
    }

    [Fact]
    public void Demo_session_refuses_the_overfill_and_liquidates_the_short()
    {
        var (_, text) = RunDemo();
        Assert.Matches(@"third time \(refused\)\s+refused: Overfill", text);
        Assert.Contains("alice: equity 999.60 USD, maintenance 11,375.00 USD -> liquidatable", text);
        Assert.Matches(@"carol liquidates alice's short\s+ok", text);
        // Collateral is conserved: 174,000 deposited, 15,000 withdrawn.
        var balances = Regex.Matches(text, @"collateral ([\d,]+\.\d\d) USD").Select(m => decimal.Parse(m.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture)).Sum();
        Assert.Equal(159_000m, balances);
    }

    [Fact]
    public void Demo_session_is_deterministic()
    {
        Assert.Equal(RunDemo().Output, RunDemo().Output);
    }
}
