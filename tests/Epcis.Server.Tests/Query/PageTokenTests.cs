using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Epcis.Model.Errors;
using Epcis.Server.Http;

namespace Epcis.Server.Tests.Query;

/// <summary>nextPageToken: opaque, signed, scoped to one listing, and expiring.</summary>
public class PageTokenTests
{
    private const string Key = "test-key";

    [Fact]
    public void A_token_round_trips_its_position()
    {
        var tokens = new PageToken(Key);
        var (token, expires) = tokens.Create("events:abc", "v1.100.638000000000000000.42");
        Assert.True(expires > DateTimeOffset.UtcNow);
        Assert.Equal("v1.100.638000000000000000.42", tokens.Read("events:abc", token));
    }

    [Fact]
    public void A_token_signed_with_another_key_is_refused() =>
        Assert.Contains("signature", Assert.Throws<QueryParameterException>(() =>
            new PageToken(Key).Read("events:abc", new PageToken("other-key").Create("events:abc", "p").Token)).Message);

    [Fact]
    public void A_token_of_another_listing_is_refused() =>
        Assert.Throws<QueryParameterException>(() => new PageToken(Key).Read("events:xyz", new PageToken(Key).Create("events:abc", "p").Token));

    [Fact]
    public void An_expired_token_is_refused_with_a_message_saying_so()
    {
        // Forge a correctly signed token whose expiry has passed (the same layout PageToken writes).
        var payload = Encoding.UTF8.GetBytes($"events:abc\n{DateTimeOffset.UtcNow.AddMinutes(-1).ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture)}\np");
        var mac = HMACSHA256.HashData(SHA256.HashData(Encoding.UTF8.GetBytes(Key)), payload).AsSpan(0, 16).ToArray();
        static string B64(byte[] b) => Convert.ToBase64String(b).TrimEnd('=').Replace('+', '-').Replace('/', '_');
        var ex = Assert.Throws<QueryParameterException>(() => new PageToken(Key).Read("events:abc", B64(payload) + "." + B64(mac)));
        Assert.Contains("expired", ex.Message);
    }
}
