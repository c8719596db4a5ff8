using Dapper;
using Epcis.Storage.NamedQueries;

namespace Epcis.Storage.Providers;

/// <summary>Named queries and the discovery lists (REST query interface); see <see cref="ResourceSql"/>.</summary>
internal abstract partial class RelationalEpcisStore
{
    private bool IsSqlServer => Kind == DatabaseKind.SqlServer;

    public Task<IReadOnlyList<string>> ListDistinctAsync(DistinctKind kind, string? after, int limit, CancellationToken ct = default) => Guard(async () =>
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(limit);
        await using var c = await OpenAsync(ct).ConfigureAwait(false);
        string sql = IsSqlServer ? ResourceSql.ListDistinctSqlServer(kind) : ResourceSql.ListDistinct(kind);
        var values = await c.QueryAsync<string>(new CommandDefinition(sql, new { after = after ?? "", limit }, cancellationToken: ct)).ConfigureAwait(false);
        return (IReadOnlyList<string>)values.AsList();
    });

    public Task<bool> CreateNamedQueryAsync(NamedQuery query, CancellationToken ct = default) => Guard(async () =>
    {
        ArgumentNullException.ThrowIfNull(query);
        await using var c = await OpenAsync(ct).ConfigureAwait(false);
        var p = new DynamicParameters(new { name = query.Name, definition = query.Definition });
        AddTime(p, "createdAt", query.CreatedAt);
        try
        {
            await c.ExecuteAsync(new CommandDefinition(IsSqlServer ? ResourceSql.SqlServerInsertNamedQuery : ResourceSql.InsertNamedQuery, p, cancellationToken: ct)).ConfigureAwait(false);
            return true;
        }
        catch (Exception ex) when (StorageErrors.IsUniqueViolation(ex))
        {
            return false;
        }
    });

    public Task<NamedQuery?> GetNamedQueryAsync(string name, CancellationToken ct = default) => Guard(async () =>
    {
        await using var c = await OpenAsync(ct).ConfigureAwait(false);
        var list = await ReadNamedQueriesAsync(c, IsSqlServer ? ResourceSql.SqlServerSelectNamedQuery : ResourceSql.SelectNamedQuery, new { name }, ct).ConfigureAwait(false);
        return list.Count == 0 ? null : list[0];
    });

    public Task<IReadOnlyList<NamedQuery>> ListNamedQueriesAsync(string? after, int limit, CancellationToken ct = default) => Guard(async () =>
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(limit);
        await using var c = await OpenAsync(ct).ConfigureAwait(false);
        return (IReadOnlyList<NamedQuery>)await ReadNamedQueriesAsync(c, IsSqlServer ? ResourceSql.SqlServerListNamedQueries : ResourceSql.ListNamedQueries,
            new { after = after ?? "", limit }, ct).ConfigureAwait(false);
    });

    public Task<bool> DeleteNamedQueryAsync(string name, CancellationToken ct = default) => Guard(async () =>
    {
        await using var c = await OpenAsync(ct).ConfigureAwait(false);
        int n = await c.ExecuteAsync(new CommandDefinition(IsSqlServer ? ResourceSql.SqlServerDeleteNamedQuery : ResourceSql.DeleteNamedQuery, new { name }, cancellationToken: ct)).ConfigureAwait(false);
        return n > 0;
    });

    private async Task<List<NamedQuery>> ReadNamedQueriesAsync(System.Data.Common.DbConnection c, string sql, object args, CancellationToken ct)
    {
        var list = new List<NamedQuery>();
        await using var r = await c.ExecuteReaderAsync(new CommandDefinition(sql, args, cancellationToken: ct)).ConfigureAwait(false);
        while (await r.ReadAsync(ct).ConfigureAwait(false)) list.Add(new NamedQuery(r.GetString(0), r.GetString(1), ReadTime(r, 2)));
        return list;
    }
}
