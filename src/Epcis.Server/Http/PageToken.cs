using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Epcis.Model.Errors;

namespace Epcis.Server.Http;

/// <summary>
/// Opaque, tamper-proof page tokens: the keyset position (never an offset) plus an expiry, signed with HMAC-SHA256
/// under a key every node shares, so any node can continue any client's walk.
/// </summary>
internal sealed class PageToken(string key)
{
    private readonly byte[] _key = SHA256.HashData(Encoding.UTF8.GetBytes(key));

    /// <summary>How long a token stays valid.</summary>
    public static readonly TimeSpan Lifetime = TimeSpan.FromHours(1);

    /// <summary>Encodes a position; returns the token and its expiry.</summary>
    public (string Token, DateTimeOffset Expires) Create(string scope, string position)
    {
        var expires = DateTimeOffset.UtcNow.Add(Lifetime);
        var payload = $"{scope}\n{expires.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture)}\n{position}";
        var bytes = Encoding.UTF8.GetBytes(payload);
        var mac = HMACSHA256.HashData(_key, bytes).AsSpan(0, 16).ToArray();
        return (Base64Url(bytes) + "." + Base64Url(mac), expires);
    }

    /// <summary>Decodes a token for <paramref name="scope"/>; a forged, foreign or expired token is a <see cref="QueryParameterException"/>.</summary>
    public string Read(string scope, string token)
    {
        var dot = token.IndexOf('.');
        byte[] payload, mac;
        try
        {
            if (dot <= 0) throw new FormatException();
            payload = FromBase64Url(token[..dot]);
            mac = FromBase64Url(token[(dot + 1)..]);
        }
        catch (FormatException)
        {
            throw new QueryParameterException("nextPageToken is not a token this server issued");
        }
        var expected = HMACSHA256.HashData(_key, payload).AsSpan(0, 16);
        if (!CryptographicOperations.FixedTimeEquals(expected, mac)) throw new QueryParameterException("nextPageToken is not a token this server issued (signature mismatch)");
        var parts = Encoding.UTF8.GetString(payload).Split('\n', 3);
        if (parts.Length != 3 || parts[0] != scope) throw new QueryParameterException("nextPageToken belongs to a different listing");
        if (DateTimeOffset.FromUnixTimeSeconds(long.Parse(parts[1], CultureInfo.InvariantCulture)) < DateTimeOffset.UtcNow)
            throw new QueryParameterException("nextPageToken has expired; start the listing again");
        return parts[2];
    }

    private static string Base64Url(byte[] b) => Convert.ToBase64String(b).TrimEnd('=').Replace('+', '-').Replace('/', '_');

    private static byte[] FromBase64Url(string s)
    {
        s = s.Replace('-', '+').Replace('_', '/');
        return Convert.FromBase64String(s.PadRight(s.Length + (4 - s.Length % 4) % 4, '='));
    }
}
