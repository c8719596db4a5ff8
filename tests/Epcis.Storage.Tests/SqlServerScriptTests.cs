using System.Reflection;
using Epcis.Storage.Providers.SqlServer;
using Microsoft.SqlServer.TransactSql.ScriptDom;

namespace Epcis.Storage.Tests;

/// <summary>There is no SQL Server on the development machines: every T-SQL text the provider sends is parsed instead.</summary>
public sealed class SqlServerScriptTests
{
    public static TheoryData<string> MigrationScripts()
    {
        var data = new TheoryData<string>();
        foreach (string name in typeof(EpcisStore).Assembly.GetManifestResourceNames())
            if (name.StartsWith("Epcis.Storage.Providers.SqlServer.Schema.", StringComparison.Ordinal)) data.Add(name);
        return data;
    }

    public static TheoryData<string> Statements()
    {
        var data = new TheoryData<string>();
        foreach (var field in typeof(SqlServerSql).GetFields(BindingFlags.Public | BindingFlags.Static))
            if (field.IsLiteral && field.FieldType == typeof(string)) data.Add(field.Name);
        return data;
    }

    [Theory]
    [MemberData(nameof(MigrationScripts))]
    public void Every_SQL_Server_migration_script_parses_as_TSql160(string resource)
    {
        using var stream = typeof(EpcisStore).Assembly.GetManifestResourceStream(resource)!;
        using var reader = new StreamReader(stream);

        AssertParses(reader.ReadToEnd(), resource);
    }

    [Theory]
    [MemberData(nameof(Statements))]
    public void Every_SQL_Server_statement_parses_as_TSql160(string constant)
    {
        string sql = (string)typeof(SqlServerSql).GetField(constant, BindingFlags.Public | BindingFlags.Static)!.GetRawConstantValue()!;

        AssertParses(sql, constant);
    }

    [Fact]
    public void The_statement_set_is_made_of_the_parsed_constants()
    {
        var constants = typeof(SqlServerSql).GetFields(BindingFlags.Public | BindingFlags.Static)
            .Where(f => f.IsLiteral).Select(f => (string)f.GetRawConstantValue()!).ToHashSet();
        var used = typeof(Epcis.Storage.Providers.Statements).GetProperties().Select(p => (string)p.GetValue(SqlServerSql.Statements)!);

        Assert.All(used, sql => Assert.Contains(sql, constants));
    }

    [Fact]
    public void Every_bulk_copy_destination_is_a_table_of_the_SQL_Server_schema()
    {
        using var stream = typeof(EpcisStore).Assembly.GetManifestResourceStream("Epcis.Storage.Providers.SqlServer.Schema.0001_initial.sql")!;
        string schema = new StreamReader(stream).ReadToEnd();

        Assert.All(Epcis.Storage.Rows.Tables.All, t =>
        {
            Assert.Contains($"CREATE TABLE dbo.{t.Name} (", schema, StringComparison.Ordinal);
            Assert.All(t.Columns, c => Assert.Matches($@"\n\s+{c.Name}\s", schema));
        });
    }

    /// <summary>Every T-SQL text of the discovery lists and named queries (<see cref="Epcis.Storage.NamedQueries.ResourceSql"/>).</summary>
    public static TheoryData<string, string> ResourceStatements()
    {
        var data = new TheoryData<string, string>();
        foreach (var kind in Enum.GetValues<Epcis.Storage.NamedQueries.DistinctKind>())
            data.Add("ListDistinctSqlServer(" + kind + ")", Epcis.Storage.NamedQueries.ResourceSql.ListDistinctSqlServer(kind));
        foreach (var field in typeof(Epcis.Storage.NamedQueries.ResourceSql).GetFields(BindingFlags.Public | BindingFlags.Static))
            if (field.IsLiteral && field.FieldType == typeof(string) && field.Name.StartsWith("SqlServer", StringComparison.Ordinal))
                data.Add(field.Name, (string)field.GetRawConstantValue()!);
        return data;
    }

    [Theory]
    [MemberData(nameof(ResourceStatements))]
    public void Every_SQL_Server_discovery_and_named_query_statement_parses_as_TSql160(string what, string sql)
    {
        AssertParses(sql, what);
    }

    [Fact]
    public void The_discovery_and_named_query_statements_cover_every_SQL_Server_constant()
    {
        // A new SQL Server constant of ResourceSql must be named SqlServer… so that the theory above parses it.
        var names = typeof(Epcis.Storage.NamedQueries.ResourceSql).GetFields(BindingFlags.Public | BindingFlags.Static)
            .Where(f => f.IsLiteral && f.FieldType == typeof(string)).Select(f => f.Name).ToList();
        Assert.Equal(4, names.Count(n => n.StartsWith("SqlServer", StringComparison.Ordinal)));
        Assert.Equal(names.Count(n => n.StartsWith("SqlServer", StringComparison.Ordinal)), names.Count(n => !n.StartsWith("SqlServer", StringComparison.Ordinal)));
    }

    [Fact]
    public void The_parser_rejects_PostgreSQL_syntax()
    {
        var errors = Parse("SELECT 1 FROM t LIMIT 10");

        Assert.NotEmpty(errors);
    }

    private static void AssertParses(string sql, string what)
    {
        var errors = Parse(sql);
        Assert.True(errors.Count == 0, $"{what}: " + string.Join("; ", errors.Select(e => $"line {e.Line}, column {e.Column}: {e.Message}")));
    }

    private static IList<ParseError> Parse(string sql)
    {
        new TSql160Parser(initialQuotedIdentifiers: true).Parse(new StringReader(sql), out IList<ParseError> errors);
        return errors;
    }
}
