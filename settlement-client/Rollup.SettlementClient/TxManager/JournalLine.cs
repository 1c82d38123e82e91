using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using Rollup.SettlementClient.Primitives;

namespace Rollup.SettlementClient.TxManager;

/// <summary>The JSON form of a <see cref="JournalRecord"/>: {"kind":"signed","nonce":"5","label":…,"raw":"0x…"}.</summary>
internal static class JournalLine
{
    public static string Write(JournalRecord record)
    {
        var json = new JsonObject
        {
            ["kind"] = record.Kind switch
            {
                JournalRecordKind.Signed => "signed",
                JournalRecordKind.Finished => "finished",
                JournalRecordKind.Abandoned => "abandoned",
                _ => throw new ArgumentOutOfRangeException(nameof(record), record.Kind, "unknown record kind"),
            },
            ["nonce"] = record.Nonce.ToString(CultureInfo.InvariantCulture),
        };
        if (record.Label is { } label) json["label"] = label;
        if (record.RawTransaction is { } raw) json["raw"] = Hex.Encode(raw);
        if (record.TransactionHash is { } hash) json["hash"] = Hex.Encode(hash);
        if (record.BlockNumber is { } block) json["block"] = block.ToString(CultureInfo.InvariantCulture);
        return json.ToJsonString();
    }

    public static JournalRecord Read(ReadOnlySpan<byte> line)
    {
        using var document = JsonDocument.Parse(line.ToArray());
        var json = document.RootElement;
        if (json.ValueKind != JsonValueKind.Object) throw new FormatException("a record is a JSON object");
        var kind = json.GetProperty("kind").GetString() switch
        {
            "signed" => JournalRecordKind.Signed,
            "finished" => JournalRecordKind.Finished,
            "abandoned" => JournalRecordKind.Abandoned,
            var other => throw new FormatException($"unknown record kind '{other}'"),
        };
        var nonce = ulong.Parse(json.GetProperty("nonce").GetString() ?? throw new FormatException("nonce is a string"), NumberStyles.None, CultureInfo.InvariantCulture);
        string? label = json.TryGetProperty("label", out var l) ? l.GetString() : null;
        byte[]? raw = json.TryGetProperty("raw", out var r) ? Hex.Decode(r.GetString() ?? "") : null;
        byte[]? hash = json.TryGetProperty("hash", out var h) ? Hex.Decode(h.GetString() ?? "") : null;
        ulong? block = json.TryGetProperty("block", out var b)
            ? ulong.Parse(b.GetString() ?? throw new FormatException("block is a string"), NumberStyles.None, CultureInfo.InvariantCulture)
            : null;
        if (kind == JournalRecordKind.Signed && raw is null) throw new FormatException("a signed record holds the raw transaction");
        if (kind == JournalRecordKind.Finished && (hash is not { Length: 32 } || block is null)) throw new FormatException("a finished record holds a 32-byte hash and a block");
        return new JournalRecord(kind, nonce, label, raw, hash, block);
    }
}
