namespace Rollup.Sequencer.Rpc.Json;

/// <summary>Shape checks for the API's decimal strings: digits only, no sign, no leading zeros (so each value has one spelling).</summary>
public static class FieldText
{
    public static bool IsDecimal(string? text, int maxDigits = 78)
    {
        if (string.IsNullOrEmpty(text) || text.Length > maxDigits) return false;
        if (text.Length > 1 && text[0] == '0') return false;
        foreach (var c in text)
            if (c is < '0' or > '9') return false;
        return true;
    }
}
