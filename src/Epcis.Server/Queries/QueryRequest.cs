using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Epcis.Model.Errors;
using Epcis.Server.Configuration;
using Microsoft.AspNetCore.WebUtilities;

namespace Epcis.Server.Queries;

/// <summary>
/// The query string of a query request, split into SimpleEventQuery parameters (passed on verbatim: list values stay
/// pipe-delimited, a repeated name stays repeated so that the parser can name it) and the paging controls.
/// </summary>
internal sealed class QueryRequest
{
    public const string PerPageName = "perPage";
    public const string NextPageTokenName = "nextPageToken";

    private QueryRequest(List<KeyValuePair<string, string>> parameters, int perPage, string? token)
    {
        Parameters = parameters;
        PerPage = perPage;
        NextPageToken = token;
    }

    /// <summary>Query parameters in request order, without <c>perPage</c> and <c>nextPageToken</c>.</summary>
    public List<KeyValuePair<string, string>> Parameters { get; }

    public int PerPage { get; }

    public string? NextPageToken { get; }

    /// <summary>Reads the query string of <paramref name="request"/>.</summary>
    public static QueryRequest Read(HttpRequest request, EpcisOptions options)
    {
        var parameters = new List<KeyValuePair<string, string>>();
        string? perPage = null, token = null;
        var raw = request.QueryString.HasValue ? request.QueryString.Value! : "";
        foreach (var pair in new QueryStringEnumerable(raw))
        {
            // '+' is kept as '+' (not a space): it is far more often the sign of a time-zone offset in an unencoded
            // GE_eventTime than a form-encoded blank.
            var name = Uri.UnescapeDataString(pair.EncodedName.ToString());
            var value = Uri.UnescapeDataString(pair.EncodedValue.ToString());
            if (name.Length == 0) continue;
            switch (name)
            {
                case PerPageName:
                    perPage = perPage is null ? value : throw new QueryParameterException("perPage is given more than once");
                    break;
                case NextPageTokenName:
                    token = token is null ? value : throw new QueryParameterException("nextPageToken is given more than once");
                    break;
                default:
                    parameters.Add(new(name, value));
                    break;
            }
        }
        return new QueryRequest(parameters, ParsePerPage(perPage, options), string.IsNullOrEmpty(token) ? null : token);
    }

    /// <summary><c>perPage</c>: default <see cref="EpcisOptions.DefaultPerPage"/>, capped at <see cref="EpcisOptions.MaxPerPage"/>.</summary>
    public static int ParsePerPage(string? value, EpcisOptions options)
    {
        if (value is null) return Math.Min(options.DefaultPerPage, options.MaxPerPage);
        if (!int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var n) || n < 1)
            throw new QueryParameterException($"perPage '{value}' is not a positive integer");
        return Math.Min(n, options.MaxPerPage);
    }

    /// <summary>The query string without the paging controls, re-encoded (for <c>Link: rel="next"</c>).</summary>
    public string ParametersQueryString()
    {
        var sb = new StringBuilder();
        foreach (var (name, value) in Parameters)
        {
            sb.Append(Uri.EscapeDataString(name)).Append('=').Append(Uri.EscapeDataString(value)).Append('&');
        }
        return sb.ToString();
    }

    /// <summary>
    /// A short digest of what a page token is valid for: the resource and its parameters (order-insensitive), so a token
    /// cannot be replayed on another query.
    /// </summary>
    public static string Scope(string resource, IEnumerable<KeyValuePair<string, string>> parameters)
    {
        var sb = new StringBuilder(resource);
        foreach (var (name, value) in parameters.OrderBy(p => p.Key, StringComparer.Ordinal).ThenBy(p => p.Value, StringComparer.Ordinal))
            sb.Append('\n').Append(name).Append('=').Append(value);
        return Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(sb.ToString())), 0, 12);
    }
}
