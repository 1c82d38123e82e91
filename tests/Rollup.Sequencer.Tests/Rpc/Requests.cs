using Rollup.Core.Curves;

namespace Rollup.Sequencer.Tests.Rpc;

/// <summary>Well-formed request bodies; tests change one part to see it refused.</summary>
internal static class Requests
{
    // Base8 is on the curve and S is below l: well-formed, though it verifies nothing (the fake engine does not verify).
    public static readonly string Signature =
        $$"""{"r8x":"{{BabyJubjub.Base8.X}}","r8y":"{{BabyJubjub.Base8.Y}}","s":"12345"}""";

    public static string Order(string limitPrice = "125000000", string accountId = "7", string extra = "") =>
        $$"""{"accountId":{{accountId}},"orderId":9,"series":3,"side":"sell","limitPrice":{{limitPrice}},"size":2000,"expiry":1767254400,"maxFeeBps":30,"postOnly":true{{extra}}}""";

    public static string SendOrderParams(string? order = null, string? signature = null, string tail = "") =>
        $$"""{"order":{{order ?? Order()}},"signature":{{signature ?? Signature}}{{tail}}}""";

    public static string SendOrder(int id = 1, string? parameters = null) =>
        $$"""{"jsonrpc":"2.0","id":{{id}},"method":"rollup_sendOrder","params":{{parameters ?? SendOrderParams()}}}""";
}
