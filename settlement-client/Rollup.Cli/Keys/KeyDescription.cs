using System.Text.Json;
using Rollup.Core.Signatures;
using Rollup.SettlementClient.Addresses;
using Rollup.SettlementClient.Keys;
using Rollup.SettlementClient.Signing;

namespace Rollup.Cli.Keys;

/// <summary>What the key commands print: the L1 address and the derived L2 public key, never a private key.</summary>
internal sealed record KeyDescription(string Address, string L2KeyX, string L2KeyY, string L2KeyPacked, string? Keystore)
{
    public static KeyDescription Of(EthECKey key, string? keystore)
    {
        var l2 = L2KeyFromEthereum.Derive(key).GetPublicKey();
        return new KeyDescription(AddressChecksum.ToChecksumAddress(key.GetAddress()), l2.Point.X.ToString(), l2.Point.Y.ToString(),
            "0x" + Convert.ToHexStringLower(l2.Pack()), keystore);
    }

    public void Write(CliContext context, bool json)
    {
        if (json)
        {
            using var stream = new MemoryStream();
            using (var w = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true }))
            {
                w.WriteStartObject();
                w.WriteString("address", Address);
                w.WriteStartObject("l2PublicKey");
                w.WriteString("x", L2KeyX);
                w.WriteString("y", L2KeyY);
                w.WriteString("packed", L2KeyPacked);
                w.WriteEndObject();
                if (Keystore is not null) w.WriteString("keystore", Keystore);
                w.WriteEndObject();
            }
            context.Out.WriteLine(System.Text.Encoding.UTF8.GetString(stream.ToArray()));
            return;
        }
        if (Keystore is not null) context.Out.WriteLine($"keystore        {Keystore}");
        context.Out.WriteLine($"address         {Address}");
        context.Out.WriteLine($"l2 public key   {L2KeyPacked}");
        context.Out.WriteLine($"  x             {L2KeyX}");
        context.Out.WriteLine($"  y             {L2KeyY}");
    }
}
