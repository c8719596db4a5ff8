using Epcis.Model.Tests.Support;
using Epcis.Server.Tests.Support;
using Epcis.Storage;

namespace Epcis.Server.Tests.Query;

/// <summary>Server fixtures for the query interface: the GS1 company-prefix table configured, so Always_EPC_URN can translate.</summary>
public abstract class QueryServerFixture : ServerFixture
{
    protected override Dictionary<string, string?> Settings
    {
        get
        {
            var s = base.Settings;
            s["Epcis:GcpPrefixTablePath"] = SharedData.Path("gs1-gcp", "GCPPrefixFormatList.xml");
            s["Epcis:PageTokenKey"] = "query-tests";
            return s;
        }
    }
}

public sealed class QuerySqliteFixture : QueryServerFixture
{
    public override DatabaseKind Kind => DatabaseKind.Sqlite;

    protected override Task<string?> CreateDatabaseAsync() => Task.FromResult<string?>(TestDatabases.NewSqlite());
}

/// <summary>PostgreSQL from <c>EPCIS_TEST_POSTGRES</c> (a new database per fixture); absent means skipped, except on CI.</summary>
public sealed class QueryPostgreSqlFixture : QueryServerFixture
{
    public override DatabaseKind Kind => DatabaseKind.PostgreSql;

    protected override Task<string?> CreateDatabaseAsync() => TestDatabases.NewPostgreSqlAsync("epcis_qry_");
}
