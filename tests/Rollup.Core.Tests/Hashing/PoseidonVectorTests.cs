using Rollup.Core.Fields;
using Rollup.Core.Hashing;

namespace Rollup.Core.Tests.Hashing;

public class PoseidonVectorTests
{
    public static TheoryData<string[], string> Cases()
    {
        var data = new TheoryData<string[], string>();
        using var doc = Vectors.Load("poseidon.json");
        foreach (var c in doc.RootElement.GetProperty("cases").EnumerateArray())
        {
            var inputs = c.GetProperty("inputs").EnumerateArray().Select(e => e.GetString()!).ToArray();
            data.Add(inputs, c.GetProperty("output").GetString()!);
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Hash_matches_circomlibjs(string[] inputs, string expected)
    {
        var fs = inputs.Select(Fr.Parse).ToArray();
        Assert.Equal(expected, Poseidon.Hash(fs).ToString());
    }

    [Fact]
    public void Vector_file_covers_one_to_six_inputs()
    {
        var counts = Cases().Select(row => ((string[])row[0]).Length).Distinct().Order().ToArray();
        Assert.Equal([1, 2, 3, 4, 5, 6], counts);
    }
}
