using Epcis.Storage;
using Epcis.Storage.Querying;
using Microsoft.SqlServer.TransactSql.ScriptDom;

namespace Epcis.Query.Tests;

/// <summary>Golden SQL per dialect for every parameter family: the command text and its parameters, with no database.</summary>
public sealed partial class GoldenSqlTests
{
    [Theory]
    [InlineData(DatabaseKind.PostgreSql, "",
        "SELECT e.id, e.event_id, e.hash_id, e.body, e.record_time, e.capture_id, e.event_time FROM events e ORDER BY e.event_time, e.id LIMIT @p0",
        "p0=100")]
    [InlineData(DatabaseKind.Sqlite, "",
        "SELECT e.id, e.event_id, e.hash_id, e.body, e.record_time, e.capture_id, e.event_time FROM events e ORDER BY e.event_time, e.id LIMIT @p0",
        "p0=100")]
    [InlineData(DatabaseKind.SqlServer, "",
        "SELECT TOP (@p0) e.id, e.event_id, e.hash_id, e.body, e.record_time, e.capture_id, e.event_time FROM events e ORDER BY e.event_time, e.id",
        "p0=100")]
    [InlineData(DatabaseKind.PostgreSql, "eventType=ObjectEvent|AggregationEvent",
        "SELECT e.id, e.event_id, e.hash_id, e.body, e.record_time, e.capture_id, e.event_time FROM events e WHERE e.event_type IN (@p0, @p1) ORDER BY e.event_time, e.id LIMIT @p2",
        "p0='ObjectEvent', p1='AggregationEvent', p2=100")]
    [InlineData(DatabaseKind.Sqlite, "eventType=ObjectEvent|AggregationEvent",
        "SELECT e.id, e.event_id, e.hash_id, e.body, e.record_time, e.capture_id, e.event_time FROM events e WHERE e.event_type IN (@p0, @p1) ORDER BY e.event_time, e.id LIMIT @p2",
        "p0='ObjectEvent', p1='AggregationEvent', p2=100")]
    [InlineData(DatabaseKind.SqlServer, "eventType=ObjectEvent|AggregationEvent",
        "SELECT TOP (@p2) e.id, e.event_id, e.hash_id, e.body, e.record_time, e.capture_id, e.event_time FROM events e WHERE e.event_type IN (@p0, @p1) ORDER BY e.event_time, e.id",
        "p0='ObjectEvent', p1='AggregationEvent', p2=100")]
    [InlineData(DatabaseKind.PostgreSql, "GE_eventTime=2024-01-01T00:00:00Z&LT_eventTime=2024-01-01T01:00:00Z",
        "SELECT e.id, e.event_id, e.hash_id, e.body, e.record_time, e.capture_id, e.event_time FROM events e WHERE e.event_time >= @p0 AND e.event_time < @p1 ORDER BY e.event_time, e.id LIMIT @p2",
        "p0=2024-01-01T00:00:00.0000000+00:00, p1=2024-01-01T01:00:00.0000000+00:00, p2=100")]
    [InlineData(DatabaseKind.Sqlite, "GE_eventTime=2024-01-01T00:00:00Z&LT_eventTime=2024-01-01T01:00:00Z",
        "SELECT e.id, e.event_id, e.hash_id, e.body, e.record_time, e.capture_id, e.event_time FROM events e WHERE e.event_time >= @p0 AND e.event_time < @p1 ORDER BY e.event_time, e.id LIMIT @p2",
        "p0=1704067200000000L, p1=1704070800000000L, p2=100")]
    [InlineData(DatabaseKind.SqlServer, "GE_eventTime=2024-01-01T00:00:00Z&LT_eventTime=2024-01-01T01:00:00Z",
        "SELECT TOP (@p2) e.id, e.event_id, e.hash_id, e.body, e.record_time, e.capture_id, e.event_time FROM events e WHERE e.event_time >= @p0 AND e.event_time < @p1 ORDER BY e.event_time, e.id",
        "p0=2024-01-01T00:00:00.0000000+00:00, p1=2024-01-01T01:00:00.0000000+00:00, p2=100")]
    [InlineData(DatabaseKind.PostgreSql, "GE_recordTime=2024-01-01T00:00:00Z&LT_recordTime=2024-01-02T00:00:00Z",
        "SELECT e.id, e.event_id, e.hash_id, e.body, e.record_time, e.capture_id, e.event_time FROM events e WHERE e.record_time >= @p0 AND e.record_time < @p1 ORDER BY e.event_time, e.id LIMIT @p2",
        "p0=2024-01-01T00:00:00.0000000+00:00, p1=2024-01-02T00:00:00.0000000+00:00, p2=100")]
    [InlineData(DatabaseKind.Sqlite, "GE_recordTime=2024-01-01T00:00:00Z&LT_recordTime=2024-01-02T00:00:00Z",
        "SELECT e.id, e.event_id, e.hash_id, e.body, e.record_time, e.capture_id, e.event_time FROM events e WHERE e.record_time >= @p0 AND e.record_time < @p1 ORDER BY e.event_time, e.id LIMIT @p2",
        "p0=1704067200000000L, p1=1704153600000000L, p2=100")]
    [InlineData(DatabaseKind.SqlServer, "GE_recordTime=2024-01-01T00:00:00Z&LT_recordTime=2024-01-02T00:00:00Z",
        "SELECT TOP (@p2) e.id, e.event_id, e.hash_id, e.body, e.record_time, e.capture_id, e.event_time FROM events e WHERE e.record_time >= @p0 AND e.record_time < @p1 ORDER BY e.event_time, e.id",
        "p0=2024-01-01T00:00:00.0000000+00:00, p1=2024-01-02T00:00:00.0000000+00:00, p2=100")]
    [InlineData(DatabaseKind.PostgreSql, "EQ_action=ADD",
        "SELECT e.id, e.event_id, e.hash_id, e.body, e.record_time, e.capture_id, e.event_time FROM events e WHERE e.action = @p0 ORDER BY e.event_time, e.id LIMIT @p1",
        "p0='ADD', p1=100")]
    [InlineData(DatabaseKind.Sqlite, "EQ_action=ADD",
        "SELECT e.id, e.event_id, e.hash_id, e.body, e.record_time, e.capture_id, e.event_time FROM events e WHERE e.action = @p0 ORDER BY e.event_time, e.id LIMIT @p1",
        "p0='ADD', p1=100")]
    [InlineData(DatabaseKind.SqlServer, "EQ_action=ADD",
        "SELECT TOP (@p1) e.id, e.event_id, e.hash_id, e.body, e.record_time, e.capture_id, e.event_time FROM events e WHERE e.action = @p0 ORDER BY e.event_time, e.id",
        "p0='ADD', p1=100")]
    [InlineData(DatabaseKind.PostgreSql, "EQ_bizStep=shipping|receiving",
        "SELECT e.id, e.event_id, e.hash_id, e.body, e.record_time, e.capture_id, e.event_time FROM events e WHERE e.biz_step IN (@p0, @p1) ORDER BY e.event_time, e.id LIMIT @p2",
        "p0='shipping', p1='receiving', p2=100")]
    [InlineData(DatabaseKind.Sqlite, "EQ_bizStep=shipping|receiving",
        "SELECT e.id, e.event_id, e.hash_id, e.body, e.record_time, e.capture_id, e.event_time FROM events e WHERE e.biz_step IN (@p0, @p1) ORDER BY e.event_time, e.id LIMIT @p2",
        "p0='shipping', p1='receiving', p2=100")]
    [InlineData(DatabaseKind.SqlServer, "EQ_bizStep=shipping|receiving",
        "SELECT TOP (@p2) e.id, e.event_id, e.hash_id, e.body, e.record_time, e.capture_id, e.event_time FROM events e WHERE e.biz_step IN (@p0, @p1) ORDER BY e.event_time, e.id",
        "p0='shipping', p1='receiving', p2=100")]
    [InlineData(DatabaseKind.PostgreSql, "EQ_disposition=in_transit",
        "SELECT e.id, e.event_id, e.hash_id, e.body, e.record_time, e.capture_id, e.event_time FROM events e WHERE e.disposition = @p0 ORDER BY e.event_time, e.id LIMIT @p1",
        "p0='in_transit', p1=100")]
    [InlineData(DatabaseKind.Sqlite, "EQ_disposition=in_transit",
        "SELECT e.id, e.event_id, e.hash_id, e.body, e.record_time, e.capture_id, e.event_time FROM events e WHERE e.disposition = @p0 ORDER BY e.event_time, e.id LIMIT @p1",
        "p0='in_transit', p1=100")]
    [InlineData(DatabaseKind.SqlServer, "EQ_disposition=in_transit",
        "SELECT TOP (@p1) e.id, e.event_id, e.hash_id, e.body, e.record_time, e.capture_id, e.event_time FROM events e WHERE e.disposition = @p0 ORDER BY e.event_time, e.id",
        "p0='in_transit', p1=100")]
    [InlineData(DatabaseKind.PostgreSql, "EQ_persistentDisposition_set=completeness_verified",
        "SELECT e.id, e.event_id, e.hash_id, e.body, e.record_time, e.capture_id, e.event_time FROM events e WHERE e.id IN (SELECT pd.event_key FROM event_persistent_dispositions pd WHERE pd.kind = 'set' AND pd.disposition = @p0) ORDER BY e.event_time, e.id LIMIT @p1",
        "p0='completeness_verified', p1=100")]
    [InlineData(DatabaseKind.Sqlite, "EQ_persistentDisposition_set=completeness_verified",
        "SELECT e.id, e.event_id, e.hash_id, e.body, e.record_time, e.capture_id, e.event_time FROM events e WHERE e.id IN (SELECT pd.event_key FROM event_persistent_dispositions pd WHERE pd.kind = 'set' AND pd.disposition = @p0) ORDER BY e.event_time, e.id LIMIT @p1",
        "p0='completeness_verified', p1=100")]
    [InlineData(DatabaseKind.SqlServer, "EQ_persistentDisposition_set=completeness_verified",
        "SELECT TOP (@p1) e.id, e.event_id, e.hash_id, e.body, e.record_time, e.capture_id, e.event_time FROM events e WHERE e.id IN (SELECT pd.event_key FROM event_persistent_dispositions pd WHERE pd.kind = 'set' AND pd.disposition = @p0) ORDER BY e.event_time, e.id",
        "p0='completeness_verified', p1=100")]
    [InlineData(DatabaseKind.PostgreSql, "EQ_persistentDisposition_unset=completeness_inferred",
        "SELECT e.id, e.event_id, e.hash_id, e.body, e.record_time, e.capture_id, e.event_time FROM events e WHERE e.id IN (SELECT pd.event_key FROM event_persistent_dispositions pd WHERE pd.kind = 'unset' AND pd.disposition = @p0) ORDER BY e.event_time, e.id LIMIT @p1",
        "p0='completeness_inferred', p1=100")]
    [InlineData(DatabaseKind.Sqlite, "EQ_persistentDisposition_unset=completeness_inferred",
        "SELECT e.id, e.event_id, e.hash_id, e.body, e.record_time, e.capture_id, e.event_time FROM events e WHERE e.id IN (SELECT pd.event_key FROM event_persistent_dispositions pd WHERE pd.kind = 'unset' AND pd.disposition = @p0) ORDER BY e.event_time, e.id LIMIT @p1",
        "p0='completeness_inferred', p1=100")]
    [InlineData(DatabaseKind.SqlServer, "EQ_persistentDisposition_unset=completeness_inferred",
        "SELECT TOP (@p1) e.id, e.event_id, e.hash_id, e.body, e.record_time, e.capture_id, e.event_time FROM events e WHERE e.id IN (SELECT pd.event_key FROM event_persistent_dispositions pd WHERE pd.kind = 'unset' AND pd.disposition = @p0) ORDER BY e.event_time, e.id",
        "p0='completeness_inferred', p1=100")]
    [InlineData(DatabaseKind.PostgreSql, "EQ_readPoint=urn:epc:id:sgln:0614141.07346.1234",
        "SELECT e.id, e.event_id, e.hash_id, e.body, e.record_time, e.capture_id, e.event_time FROM events e WHERE e.read_point = @p0 ORDER BY e.event_time, e.id LIMIT @p1",
        "p0='https://id.gs1.org/414/0614141073467/254/1234', p1=100")]
    [InlineData(DatabaseKind.Sqlite, "EQ_readPoint=urn:epc:id:sgln:0614141.07346.1234",
        "SELECT e.id, e.event_id, e.hash_id, e.body, e.record_time, e.capture_id, e.event_time FROM events e WHERE e.read_point = @p0 ORDER BY e.event_time, e.id LIMIT @p1",
        "p0='https://id.gs1.org/414/0614141073467/254/1234', p1=100")]
    [InlineData(DatabaseKind.SqlServer, "EQ_readPoint=urn:epc:id:sgln:0614141.07346.1234",
        "SELECT TOP (@p1) e.id, e.event_id, e.hash_id, e.body, e.record_time, e.capture_id, e.event_time FROM events e WHERE e.read_point = @p0 ORDER BY e.event_time, e.id",
        "p0='https://id.gs1.org/414/0614141073467/254/1234', p1=100")]
    [InlineData(DatabaseKind.PostgreSql, "WD_readPoint=urn:example:rp:1",
        "WITH RECURSIVE wd0 (k, d) AS (SELECT CAST(@p0 AS text) COLLATE \"C\", 0 UNION ALL SELECT c.child_key, w.d + 1 FROM vocabulary_children c JOIN wd0 w ON c.element_key = w.k WHERE w.d < 32) SELECT e.id, e.event_id, e.hash_id, e.body, e.record_time, e.capture_id, e.event_time FROM events e WHERE e.read_point IN (SELECT wd0.k FROM wd0) ORDER BY e.event_time, e.id LIMIT @p1",
        "p0='urn:example:rp:1', p1=100")]
    [InlineData(DatabaseKind.Sqlite, "WD_readPoint=urn:example:rp:1",
        "WITH RECURSIVE wd0 (k, d) AS (SELECT @p0, 0 UNION ALL SELECT c.child_key, w.d + 1 FROM vocabulary_children c JOIN wd0 w ON c.element_key = w.k WHERE w.d < 32) SELECT e.id, e.event_id, e.hash_id, e.body, e.record_time, e.capture_id, e.event_time FROM events e WHERE e.read_point IN (SELECT wd0.k FROM wd0) ORDER BY e.event_time, e.id LIMIT @p1",
        "p0='urn:example:rp:1', p1=100")]
    [InlineData(DatabaseKind.SqlServer, "WD_readPoint=urn:example:rp:1",
        "WITH wd0 (k, d) AS (SELECT CAST(@p0 AS nvarchar(300)) COLLATE Latin1_General_100_BIN2, 0 UNION ALL SELECT c.child_key, w.d + 1 FROM vocabulary_children c JOIN wd0 w ON c.element_key = w.k WHERE w.d < 32) SELECT TOP (@p1) e.id, e.event_id, e.hash_id, e.body, e.record_time, e.capture_id, e.event_time FROM events e WHERE e.read_point IN (SELECT wd0.k FROM wd0) ORDER BY e.event_time, e.id",
        "p0='urn:example:rp:1', p1=100")]
    [InlineData(DatabaseKind.PostgreSql, "EQ_bizLocation=urn:example:bl:1",
        "SELECT e.id, e.event_id, e.hash_id, e.body, e.record_time, e.capture_id, e.event_time FROM events e WHERE e.biz_location = @p0 ORDER BY e.event_time, e.id LIMIT @p1",
        "p0='urn:example:bl:1', p1=100")]
    [InlineData(DatabaseKind.Sqlite, "EQ_bizLocation=urn:example:bl:1",
        "SELECT e.id, e.event_id, e.hash_id, e.body, e.record_time, e.capture_id, e.event_time FROM events e WHERE e.biz_location = @p0 ORDER BY e.event_time, e.id LIMIT @p1",
        "p0='urn:example:bl:1', p1=100")]
    [InlineData(DatabaseKind.SqlServer, "EQ_bizLocation=urn:example:bl:1",
        "SELECT TOP (@p1) e.id, e.event_id, e.hash_id, e.body, e.record_time, e.capture_id, e.event_time FROM events e WHERE e.biz_location = @p0 ORDER BY e.event_time, e.id",
        "p0='urn:example:bl:1', p1=100")]
    [InlineData(DatabaseKind.PostgreSql, "WD_bizLocation=urn:example:bl:1|urn:example:bl:2",
        "WITH RECURSIVE wd0 (k, d) AS (SELECT CAST(@p0 AS text) COLLATE \"C\", 0 UNION ALL SELECT CAST(@p1 AS text) COLLATE \"C\", 0 UNION ALL SELECT c.child_key, w.d + 1 FROM vocabulary_children c JOIN wd0 w ON c.element_key = w.k WHERE w.d < 32) SELECT e.id, e.event_id, e.hash_id, e.body, e.record_time, e.capture_id, e.event_time FROM events e WHERE e.biz_location IN (SELECT wd0.k FROM wd0) ORDER BY e.event_time, e.id LIMIT @p2",
        "p0='urn:example:bl:1', p1='urn:example:bl:2', p2=100")]
    [InlineData(DatabaseKind.Sqlite, "WD_bizLocation=urn:example:bl:1|urn:example:bl:2",
        "WITH RECURSIVE wd0 (k, d) AS (SELECT @p0, 0 UNION ALL SELECT @p1, 0 UNION ALL SELECT c.child_key, w.d + 1 FROM vocabulary_children c JOIN wd0 w ON c.element_key = w.k WHERE w.d < 32) SELECT e.id, e.event_id, e.hash_id, e.body, e.record_time, e.capture_id, e.event_time FROM events e WHERE e.biz_location IN (SELECT wd0.k FROM wd0) ORDER BY e.event_time, e.id LIMIT @p2",
        "p0='urn:example:bl:1', p1='urn:example:bl:2', p2=100")]
    [InlineData(DatabaseKind.SqlServer, "WD_bizLocation=urn:example:bl:1|urn:example:bl:2",
        "WITH wd0 (k, d) AS (SELECT CAST(@p0 AS nvarchar(300)) COLLATE Latin1_General_100_BIN2, 0 UNION ALL SELECT CAST(@p1 AS nvarchar(300)) COLLATE Latin1_General_100_BIN2, 0 UNION ALL SELECT c.child_key, w.d + 1 FROM vocabulary_children c JOIN wd0 w ON c.element_key = w.k WHERE w.d < 32) SELECT TOP (@p2) e.id, e.event_id, e.hash_id, e.body, e.record_time, e.capture_id, e.event_time FROM events e WHERE e.biz_location IN (SELECT wd0.k FROM wd0) ORDER BY e.event_time, e.id",
        "p0='urn:example:bl:1', p1='urn:example:bl:2', p2=100")]
    [InlineData(DatabaseKind.PostgreSql, "EQ_transformationID=urn:uuid:1",
        "SELECT e.id, e.event_id, e.hash_id, e.body, e.record_time, e.capture_id, e.event_time FROM events e WHERE e.transformation_id = @p0 ORDER BY e.event_time, e.id LIMIT @p1",
        "p0='urn:uuid:1', p1=100")]
    [InlineData(DatabaseKind.Sqlite, "EQ_transformationID=urn:uuid:1",
        "SELECT e.id, e.event_id, e.hash_id, e.body, e.record_time, e.capture_id, e.event_time FROM events e WHERE e.transformation_id = @p0 ORDER BY e.event_time, e.id LIMIT @p1",
        "p0='urn:uuid:1', p1=100")]
    [InlineData(DatabaseKind.SqlServer, "EQ_transformationID=urn:uuid:1",
        "SELECT TOP (@p1) e.id, e.event_id, e.hash_id, e.body, e.record_time, e.capture_id, e.event_time FROM events e WHERE e.transformation_id = @p0 ORDER BY e.event_time, e.id",
        "p0='urn:uuid:1', p1=100")]
    [InlineData(DatabaseKind.PostgreSql, "EQ_eventID=urn:uuid:1|urn:uuid:2",
        "SELECT e.id, e.event_id, e.hash_id, e.body, e.record_time, e.capture_id, e.event_time FROM events e WHERE e.event_id IN (@p0, @p1) ORDER BY e.event_time, e.id LIMIT @p2",
        "p0='urn:uuid:1', p1='urn:uuid:2', p2=100")]
    [InlineData(DatabaseKind.Sqlite, "EQ_eventID=urn:uuid:1|urn:uuid:2",
        "SELECT e.id, e.event_id, e.hash_id, e.body, e.record_time, e.capture_id, e.event_time FROM events e WHERE e.event_id IN (@p0, @p1) ORDER BY e.event_time, e.id LIMIT @p2",
        "p0='urn:uuid:1', p1='urn:uuid:2', p2=100")]
    [InlineData(DatabaseKind.SqlServer, "EQ_eventID=urn:uuid:1|urn:uuid:2",
        "SELECT TOP (@p2) e.id, e.event_id, e.hash_id, e.body, e.record_time, e.capture_id, e.event_time FROM events e WHERE e.event_id IN (@p0, @p1) ORDER BY e.event_time, e.id",
        "p0='urn:uuid:1', p1='urn:uuid:2', p2=100")]
    [InlineData(DatabaseKind.PostgreSql, "MATCH_epc=urn:epc:id:sgtin:0614141.107346.2017",
        "SELECT e.id, e.event_id, e.hash_id, e.body, e.record_time, e.capture_id, e.event_time FROM events e WHERE e.id IN (SELECT i.event_key FROM event_identifiers i WHERE i.value = @p0 AND i.role IN ('epc', 'child')) ORDER BY e.event_time, e.id LIMIT @p1",
        "p0='https://id.gs1.org/01/10614141073464/21/2017', p1=100")]
    [InlineData(DatabaseKind.Sqlite, "MATCH_epc=urn:epc:id:sgtin:0614141.107346.2017",
        "SELECT e.id, e.event_id, e.hash_id, e.body, e.record_time, e.capture_id, e.event_time FROM events e WHERE e.id IN (SELECT i.event_key FROM event_identifiers i WHERE i.value = @p0 AND i.role IN ('epc', 'child')) ORDER BY e.event_time, e.id LIMIT @p1",
        "p0='https://id.gs1.org/01/10614141073464/21/2017', p1=100")]
    [InlineData(DatabaseKind.SqlServer, "MATCH_epc=urn:epc:id:sgtin:0614141.107346.2017",
        "SELECT TOP (@p1) e.id, e.event_id, e.hash_id, e.body, e.record_time, e.capture_id, e.event_time FROM events e WHERE e.id IN (SELECT i.event_key FROM event_identifiers i WHERE i.value = @p0 AND i.role IN ('epc', 'child')) ORDER BY e.event_time, e.id",
        "p0='https://id.gs1.org/01/10614141073464/21/2017', p1=100")]
    [InlineData(DatabaseKind.PostgreSql, "MATCH_epc=urn:epc:idpat:sgtin:0614141.107346.*",
        "SELECT e.id, e.event_id, e.hash_id, e.body, e.record_time, e.capture_id, e.event_time FROM events e WHERE e.id IN (SELECT i.event_key FROM event_identifiers i WHERE (i.value = @p0 OR (i.value >= @p1 AND i.value < @p2) OR (i.value >= @p3 AND i.value < @p4)) AND i.role IN ('epc', 'child')) ORDER BY e.event_time, e.id LIMIT @p5",
        "p0='https://id.gs1.org/01/10614141073464', p1='https://id.gs1.org/01/10614141073464/21/', p2='https://id.gs1.org/01/10614141073464/210', p3='https://id.gs1.org/01/10614141073464/10/', p4='https://id.gs1.org/01/10614141073464/100', p5=100")]
    [InlineData(DatabaseKind.Sqlite, "MATCH_epc=urn:epc:idpat:sgtin:0614141.107346.*",
        "SELECT e.id, e.event_id, e.hash_id, e.body, e.record_time, e.capture_id, e.event_time FROM events e WHERE e.id IN (SELECT i.event_key FROM event_identifiers i WHERE (i.value = @p0 OR (i.value >= @p1 AND i.value < @p2) OR (i.value >= @p3 AND i.value < @p4)) AND i.role IN ('epc', 'child')) ORDER BY e.event_time, e.id LIMIT @p5",
        "p0='https://id.gs1.org/01/10614141073464', p1='https://id.gs1.org/01/10614141073464/21/', p2='https://id.gs1.org/01/10614141073464/210', p3='https://id.gs1.org/01/10614141073464/10/', p4='https://id.gs1.org/01/10614141073464/100', p5=100")]
    [InlineData(DatabaseKind.SqlServer, "MATCH_epc=urn:epc:idpat:sgtin:0614141.107346.*",
        "SELECT TOP (@p5) e.id, e.event_id, e.hash_id, e.body, e.record_time, e.capture_id, e.event_time FROM events e WHERE e.id IN (SELECT i.event_key FROM event_identifiers i WHERE (i.value = @p0 OR (i.value >= @p1 AND i.value < @p2) OR (i.value >= @p3 AND i.value < @p4)) AND i.role IN ('epc', 'child')) ORDER BY e.event_time, e.id",
        "p0='https://id.gs1.org/01/10614141073464', p1='https://id.gs1.org/01/10614141073464/21/', p2='https://id.gs1.org/01/10614141073464/210', p3='https://id.gs1.org/01/10614141073464/10/', p4='https://id.gs1.org/01/10614141073464/100', p5=100")]
    [InlineData(DatabaseKind.PostgreSql, "MATCH_parentID=urn:epc:idpat:sscc:0614141.*",
        "SELECT e.id, e.event_id, e.hash_id, e.body, e.record_time, e.capture_id, e.event_time FROM events e WHERE e.id IN (SELECT i.event_key FROM event_identifiers i WHERE (i.value >= @p0 AND i.value < @p1 AND i.value LIKE @p2 ESCAPE '\\') AND i.role = 'parent') ORDER BY e.event_time, e.id LIMIT @p3",
        "p0='https://id.gs1.org/00/', p1='https://id.gs1.org/000', p2='https://id.gs1.org/00/_0614141__________', p3=100")]
    [InlineData(DatabaseKind.Sqlite, "MATCH_parentID=urn:epc:idpat:sscc:0614141.*",
        "SELECT e.id, e.event_id, e.hash_id, e.body, e.record_time, e.capture_id, e.event_time FROM events e WHERE e.id IN (SELECT i.event_key FROM event_identifiers i WHERE (i.value >= @p0 AND i.value < @p1 AND i.value GLOB @p2) AND i.role = 'parent') ORDER BY e.event_time, e.id LIMIT @p3",
        "p0='https://id.gs1.org/00/', p1='https://id.gs1.org/000', p2='https://id.gs1.org/00/?0614141??????????', p3=100")]
    [InlineData(DatabaseKind.SqlServer, "MATCH_parentID=urn:epc:idpat:sscc:0614141.*",
        "SELECT TOP (@p3) e.id, e.event_id, e.hash_id, e.body, e.record_time, e.capture_id, e.event_time FROM events e WHERE e.id IN (SELECT i.event_key FROM event_identifiers i WHERE (i.value >= @p0 AND i.value < @p1 AND i.value LIKE @p2 ESCAPE '\\') AND i.role = 'parent') ORDER BY e.event_time, e.id",
        "p0='https://id.gs1.org/00/', p1='https://id.gs1.org/000', p2='https://id.gs1.org/00/_0614141__________', p3=100")]
    [InlineData(DatabaseKind.PostgreSql, "MATCH_inputEPC=urn:epc:idpat:giai:4000001.*",
        "SELECT e.id, e.event_id, e.hash_id, e.body, e.record_time, e.capture_id, e.event_time FROM events e WHERE e.id IN (SELECT i.event_key FROM event_identifiers i WHERE (i.value >= @p0 AND i.value < @p1) AND i.role = 'input') ORDER BY e.event_time, e.id LIMIT @p2",
        "p0='https://id.gs1.org/8004/4000001', p1='https://id.gs1.org/8004/4000002', p2=100")]
    [InlineData(DatabaseKind.Sqlite, "MATCH_inputEPC=urn:epc:idpat:giai:4000001.*",
        "SELECT e.id, e.event_id, e.hash_id, e.body, e.record_time, e.capture_id, e.event_time FROM events e WHERE e.id IN (SELECT i.event_key FROM event_identifiers i WHERE (i.value >= @p0 AND i.value < @p1) AND i.role = 'input') ORDER BY e.event_time, e.id LIMIT @p2",
        "p0='https://id.gs1.org/8004/4000001', p1='https://id.gs1.org/8004/4000002', p2=100")]
    [InlineData(DatabaseKind.SqlServer, "MATCH_inputEPC=urn:epc:idpat:giai:4000001.*",
        "SELECT TOP (@p2) e.id, e.event_id, e.hash_id, e.body, e.record_time, e.capture_id, e.event_time FROM events e WHERE e.id IN (SELECT i.event_key FROM event_identifiers i WHERE (i.value >= @p0 AND i.value < @p1) AND i.role = 'input') ORDER BY e.event_time, e.id",
        "p0='https://id.gs1.org/8004/4000001', p1='https://id.gs1.org/8004/4000002', p2=100")]
    [InlineData(DatabaseKind.PostgreSql, "MATCH_outputEPC=urn:epc:idpat:sgtin:0614141.*.*",
        "SELECT e.id, e.event_id, e.hash_id, e.body, e.record_time, e.capture_id, e.event_time FROM events e WHERE e.id IN (SELECT i.event_key FROM event_identifiers i WHERE ((i.value >= @p0 AND i.value < @p1 AND i.value LIKE @p2 ESCAPE '\\') OR (i.value >= @p3 AND i.value < @p4 AND i.value LIKE @p5 ESCAPE '\\') OR (i.value >= @p6 AND i.value < @p7 AND i.value LIKE @p8 ESCAPE '\\')) AND i.role = 'output') ORDER BY e.event_time, e.id LIMIT @p9",
        "p0='https://id.gs1.org/01/', p1='https://id.gs1.org/010', p2='https://id.gs1.org/01/_0614141______', p3='https://id.gs1.org/01/', p4='https://id.gs1.org/010', p5='https://id.gs1.org/01/_0614141______/21/%', p6='https://id.gs1.org/01/', p7='https://id.gs1.org/010', p8='https://id.gs1.org/01/_0614141______/10/%', p9=100")]
    [InlineData(DatabaseKind.Sqlite, "MATCH_outputEPC=urn:epc:idpat:sgtin:0614141.*.*",
        "SELECT e.id, e.event_id, e.hash_id, e.body, e.record_time, e.capture_id, e.event_time FROM events e WHERE e.id IN (SELECT i.event_key FROM event_identifiers i WHERE ((i.value >= @p0 AND i.value < @p1 AND i.value GLOB @p2) OR (i.value >= @p3 AND i.value < @p4 AND i.value GLOB @p5) OR (i.value >= @p6 AND i.value < @p7 AND i.value GLOB @p8)) AND i.role = 'output') ORDER BY e.event_time, e.id LIMIT @p9",
        "p0='https://id.gs1.org/01/', p1='https://id.gs1.org/010', p2='https://id.gs1.org/01/?0614141??????', p3='https://id.gs1.org/01/', p4='https://id.gs1.org/010', p5='https://id.gs1.org/01/?0614141??????/21/*', p6='https://id.gs1.org/01/', p7='https://id.gs1.org/010', p8='https://id.gs1.org/01/?0614141??????/10/*', p9=100")]
    [InlineData(DatabaseKind.SqlServer, "MATCH_outputEPC=urn:epc:idpat:sgtin:0614141.*.*",
        "SELECT TOP (@p9) e.id, e.event_id, e.hash_id, e.body, e.record_time, e.capture_id, e.event_time FROM events e WHERE e.id IN (SELECT i.event_key FROM event_identifiers i WHERE ((i.value >= @p0 AND i.value < @p1 AND i.value LIKE @p2 ESCAPE '\\') OR (i.value >= @p3 AND i.value < @p4 AND i.value LIKE @p5 ESCAPE '\\') OR (i.value >= @p6 AND i.value < @p7 AND i.value LIKE @p8 ESCAPE '\\')) AND i.role = 'output') ORDER BY e.event_time, e.id",
        "p0='https://id.gs1.org/01/', p1='https://id.gs1.org/010', p2='https://id.gs1.org/01/_0614141______', p3='https://id.gs1.org/01/', p4='https://id.gs1.org/010', p5='https://id.gs1.org/01/_0614141______/21/%', p6='https://id.gs1.org/01/', p7='https://id.gs1.org/010', p8='https://id.gs1.org/01/_0614141______/10/%', p9=100")]
    [InlineData(DatabaseKind.PostgreSql, "MATCH_anyEPC=urn:epc:id:sscc:0614141.1234567890|urn:epc:idpat:sgln:0614141.07346.*",
        "SELECT e.id, e.event_id, e.hash_id, e.body, e.record_time, e.capture_id, e.event_time FROM events e WHERE e.id IN (SELECT i.event_key FROM event_identifiers i WHERE (i.value IN (@p0, @p1) OR (i.value >= @p2 AND i.value < @p3)) AND i.role IN ('parent', 'epc', 'child', 'input', 'output')) ORDER BY e.event_time, e.id LIMIT @p4",
        "p0='https://id.gs1.org/00/106141412345678908', p1='https://id.gs1.org/414/0614141073467', p2='https://id.gs1.org/414/0614141073467/254/', p3='https://id.gs1.org/414/0614141073467/2540', p4=100")]
    [InlineData(DatabaseKind.Sqlite, "MATCH_anyEPC=urn:epc:id:sscc:0614141.1234567890|urn:epc:idpat:sgln:0614141.07346.*",
        "SELECT e.id, e.event_id, e.hash_id, e.body, e.record_time, e.capture_id, e.event_time FROM events e WHERE e.id IN (SELECT i.event_key FROM event_identifiers i WHERE (i.value IN (@p0, @p1) OR (i.value >= @p2 AND i.value < @p3)) AND i.role IN ('parent', 'epc', 'child', 'input', 'output')) ORDER BY e.event_time, e.id LIMIT @p4",
        "p0='https://id.gs1.org/00/106141412345678908', p1='https://id.gs1.org/414/0614141073467', p2='https://id.gs1.org/414/0614141073467/254/', p3='https://id.gs1.org/414/0614141073467/2540', p4=100")]
    [InlineData(DatabaseKind.SqlServer, "MATCH_anyEPC=urn:epc:id:sscc:0614141.1234567890|urn:epc:idpat:sgln:0614141.07346.*",
        "SELECT TOP (@p4) e.id, e.event_id, e.hash_id, e.body, e.record_time, e.capture_id, e.event_time FROM events e WHERE e.id IN (SELECT i.event_key FROM event_identifiers i WHERE (i.value IN (@p0, @p1) OR (i.value >= @p2 AND i.value < @p3)) AND i.role IN ('parent', 'epc', 'child', 'input', 'output')) ORDER BY e.event_time, e.id",
        "p0='https://id.gs1.org/00/106141412345678908', p1='https://id.gs1.org/414/0614141073467', p2='https://id.gs1.org/414/0614141073467/254/', p3='https://id.gs1.org/414/0614141073467/2540', p4=100")]
    [InlineData(DatabaseKind.PostgreSql, "MATCH_epcClass=urn:epc:class:lgtin:4012345.012345.998877",
        "SELECT e.id, e.event_id, e.hash_id, e.body, e.record_time, e.capture_id, e.event_time FROM events e WHERE e.id IN (SELECT i.event_key FROM event_identifiers i WHERE i.value = @p0 AND i.role IN ('class', 'child_class')) ORDER BY e.event_time, e.id LIMIT @p1",
        "p0='https://id.gs1.org/01/04012345123456/10/998877', p1=100")]
    [InlineData(DatabaseKind.Sqlite, "MATCH_epcClass=urn:epc:class:lgtin:4012345.012345.998877",
        "SELECT e.id, e.event_id, e.hash_id, e.body, e.record_time, e.capture_id, e.event_time FROM events e WHERE e.id IN (SELECT i.event_key FROM event_identifiers i WHERE i.value = @p0 AND i.role IN ('class', 'child_class')) ORDER BY e.event_time, e.id LIMIT @p1",
        "p0='https://id.gs1.org/01/04012345123456/10/998877', p1=100")]
    [InlineData(DatabaseKind.SqlServer, "MATCH_epcClass=urn:epc:class:lgtin:4012345.012345.998877",
        "SELECT TOP (@p1) e.id, e.event_id, e.hash_id, e.body, e.record_time, e.capture_id, e.event_time FROM events e WHERE e.id IN (SELECT i.event_key FROM event_identifiers i WHERE i.value = @p0 AND i.role IN ('class', 'child_class')) ORDER BY e.event_time, e.id",
        "p0='https://id.gs1.org/01/04012345123456/10/998877', p1=100")]
    [InlineData(DatabaseKind.PostgreSql, "MATCH_inputEPCClass=https://id.gs1.org/01/04012345123456",
        "SELECT e.id, e.event_id, e.hash_id, e.body, e.record_time, e.capture_id, e.event_time FROM events e WHERE e.id IN (SELECT i.event_key FROM event_identifiers i WHERE (i.value = @p0 OR (i.value >= @p1 AND i.value < @p2) OR (i.value >= @p3 AND i.value < @p4)) AND i.role = 'input_class') ORDER BY e.event_time, e.id LIMIT @p5",
        "p0='https://id.gs1.org/01/04012345123456', p1='https://id.gs1.org/01/04012345123456/21/', p2='https://id.gs1.org/01/04012345123456/210', p3='https://id.gs1.org/01/04012345123456/10/', p4='https://id.gs1.org/01/04012345123456/100', p5=100")]
    [InlineData(DatabaseKind.Sqlite, "MATCH_inputEPCClass=https://id.gs1.org/01/04012345123456",
        "SELECT e.id, e.event_id, e.hash_id, e.body, e.record_time, e.capture_id, e.event_time FROM events e WHERE e.id IN (SELECT i.event_key FROM event_identifiers i WHERE (i.value = @p0 OR (i.value >= @p1 AND i.value < @p2) OR (i.value >= @p3 AND i.value < @p4)) AND i.role = 'input_class') ORDER BY e.event_time, e.id LIMIT @p5",
        "p0='https://id.gs1.org/01/04012345123456', p1='https://id.gs1.org/01/04012345123456/21/', p2='https://id.gs1.org/01/04012345123456/210', p3='https://id.gs1.org/01/04012345123456/10/', p4='https://id.gs1.org/01/04012345123456/100', p5=100")]
    [InlineData(DatabaseKind.SqlServer, "MATCH_inputEPCClass=https://id.gs1.org/01/04012345123456",
        "SELECT TOP (@p5) e.id, e.event_id, e.hash_id, e.body, e.record_time, e.capture_id, e.event_time FROM events e WHERE e.id IN (SELECT i.event_key FROM event_identifiers i WHERE (i.value = @p0 OR (i.value >= @p1 AND i.value < @p2) OR (i.value >= @p3 AND i.value < @p4)) AND i.role = 'input_class') ORDER BY e.event_time, e.id",
        "p0='https://id.gs1.org/01/04012345123456', p1='https://id.gs1.org/01/04012345123456/21/', p2='https://id.gs1.org/01/04012345123456/210', p3='https://id.gs1.org/01/04012345123456/10/', p4='https://id.gs1.org/01/04012345123456/100', p5=100")]
    [InlineData(DatabaseKind.PostgreSql, "MATCH_outputEPCClass=urn:epc:idpat:grai:4012345.55555.*",
        "SELECT e.id, e.event_id, e.hash_id, e.body, e.record_time, e.capture_id, e.event_time FROM events e WHERE e.id IN (SELECT i.event_key FROM event_identifiers i WHERE (i.value >= @p0 AND i.value < @p1) AND i.role = 'output_class') ORDER BY e.event_time, e.id LIMIT @p2",
        "p0='https://id.gs1.org/8003/04012345555554', p1='https://id.gs1.org/8003/04012345555555', p2=100")]
    [InlineData(DatabaseKind.Sqlite, "MATCH_outputEPCClass=urn:epc:idpat:grai:4012345.55555.*",
        "SELECT e.id, e.event_id, e.hash_id, e.body, e.record_time, e.capture_id, e.event_time FROM events e WHERE e.id IN (SELECT i.event_key FROM event_identifiers i WHERE (i.value >= @p0 AND i.value < @p1) AND i.role = 'output_class') ORDER BY e.event_time, e.id LIMIT @p2",
        "p0='https://id.gs1.org/8003/04012345555554', p1='https://id.gs1.org/8003/04012345555555', p2=100")]
    [InlineData(DatabaseKind.SqlServer, "MATCH_outputEPCClass=urn:epc:idpat:grai:4012345.55555.*",
        "SELECT TOP (@p2) e.id, e.event_id, e.hash_id, e.body, e.record_time, e.capture_id, e.event_time FROM events e WHERE e.id IN (SELECT i.event_key FROM event_identifiers i WHERE (i.value >= @p0 AND i.value < @p1) AND i.role = 'output_class') ORDER BY e.event_time, e.id",
        "p0='https://id.gs1.org/8003/04012345555554', p1='https://id.gs1.org/8003/04012345555555', p2=100")]
    [InlineData(DatabaseKind.PostgreSql, "MATCH_anyEPCClass=urn:epc:idpat:sgtin:4012345.012345.*",
        "SELECT e.id, e.event_id, e.hash_id, e.body, e.record_time, e.capture_id, e.event_time FROM events e WHERE e.id IN (SELECT i.event_key FROM event_identifiers i WHERE (i.value = @p0 OR (i.value >= @p1 AND i.value < @p2) OR (i.value >= @p3 AND i.value < @p4)) AND i.role IN ('class', 'child_class', 'input_class', 'output_class')) ORDER BY e.event_time, e.id LIMIT @p5",
        "p0='https://id.gs1.org/01/04012345123456', p1='https://id.gs1.org/01/04012345123456/21/', p2='https://id.gs1.org/01/04012345123456/210', p3='https://id.gs1.org/01/04012345123456/10/', p4='https://id.gs1.org/01/04012345123456/100', p5=100")]
    [InlineData(DatabaseKind.Sqlite, "MATCH_anyEPCClass=urn:epc:idpat:sgtin:4012345.012345.*",
        "SELECT e.id, e.event_id, e.hash_id, e.body, e.record_time, e.capture_id, e.event_time FROM events e WHERE e.id IN (SELECT i.event_key FROM event_identifiers i WHERE (i.value = @p0 OR (i.value >= @p1 AND i.value < @p2) OR (i.value >= @p3 AND i.value < @p4)) AND i.role IN ('class', 'child_class', 'input_class', 'output_class')) ORDER BY e.event_time, e.id LIMIT @p5",
        "p0='https://id.gs1.org/01/04012345123456', p1='https://id.gs1.org/01/04012345123456/21/', p2='https://id.gs1.org/01/04012345123456/210', p3='https://id.gs1.org/01/04012345123456/10/', p4='https://id.gs1.org/01/04012345123456/100', p5=100")]
    [InlineData(DatabaseKind.SqlServer, "MATCH_anyEPCClass=urn:epc:idpat:sgtin:4012345.012345.*",
        "SELECT TOP (@p5) e.id, e.event_id, e.hash_id, e.body, e.record_time, e.capture_id, e.event_time FROM events e WHERE e.id IN (SELECT i.event_key FROM event_identifiers i WHERE (i.value = @p0 OR (i.value >= @p1 AND i.value < @p2) OR (i.value >= @p3 AND i.value < @p4)) AND i.role IN ('class', 'child_class', 'input_class', 'output_class')) ORDER BY e.event_time, e.id",
        "p0='https://id.gs1.org/01/04012345123456', p1='https://id.gs1.org/01/04012345123456/21/', p2='https://id.gs1.org/01/04012345123456/210', p3='https://id.gs1.org/01/04012345123456/10/', p4='https://id.gs1.org/01/04012345123456/100', p5=100")]
    [InlineData(DatabaseKind.PostgreSql, "EQ_quantity=200",
        "SELECT e.id, e.event_id, e.hash_id, e.body, e.record_time, e.capture_id, e.event_time FROM events e WHERE e.id IN (SELECT q.event_key FROM event_identifiers q WHERE q.role IN ('class', 'child_class', 'input_class', 'output_class') AND q.quantity = @p0) ORDER BY e.event_time, e.id LIMIT @p1",
        "p0=200d, p1=100")]
    [InlineData(DatabaseKind.Sqlite, "EQ_quantity=200",
        "SELECT e.id, e.event_id, e.hash_id, e.body, e.record_time, e.capture_id, e.event_time FROM events e WHERE e.id IN (SELECT q.event_key FROM event_identifiers q WHERE q.role IN ('class', 'child_class', 'input_class', 'output_class') AND q.quantity = @p0) ORDER BY e.event_time, e.id LIMIT @p1",
        "p0=200d, p1=100")]
    [InlineData(DatabaseKind.SqlServer, "EQ_quantity=200",
        "SELECT TOP (@p1) e.id, e.event_id, e.hash_id, e.body, e.record_time, e.capture_id, e.event_time FROM events e WHERE e.id IN (SELECT q.event_key FROM event_identifiers q WHERE q.role IN ('class', 'child_class', 'input_class', 'output_class') AND q.quantity = @p0) ORDER BY e.event_time, e.id",
        "p0=200d, p1=100")]
    [InlineData(DatabaseKind.PostgreSql, "GT_quantity_KGM=5",
        "SELECT e.id, e.event_id, e.hash_id, e.body, e.record_time, e.capture_id, e.event_time FROM events e WHERE e.id IN (SELECT q.event_key FROM event_identifiers q WHERE q.role IN ('class', 'child_class', 'input_class', 'output_class') AND ((q.uom = @p0 AND q.quantity > @p1) OR (q.uom = @p2 AND q.quantity > @p3) OR (q.uom = @p4 AND q.quantity > @p5) OR (q.uom = @p6 AND q.quantity > @p7) OR (q.uom = @p8 AND q.quantity > @p9) OR (q.uom = @p10 AND q.quantity > @p11) OR (q.uom = @p12 AND q.quantity > @p13))) ORDER BY e.event_time, e.id LIMIT @p14",
        "p0='KGM', p1=5d, p2='GRM', p3=5000d, p4='LBR', p5=11.023113109243878d, p6='MC', p7=5000000000d, p8='MGM', p9=5000000d, p10='ONZ', p11=176.36980974790205d, p12='TNE', p13=0.005d, p14=100")]
    [InlineData(DatabaseKind.Sqlite, "GT_quantity_KGM=5",
        "SELECT e.id, e.event_id, e.hash_id, e.body, e.record_time, e.capture_id, e.event_time FROM events e WHERE e.id IN (SELECT q.event_key FROM event_identifiers q WHERE q.role IN ('class', 'child_class', 'input_class', 'output_class') AND ((q.uom = @p0 AND q.quantity > @p1) OR (q.uom = @p2 AND q.quantity > @p3) OR (q.uom = @p4 AND q.quantity > @p5) OR (q.uom = @p6 AND q.quantity > @p7) OR (q.uom = @p8 AND q.quantity > @p9) OR (q.uom = @p10 AND q.quantity > @p11) OR (q.uom = @p12 AND q.quantity > @p13))) ORDER BY e.event_time, e.id LIMIT @p14",
        "p0='KGM', p1=5d, p2='GRM', p3=5000d, p4='LBR', p5=11.023113109243878d, p6='MC', p7=5000000000d, p8='MGM', p9=5000000d, p10='ONZ', p11=176.36980974790205d, p12='TNE', p13=0.005d, p14=100")]
    [InlineData(DatabaseKind.SqlServer, "GT_quantity_KGM=5",
        "SELECT TOP (@p14) e.id, e.event_id, e.hash_id, e.body, e.record_time, e.capture_id, e.event_time FROM events e WHERE e.id IN (SELECT q.event_key FROM event_identifiers q WHERE q.role IN ('class', 'child_class', 'input_class', 'output_class') AND ((q.uom = @p0 AND q.quantity > @p1) OR (q.uom = @p2 AND q.quantity > @p3) OR (q.uom = @p4 AND q.quantity > @p5) OR (q.uom = @p6 AND q.quantity > @p7) OR (q.uom = @p8 AND q.quantity > @p9) OR (q.uom = @p10 AND q.quantity > @p11) OR (q.uom = @p12 AND q.quantity > @p13))) ORDER BY e.event_time, e.id",
        "p0='KGM', p1=5d, p2='GRM', p3=5000d, p4='LBR', p5=11.023113109243878d, p6='MC', p7=5000000000d, p8='MGM', p9=5000000d, p10='ONZ', p11=176.36980974790205d, p12='TNE', p13=0.005d, p14=100")]
    [InlineData(DatabaseKind.PostgreSql, "EXISTS_errorDeclaration=true",
        "SELECT e.id, e.event_id, e.hash_id, e.body, e.record_time, e.capture_id, e.event_time FROM events e WHERE e.has_error_declaration = TRUE ORDER BY e.event_time, e.id LIMIT @p0",
        "p0=100")]
    [InlineData(DatabaseKind.Sqlite, "EXISTS_errorDeclaration=true",
        "SELECT e.id, e.event_id, e.hash_id, e.body, e.record_time, e.capture_id, e.event_time FROM events e WHERE e.has_error_declaration = 1 ORDER BY e.event_time, e.id LIMIT @p0",
        "p0=100")]
    [InlineData(DatabaseKind.SqlServer, "EXISTS_errorDeclaration=true",
        "SELECT TOP (@p0) e.id, e.event_id, e.hash_id, e.body, e.record_time, e.capture_id, e.event_time FROM events e WHERE e.has_error_declaration = 1 ORDER BY e.event_time, e.id",
        "p0=100")]
    [InlineData(DatabaseKind.PostgreSql, "GE_errorDeclarationTime=2024-01-01T00:00:00Z&LT_errorDeclarationTime=2024-02-01T00:00:00Z",
        "SELECT e.id, e.event_id, e.hash_id, e.body, e.record_time, e.capture_id, e.event_time FROM events e WHERE e.error_declaration_time >= @p0 AND e.error_declaration_time < @p1 ORDER BY e.event_time, e.id LIMIT @p2",
        "p0=2024-01-01T00:00:00.0000000+00:00, p1=2024-02-01T00:00:00.0000000+00:00, p2=100")]
    [InlineData(DatabaseKind.Sqlite, "GE_errorDeclarationTime=2024-01-01T00:00:00Z&LT_errorDeclarationTime=2024-02-01T00:00:00Z",
        "SELECT e.id, e.event_id, e.hash_id, e.body, e.record_time, e.capture_id, e.event_time FROM events e WHERE e.error_declaration_time >= @p0 AND e.error_declaration_time < @p1 ORDER BY e.event_time, e.id LIMIT @p2",
        "p0=1704067200000000L, p1=1706745600000000L, p2=100")]
    [InlineData(DatabaseKind.SqlServer, "GE_errorDeclarationTime=2024-01-01T00:00:00Z&LT_errorDeclarationTime=2024-02-01T00:00:00Z",
        "SELECT TOP (@p2) e.id, e.event_id, e.hash_id, e.body, e.record_time, e.capture_id, e.event_time FROM events e WHERE e.error_declaration_time >= @p0 AND e.error_declaration_time < @p1 ORDER BY e.event_time, e.id",
        "p0=2024-01-01T00:00:00.0000000+00:00, p1=2024-02-01T00:00:00.0000000+00:00, p2=100")]
    [InlineData(DatabaseKind.PostgreSql, "EQ_errorReason=incorrect_data",
        "SELECT e.id, e.event_id, e.hash_id, e.body, e.record_time, e.capture_id, e.event_time FROM events e WHERE e.error_reason = @p0 ORDER BY e.event_time, e.id LIMIT @p1",
        "p0='incorrect_data', p1=100")]
    [InlineData(DatabaseKind.Sqlite, "EQ_errorReason=incorrect_data",
        "SELECT e.id, e.event_id, e.hash_id, e.body, e.record_time, e.capture_id, e.event_time FROM events e WHERE e.error_reason = @p0 ORDER BY e.event_time, e.id LIMIT @p1",
        "p0='incorrect_data', p1=100")]
    [InlineData(DatabaseKind.SqlServer, "EQ_errorReason=incorrect_data",
        "SELECT TOP (@p1) e.id, e.event_id, e.hash_id, e.body, e.record_time, e.capture_id, e.event_time FROM events e WHERE e.error_reason = @p0 ORDER BY e.event_time, e.id",
        "p0='incorrect_data', p1=100")]
    [InlineData(DatabaseKind.PostgreSql, "EQ_correctiveEventID=urn:uuid:9",
        "SELECT e.id, e.event_id, e.hash_id, e.body, e.record_time, e.capture_id, e.event_time FROM events e WHERE e.id IN (SELECT ce.event_key FROM event_corrective_ids ce WHERE ce.corrective_event_id = @p0) ORDER BY e.event_time, e.id LIMIT @p1",
        "p0='urn:uuid:9', p1=100")]
    [InlineData(DatabaseKind.Sqlite, "EQ_correctiveEventID=urn:uuid:9",
        "SELECT e.id, e.event_id, e.hash_id, e.body, e.record_time, e.capture_id, e.event_time FROM events e WHERE e.id IN (SELECT ce.event_key FROM event_corrective_ids ce WHERE ce.corrective_event_id = @p0) ORDER BY e.event_time, e.id LIMIT @p1",
        "p0='urn:uuid:9', p1=100")]
    [InlineData(DatabaseKind.SqlServer, "EQ_correctiveEventID=urn:uuid:9",
        "SELECT TOP (@p1) e.id, e.event_id, e.hash_id, e.body, e.record_time, e.capture_id, e.event_time FROM events e WHERE e.id IN (SELECT ce.event_key FROM event_corrective_ids ce WHERE ce.corrective_event_id = @p0) ORDER BY e.event_time, e.id",
        "p0='urn:uuid:9', p1=100")]
    [InlineData(DatabaseKind.PostgreSql, "EQ_bizTransaction_po=urn:epcglobal:cbv:bt:0614141073467:1152",
        "SELECT e.id, e.event_id, e.hash_id, e.body, e.record_time, e.capture_id, e.event_time FROM events e WHERE e.id IN (SELECT bt.event_key FROM event_biz_transactions bt WHERE bt.type = @p0 AND bt.value = @p1) ORDER BY e.event_time, e.id LIMIT @p2",
        "p0='po', p1='urn:epcglobal:cbv:bt:0614141073467:1152', p2=100")]
    [InlineData(DatabaseKind.Sqlite, "EQ_bizTransaction_po=urn:epcglobal:cbv:bt:0614141073467:1152",
        "SELECT e.id, e.event_id, e.hash_id, e.body, e.record_time, e.capture_id, e.event_time FROM events e WHERE e.id IN (SELECT bt.event_key FROM event_biz_transactions bt WHERE bt.type = @p0 AND bt.value = @p1) ORDER BY e.event_time, e.id LIMIT @p2",
        "p0='po', p1='urn:epcglobal:cbv:bt:0614141073467:1152', p2=100")]
    [InlineData(DatabaseKind.SqlServer, "EQ_bizTransaction_po=urn:epcglobal:cbv:bt:0614141073467:1152",
        "SELECT TOP (@p2) e.id, e.event_id, e.hash_id, e.body, e.record_time, e.capture_id, e.event_time FROM events e WHERE e.id IN (SELECT bt.event_key FROM event_biz_transactions bt WHERE bt.type = @p0 AND bt.value = @p1) ORDER BY e.event_time, e.id",
        "p0='po', p1='urn:epcglobal:cbv:bt:0614141073467:1152', p2=100")]
    [InlineData(DatabaseKind.PostgreSql, "EQ_source_owning_party=urn:example:party:1",
        "SELECT e.id, e.event_id, e.hash_id, e.body, e.record_time, e.capture_id, e.event_time FROM events e WHERE e.id IN (SELECT sd.event_key FROM event_sources_destinations sd WHERE sd.kind = 'source' AND sd.type = @p0 AND sd.value = @p1) ORDER BY e.event_time, e.id LIMIT @p2",
        "p0='owning_party', p1='urn:example:party:1', p2=100")]
    [InlineData(DatabaseKind.Sqlite, "EQ_source_owning_party=urn:example:party:1",
        "SELECT e.id, e.event_id, e.hash_id, e.body, e.record_time, e.capture_id, e.event_time FROM events e WHERE e.id IN (SELECT sd.event_key FROM event_sources_destinations sd WHERE sd.kind = 'source' AND sd.type = @p0 AND sd.value = @p1) ORDER BY e.event_time, e.id LIMIT @p2",
        "p0='owning_party', p1='urn:example:party:1', p2=100")]
    [InlineData(DatabaseKind.SqlServer, "EQ_source_owning_party=urn:example:party:1",
        "SELECT TOP (@p2) e.id, e.event_id, e.hash_id, e.body, e.record_time, e.capture_id, e.event_time FROM events e WHERE e.id IN (SELECT sd.event_key FROM event_sources_destinations sd WHERE sd.kind = 'source' AND sd.type = @p0 AND sd.value = @p1) ORDER BY e.event_time, e.id",
        "p0='owning_party', p1='urn:example:party:1', p2=100")]
    [InlineData(DatabaseKind.PostgreSql, "EQ_destination_location=urn:example:loc:1",
        "SELECT e.id, e.event_id, e.hash_id, e.body, e.record_time, e.capture_id, e.event_time FROM events e WHERE e.id IN (SELECT sd.event_key FROM event_sources_destinations sd WHERE sd.kind = 'destination' AND sd.type = @p0 AND sd.value = @p1) ORDER BY e.event_time, e.id LIMIT @p2",
        "p0='location', p1='urn:example:loc:1', p2=100")]
    [InlineData(DatabaseKind.Sqlite, "EQ_destination_location=urn:example:loc:1",
        "SELECT e.id, e.event_id, e.hash_id, e.body, e.record_time, e.capture_id, e.event_time FROM events e WHERE e.id IN (SELECT sd.event_key FROM event_sources_destinations sd WHERE sd.kind = 'destination' AND sd.type = @p0 AND sd.value = @p1) ORDER BY e.event_time, e.id LIMIT @p2",
        "p0='location', p1='urn:example:loc:1', p2=100")]
    [InlineData(DatabaseKind.SqlServer, "EQ_destination_location=urn:example:loc:1",
        "SELECT TOP (@p2) e.id, e.event_id, e.hash_id, e.body, e.record_time, e.capture_id, e.event_time FROM events e WHERE e.id IN (SELECT sd.event_key FROM event_sources_destinations sd WHERE sd.kind = 'destination' AND sd.type = @p0 AND sd.value = @p1) ORDER BY e.event_time, e.id",
        "p0='location', p1='urn:example:loc:1', p2=100")]
    [InlineData(DatabaseKind.PostgreSql, "GE_time=2024-01-01T00:00:00Z",
        "SELECT e.id, e.event_id, e.hash_id, e.body, e.record_time, e.capture_id, e.event_time FROM events e WHERE (e.id IN (SELECT se.event_key FROM event_sensor_elements se WHERE se.time >= @p0) OR e.id IN (SELECT sr.event_key FROM event_sensor_reports sr WHERE sr.time >= @p1)) ORDER BY e.event_time, e.id LIMIT @p2",
        "p0=2024-01-01T00:00:00.0000000+00:00, p1=2024-01-01T00:00:00.0000000+00:00, p2=100")]
    [InlineData(DatabaseKind.Sqlite, "GE_time=2024-01-01T00:00:00Z",
        "SELECT e.id, e.event_id, e.hash_id, e.body, e.record_time, e.capture_id, e.event_time FROM events e WHERE (e.id IN (SELECT se.event_key FROM event_sensor_elements se WHERE se.time >= @p0) OR e.id IN (SELECT sr.event_key FROM event_sensor_reports sr WHERE sr.time >= @p1)) ORDER BY e.event_time, e.id LIMIT @p2",
        "p0=1704067200000000L, p1=1704067200000000L, p2=100")]
    [InlineData(DatabaseKind.SqlServer, "GE_time=2024-01-01T00:00:00Z",
        "SELECT TOP (@p2) e.id, e.event_id, e.hash_id, e.body, e.record_time, e.capture_id, e.event_time FROM events e WHERE (e.id IN (SELECT se.event_key FROM event_sensor_elements se WHERE se.time >= @p0) OR e.id IN (SELECT sr.event_key FROM event_sensor_reports sr WHERE sr.time >= @p1)) ORDER BY e.event_time, e.id",
        "p0=2024-01-01T00:00:00.0000000+00:00, p1=2024-01-01T00:00:00.0000000+00:00, p2=100")]
    [InlineData(DatabaseKind.PostgreSql, "GE_startTime=2024-01-01T00:00:00Z&LT_endTime=2024-01-02T00:00:00Z",
        "SELECT e.id, e.event_id, e.hash_id, e.body, e.record_time, e.capture_id, e.event_time FROM events e WHERE e.id IN (SELECT se.event_key FROM event_sensor_elements se WHERE se.start_time >= @p0) AND e.id IN (SELECT se.event_key FROM event_sensor_elements se WHERE se.end_time < @p1) ORDER BY e.event_time, e.id LIMIT @p2",
        "p0=2024-01-01T00:00:00.0000000+00:00, p1=2024-01-02T00:00:00.0000000+00:00, p2=100")]
    [InlineData(DatabaseKind.Sqlite, "GE_startTime=2024-01-01T00:00:00Z&LT_endTime=2024-01-02T00:00:00Z",
        "SELECT e.id, e.event_id, e.hash_id, e.body, e.record_time, e.capture_id, e.event_time FROM events e WHERE e.id IN (SELECT se.event_key FROM event_sensor_elements se WHERE se.start_time >= @p0) AND e.id IN (SELECT se.event_key FROM event_sensor_elements se WHERE se.end_time < @p1) ORDER BY e.event_time, e.id LIMIT @p2",
        "p0=1704067200000000L, p1=1704153600000000L, p2=100")]
    [InlineData(DatabaseKind.SqlServer, "GE_startTime=2024-01-01T00:00:00Z&LT_endTime=2024-01-02T00:00:00Z",
        "SELECT TOP (@p2) e.id, e.event_id, e.hash_id, e.body, e.record_time, e.capture_id, e.event_time FROM events e WHERE e.id IN (SELECT se.event_key FROM event_sensor_elements se WHERE se.start_time >= @p0) AND e.id IN (SELECT se.event_key FROM event_sensor_elements se WHERE se.end_time < @p1) ORDER BY e.event_time, e.id",
        "p0=2024-01-01T00:00:00.0000000+00:00, p1=2024-01-02T00:00:00.0000000+00:00, p2=100")]
    [InlineData(DatabaseKind.PostgreSql, "EQ_type=Temperature",
        "SELECT e.id, e.event_id, e.hash_id, e.body, e.record_time, e.capture_id, e.event_time FROM events e WHERE e.id IN (SELECT sr.event_key FROM event_sensor_reports sr WHERE sr.type = @p0) ORDER BY e.event_time, e.id LIMIT @p1",
        "p0='Temperature', p1=100")]
    [InlineData(DatabaseKind.Sqlite, "EQ_type=Temperature",
        "SELECT e.id, e.event_id, e.hash_id, e.body, e.record_time, e.capture_id, e.event_time FROM events e WHERE e.id IN (SELECT sr.event_key FROM event_sensor_reports sr WHERE sr.type = @p0) ORDER BY e.event_time, e.id LIMIT @p1",
        "p0='Temperature', p1=100")]
    [InlineData(DatabaseKind.SqlServer, "EQ_type=Temperature",
        "SELECT TOP (@p1) e.id, e.event_id, e.hash_id, e.body, e.record_time, e.capture_id, e.event_time FROM events e WHERE e.id IN (SELECT sr.event_key FROM event_sensor_reports sr WHERE sr.type = @p0) ORDER BY e.event_time, e.id",
        "p0='Temperature', p1=100")]
    [InlineData(DatabaseKind.PostgreSql, "EQ_deviceID=urn:example:dev:1",
        "SELECT e.id, e.event_id, e.hash_id, e.body, e.record_time, e.capture_id, e.event_time FROM events e WHERE (e.id IN (SELECT se.event_key FROM event_sensor_elements se WHERE se.device_id = @p0) OR e.id IN (SELECT sr.event_key FROM event_sensor_reports sr WHERE sr.device_id = @p1)) ORDER BY e.event_time, e.id LIMIT @p2",
        "p0='urn:example:dev:1', p1='urn:example:dev:1', p2=100")]
    [InlineData(DatabaseKind.Sqlite, "EQ_deviceID=urn:example:dev:1",
        "SELECT e.id, e.event_id, e.hash_id, e.body, e.record_time, e.capture_id, e.event_time FROM events e WHERE (e.id IN (SELECT se.event_key FROM event_sensor_elements se WHERE se.device_id = @p0) OR e.id IN (SELECT sr.event_key FROM event_sensor_reports sr WHERE sr.device_id = @p1)) ORDER BY e.event_time, e.id LIMIT @p2",
        "p0='urn:example:dev:1', p1='urn:example:dev:1', p2=100")]
    [InlineData(DatabaseKind.SqlServer, "EQ_deviceID=urn:example:dev:1",
        "SELECT TOP (@p2) e.id, e.event_id, e.hash_id, e.body, e.record_time, e.capture_id, e.event_time FROM events e WHERE (e.id IN (SELECT se.event_key FROM event_sensor_elements se WHERE se.device_id = @p0) OR e.id IN (SELECT sr.event_key FROM event_sensor_reports sr WHERE sr.device_id = @p1)) ORDER BY e.event_time, e.id",
        "p0='urn:example:dev:1', p1='urn:example:dev:1', p2=100")]
    [InlineData(DatabaseKind.PostgreSql, "EQ_dataProcessingMethod=urn:example:m",
        "SELECT e.id, e.event_id, e.hash_id, e.body, e.record_time, e.capture_id, e.event_time FROM events e WHERE (e.id IN (SELECT se.event_key FROM event_sensor_elements se WHERE se.data_processing_method = @p0) OR e.id IN (SELECT sr.event_key FROM event_sensor_reports sr WHERE sr.data_processing_method = @p1)) ORDER BY e.event_time, e.id LIMIT @p2",
        "p0='urn:example:m', p1='urn:example:m', p2=100")]
    [InlineData(DatabaseKind.Sqlite, "EQ_dataProcessingMethod=urn:example:m",
        "SELECT e.id, e.event_id, e.hash_id, e.body, e.record_time, e.capture_id, e.event_time FROM events e WHERE (e.id IN (SELECT se.event_key FROM event_sensor_elements se WHERE se.data_processing_method = @p0) OR e.id IN (SELECT sr.event_key FROM event_sensor_reports sr WHERE sr.data_processing_method = @p1)) ORDER BY e.event_time, e.id LIMIT @p2",
        "p0='urn:example:m', p1='urn:example:m', p2=100")]
    [InlineData(DatabaseKind.SqlServer, "EQ_dataProcessingMethod=urn:example:m",
        "SELECT TOP (@p2) e.id, e.event_id, e.hash_id, e.body, e.record_time, e.capture_id, e.event_time FROM events e WHERE (e.id IN (SELECT se.event_key FROM event_sensor_elements se WHERE se.data_processing_method = @p0) OR e.id IN (SELECT sr.event_key FROM event_sensor_reports sr WHERE sr.data_processing_method = @p1)) ORDER BY e.event_time, e.id",
        "p0='urn:example:m', p1='urn:example:m', p2=100")]
    [InlineData(DatabaseKind.PostgreSql, "EQ_microorganism=urn:example:micro",
        "SELECT e.id, e.event_id, e.hash_id, e.body, e.record_time, e.capture_id, e.event_time FROM events e WHERE e.id IN (SELECT sr.event_key FROM event_sensor_reports sr WHERE sr.microorganism = @p0) ORDER BY e.event_time, e.id LIMIT @p1",
        "p0='urn:example:micro', p1=100")]
    [InlineData(DatabaseKind.Sqlite, "EQ_microorganism=urn:example:micro",
        "SELECT e.id, e.event_id, e.hash_id, e.body, e.record_time, e.capture_id, e.event_time FROM events e WHERE e.id IN (SELECT sr.event_key FROM event_sensor_reports sr WHERE sr.microorganism = @p0) ORDER BY e.event_time, e.id LIMIT @p1",
        "p0='urn:example:micro', p1=100")]
    [InlineData(DatabaseKind.SqlServer, "EQ_microorganism=urn:example:micro",
        "SELECT TOP (@p1) e.id, e.event_id, e.hash_id, e.body, e.record_time, e.capture_id, e.event_time FROM events e WHERE e.id IN (SELECT sr.event_key FROM event_sensor_reports sr WHERE sr.microorganism = @p0) ORDER BY e.event_time, e.id",
        "p0='urn:example:micro', p1=100")]
    [InlineData(DatabaseKind.PostgreSql, "EQ_chemicalSubstance=urn:example:chem",
        "SELECT e.id, e.event_id, e.hash_id, e.body, e.record_time, e.capture_id, e.event_time FROM events e WHERE e.id IN (SELECT sr.event_key FROM event_sensor_reports sr WHERE sr.chemical_substance = @p0) ORDER BY e.event_time, e.id LIMIT @p1",
        "p0='urn:example:chem', p1=100")]
    [InlineData(DatabaseKind.Sqlite, "EQ_chemicalSubstance=urn:example:chem",
        "SELECT e.id, e.event_id, e.hash_id, e.body, e.record_time, e.capture_id, e.event_time FROM events e WHERE e.id IN (SELECT sr.event_key FROM event_sensor_reports sr WHERE sr.chemical_substance = @p0) ORDER BY e.event_time, e.id LIMIT @p1",
        "p0='urn:example:chem', p1=100")]
    [InlineData(DatabaseKind.SqlServer, "EQ_chemicalSubstance=urn:example:chem",
        "SELECT TOP (@p1) e.id, e.event_id, e.hash_id, e.body, e.record_time, e.capture_id, e.event_time FROM events e WHERE e.id IN (SELECT sr.event_key FROM event_sensor_reports sr WHERE sr.chemical_substance = @p0) ORDER BY e.event_time, e.id",
        "p0='urn:example:chem', p1=100")]
    [InlineData(DatabaseKind.PostgreSql, "EQ_bizRules=urn:example:rules",
        "SELECT e.id, e.event_id, e.hash_id, e.body, e.record_time, e.capture_id, e.event_time FROM events e WHERE (e.id IN (SELECT se.event_key FROM event_sensor_elements se WHERE se.biz_rules = @p0) OR e.id IN (SELECT sr.event_key FROM event_sensor_reports sr WHERE sr.biz_rules = @p1)) ORDER BY e.event_time, e.id LIMIT @p2",
        "p0='urn:example:rules', p1='urn:example:rules', p2=100")]
    [InlineData(DatabaseKind.Sqlite, "EQ_bizRules=urn:example:rules",
        "SELECT e.id, e.event_id, e.hash_id, e.body, e.record_time, e.capture_id, e.event_time FROM events e WHERE (e.id IN (SELECT se.event_key FROM event_sensor_elements se WHERE se.biz_rules = @p0) OR e.id IN (SELECT sr.event_key FROM event_sensor_reports sr WHERE sr.biz_rules = @p1)) ORDER BY e.event_time, e.id LIMIT @p2",
        "p0='urn:example:rules', p1='urn:example:rules', p2=100")]
    [InlineData(DatabaseKind.SqlServer, "EQ_bizRules=urn:example:rules",
        "SELECT TOP (@p2) e.id, e.event_id, e.hash_id, e.body, e.record_time, e.capture_id, e.event_time FROM events e WHERE (e.id IN (SELECT se.event_key FROM event_sensor_elements se WHERE se.biz_rules = @p0) OR e.id IN (SELECT sr.event_key FROM event_sensor_reports sr WHERE sr.biz_rules = @p1)) ORDER BY e.event_time, e.id",
        "p0='urn:example:rules', p1='urn:example:rules', p2=100")]
    [InlineData(DatabaseKind.PostgreSql, "EQ_stringValue=abc",
        "SELECT e.id, e.event_id, e.hash_id, e.body, e.record_time, e.capture_id, e.event_time FROM events e WHERE e.id IN (SELECT sr.event_key FROM event_sensor_reports sr WHERE sr.string_value = @p0) ORDER BY e.event_time, e.id LIMIT @p1",
        "p0='abc', p1=100")]
    [InlineData(DatabaseKind.Sqlite, "EQ_stringValue=abc",
        "SELECT e.id, e.event_id, e.hash_id, e.body, e.record_time, e.capture_id, e.event_time FROM events e WHERE e.id IN (SELECT sr.event_key FROM event_sensor_reports sr WHERE sr.string_value = @p0) ORDER BY e.event_time, e.id LIMIT @p1",
        "p0='abc', p1=100")]
    [InlineData(DatabaseKind.SqlServer, "EQ_stringValue=abc",
        "SELECT TOP (@p1) e.id, e.event_id, e.hash_id, e.body, e.record_time, e.capture_id, e.event_time FROM events e WHERE e.id IN (SELECT sr.event_key FROM event_sensor_reports sr WHERE sr.string_value = @p0) ORDER BY e.event_time, e.id",
        "p0='abc', p1=100")]
    [InlineData(DatabaseKind.PostgreSql, "EQ_booleanValue=true",
        "SELECT e.id, e.event_id, e.hash_id, e.body, e.record_time, e.capture_id, e.event_time FROM events e WHERE e.id IN (SELECT sr.event_key FROM event_sensor_reports sr WHERE sr.boolean_value = @p0) ORDER BY e.event_time, e.id LIMIT @p1",
        "p0=true, p1=100")]
    [InlineData(DatabaseKind.Sqlite, "EQ_booleanValue=true",
        "SELECT e.id, e.event_id, e.hash_id, e.body, e.record_time, e.capture_id, e.event_time FROM events e WHERE e.id IN (SELECT sr.event_key FROM event_sensor_reports sr WHERE sr.boolean_value = @p0) ORDER BY e.event_time, e.id LIMIT @p1",
        "p0=1L, p1=100")]
    [InlineData(DatabaseKind.SqlServer, "EQ_booleanValue=true",
        "SELECT TOP (@p1) e.id, e.event_id, e.hash_id, e.body, e.record_time, e.capture_id, e.event_time FROM events e WHERE e.id IN (SELECT sr.event_key FROM event_sensor_reports sr WHERE sr.boolean_value = @p0) ORDER BY e.event_time, e.id",
        "p0=true, p1=100")]
    [InlineData(DatabaseKind.PostgreSql, "EQ_hexBinaryValue=F0F0",
        "SELECT e.id, e.event_id, e.hash_id, e.body, e.record_time, e.capture_id, e.event_time FROM events e WHERE e.id IN (SELECT sr.event_key FROM event_sensor_reports sr WHERE sr.hex_binary_value = @p0) ORDER BY e.event_time, e.id LIMIT @p1",
        "p0='F0F0', p1=100")]
    [InlineData(DatabaseKind.Sqlite, "EQ_hexBinaryValue=F0F0",
        "SELECT e.id, e.event_id, e.hash_id, e.body, e.record_time, e.capture_id, e.event_time FROM events e WHERE e.id IN (SELECT sr.event_key FROM event_sensor_reports sr WHERE sr.hex_binary_value = @p0) ORDER BY e.event_time, e.id LIMIT @p1",
        "p0='F0F0', p1=100")]
    [InlineData(DatabaseKind.SqlServer, "EQ_hexBinaryValue=F0F0",
        "SELECT TOP (@p1) e.id, e.event_id, e.hash_id, e.body, e.record_time, e.capture_id, e.event_time FROM events e WHERE e.id IN (SELECT sr.event_key FROM event_sensor_reports sr WHERE sr.hex_binary_value = @p0) ORDER BY e.event_time, e.id",
        "p0='F0F0', p1=100")]
    [InlineData(DatabaseKind.PostgreSql, "EQ_uriValue=urn:example:u",
        "SELECT e.id, e.event_id, e.hash_id, e.body, e.record_time, e.capture_id, e.event_time FROM events e WHERE e.id IN (SELECT sr.event_key FROM event_sensor_reports sr WHERE sr.uri_value = @p0) ORDER BY e.event_time, e.id LIMIT @p1",
        "p0='urn:example:u', p1=100")]
    [InlineData(DatabaseKind.Sqlite, "EQ_uriValue=urn:example:u",
        "SELECT e.id, e.event_id, e.hash_id, e.body, e.record_time, e.capture_id, e.event_time FROM events e WHERE e.id IN (SELECT sr.event_key FROM event_sensor_reports sr WHERE sr.uri_value = @p0) ORDER BY e.event_time, e.id LIMIT @p1",
        "p0='urn:example:u', p1=100")]
    [InlineData(DatabaseKind.SqlServer, "EQ_uriValue=urn:example:u",
        "SELECT TOP (@p1) e.id, e.event_id, e.hash_id, e.body, e.record_time, e.capture_id, e.event_time FROM events e WHERE e.id IN (SELECT sr.event_key FROM event_sensor_reports sr WHERE sr.uri_value = @p0) ORDER BY e.event_time, e.id",
        "p0='urn:example:u', p1=100")]
    [InlineData(DatabaseKind.PostgreSql, "EXISTS_sensorElementList=",
        "SELECT e.id, e.event_id, e.hash_id, e.body, e.record_time, e.capture_id, e.event_time FROM events e WHERE EXISTS (SELECT 1 FROM event_sensor_elements se WHERE se.event_key = e.id) ORDER BY e.event_time, e.id LIMIT @p0",
        "p0=100")]
    [InlineData(DatabaseKind.Sqlite, "EXISTS_sensorElementList=",
        "SELECT e.id, e.event_id, e.hash_id, e.body, e.record_time, e.capture_id, e.event_time FROM events e WHERE EXISTS (SELECT 1 FROM event_sensor_elements se WHERE se.event_key = e.id) ORDER BY e.event_time, e.id LIMIT @p0",
        "p0=100")]
    [InlineData(DatabaseKind.SqlServer, "EXISTS_sensorElementList=",
        "SELECT TOP (@p0) e.id, e.event_id, e.hash_id, e.body, e.record_time, e.capture_id, e.event_time FROM events e WHERE EXISTS (SELECT 1 FROM event_sensor_elements se WHERE se.event_key = e.id) ORDER BY e.event_time, e.id",
        "p0=100")]
    [InlineData(DatabaseKind.PostgreSql, "GE_percRank=50",
        "SELECT e.id, e.event_id, e.hash_id, e.body, e.record_time, e.capture_id, e.event_time FROM events e WHERE e.id IN (SELECT sr.event_key FROM event_sensor_reports sr WHERE sr.perc_rank >= @p0) ORDER BY e.event_time, e.id LIMIT @p1",
        "p0=50d, p1=100")]
    [InlineData(DatabaseKind.Sqlite, "GE_percRank=50",
        "SELECT e.id, e.event_id, e.hash_id, e.body, e.record_time, e.capture_id, e.event_time FROM events e WHERE e.id IN (SELECT sr.event_key FROM event_sensor_reports sr WHERE sr.perc_rank >= @p0) ORDER BY e.event_time, e.id LIMIT @p1",
        "p0=50d, p1=100")]
    [InlineData(DatabaseKind.SqlServer, "GE_percRank=50",
        "SELECT TOP (@p1) e.id, e.event_id, e.hash_id, e.body, e.record_time, e.capture_id, e.event_time FROM events e WHERE e.id IN (SELECT sr.event_key FROM event_sensor_reports sr WHERE sr.perc_rank >= @p0) ORDER BY e.event_time, e.id",
        "p0=50d, p1=100")]
    [InlineData(DatabaseKind.PostgreSql, "GE_value_KEL=300",
        "SELECT e.id, e.event_id, e.hash_id, e.body, e.record_time, e.capture_id, e.event_time FROM events e WHERE e.id IN (SELECT sr.event_key FROM event_sensor_reports sr WHERE ((sr.uom = @p0 AND sr.value >= @p1) OR (sr.uom = @p2 AND sr.value >= @p3) OR (sr.uom = @p4 AND sr.value >= @p5))) ORDER BY e.event_time, e.id LIMIT @p6",
        "p0='KEL', p1=300d, p2='CEL', p3=26.850000000000023d, p4='FAH', p5=80.33000000000003d, p6=100")]
    [InlineData(DatabaseKind.Sqlite, "GE_value_KEL=300",
        "SELECT e.id, e.event_id, e.hash_id, e.body, e.record_time, e.capture_id, e.event_time FROM events e WHERE e.id IN (SELECT sr.event_key FROM event_sensor_reports sr WHERE ((sr.uom = @p0 AND sr.value >= @p1) OR (sr.uom = @p2 AND sr.value >= @p3) OR (sr.uom = @p4 AND sr.value >= @p5))) ORDER BY e.event_time, e.id LIMIT @p6",
        "p0='KEL', p1=300d, p2='CEL', p3=26.850000000000023d, p4='FAH', p5=80.33000000000003d, p6=100")]
    [InlineData(DatabaseKind.SqlServer, "GE_value_KEL=300",
        "SELECT TOP (@p6) e.id, e.event_id, e.hash_id, e.body, e.record_time, e.capture_id, e.event_time FROM events e WHERE e.id IN (SELECT sr.event_key FROM event_sensor_reports sr WHERE ((sr.uom = @p0 AND sr.value >= @p1) OR (sr.uom = @p2 AND sr.value >= @p3) OR (sr.uom = @p4 AND sr.value >= @p5))) ORDER BY e.event_time, e.id",
        "p0='KEL', p1=300d, p2='CEL', p3=26.850000000000023d, p4='FAH', p5=80.33000000000003d, p6=100")]
    [InlineData(DatabaseKind.PostgreSql, "EQ_value_CEL=20",
        "SELECT e.id, e.event_id, e.hash_id, e.body, e.record_time, e.capture_id, e.event_time FROM events e WHERE e.id IN (SELECT sr.event_key FROM event_sensor_reports sr WHERE ((sr.uom = @p0 AND sr.value = @p1) OR (sr.uom = @p2 AND sr.value >= @p3 AND sr.value <= @p4) OR (sr.uom = @p5 AND sr.value >= @p6 AND sr.value <= @p7))) ORDER BY e.event_time, e.id LIMIT @p8",
        "p0='CEL', p1=20d, p2='FAH', p3=67.99999993199998d, p4=68.00000006799999d, p5='KEL', p6=293.14999970685d, p7=293.15000029314996d, p8=100")]
    [InlineData(DatabaseKind.Sqlite, "EQ_value_CEL=20",
        "SELECT e.id, e.event_id, e.hash_id, e.body, e.record_time, e.capture_id, e.event_time FROM events e WHERE e.id IN (SELECT sr.event_key FROM event_sensor_reports sr WHERE ((sr.uom = @p0 AND sr.value = @p1) OR (sr.uom = @p2 AND sr.value >= @p3 AND sr.value <= @p4) OR (sr.uom = @p5 AND sr.value >= @p6 AND sr.value <= @p7))) ORDER BY e.event_time, e.id LIMIT @p8",
        "p0='CEL', p1=20d, p2='FAH', p3=67.99999993199998d, p4=68.00000006799999d, p5='KEL', p6=293.14999970685d, p7=293.15000029314996d, p8=100")]
    [InlineData(DatabaseKind.SqlServer, "EQ_value_CEL=20",
        "SELECT TOP (@p8) e.id, e.event_id, e.hash_id, e.body, e.record_time, e.capture_id, e.event_time FROM events e WHERE e.id IN (SELECT sr.event_key FROM event_sensor_reports sr WHERE ((sr.uom = @p0 AND sr.value = @p1) OR (sr.uom = @p2 AND sr.value >= @p3 AND sr.value <= @p4) OR (sr.uom = @p5 AND sr.value >= @p6 AND sr.value <= @p7))) ORDER BY e.event_time, e.id",
        "p0='CEL', p1=20d, p2='FAH', p3=67.99999993199998d, p4=68.00000006799999d, p5='KEL', p6=293.14999970685d, p7=293.15000029314996d, p8=100")]
    [InlineData(DatabaseKind.PostgreSql, "LT_maxValue_XYZ=9",
        "SELECT e.id, e.event_id, e.hash_id, e.body, e.record_time, e.capture_id, e.event_time FROM events e WHERE e.id IN (SELECT sr.event_key FROM event_sensor_reports sr WHERE (sr.uom = @p0 AND sr.max_value < @p1)) ORDER BY e.event_time, e.id LIMIT @p2",
        "p0='XYZ', p1=9d, p2=100")]
    [InlineData(DatabaseKind.Sqlite, "LT_maxValue_XYZ=9",
        "SELECT e.id, e.event_id, e.hash_id, e.body, e.record_time, e.capture_id, e.event_time FROM events e WHERE e.id IN (SELECT sr.event_key FROM event_sensor_reports sr WHERE (sr.uom = @p0 AND sr.max_value < @p1)) ORDER BY e.event_time, e.id LIMIT @p2",
        "p0='XYZ', p1=9d, p2=100")]
    [InlineData(DatabaseKind.SqlServer, "LT_maxValue_XYZ=9",
        "SELECT TOP (@p2) e.id, e.event_id, e.hash_id, e.body, e.record_time, e.capture_id, e.event_time FROM events e WHERE e.id IN (SELECT sr.event_key FROM event_sensor_reports sr WHERE (sr.uom = @p0 AND sr.max_value < @p1)) ORDER BY e.event_time, e.id",
        "p0='XYZ', p1=9d, p2=100")]
    [InlineData(DatabaseKind.PostgreSql, "GT_minValue_CEL=1&LE_meanValue_CEL=2&GE_sDev_CEL=3&LT_percValue_CEL=4",
        "SELECT e.id, e.event_id, e.hash_id, e.body, e.record_time, e.capture_id, e.event_time FROM events e WHERE e.id IN (SELECT sr.event_key FROM event_sensor_reports sr WHERE ((sr.uom = @p0 AND sr.min_value > @p1) OR (sr.uom = @p2 AND sr.min_value > @p3) OR (sr.uom = @p4 AND sr.min_value > @p5))) AND e.id IN (SELECT sr.event_key FROM event_sensor_reports sr WHERE ((sr.uom = @p6 AND sr.mean_value <= @p7) OR (sr.uom = @p8 AND sr.mean_value <= @p9) OR (sr.uom = @p10 AND sr.mean_value <= @p11))) AND e.id IN (SELECT sr.event_key FROM event_sensor_reports sr WHERE ((sr.uom = @p12 AND sr.sdev >= @p13) OR (sr.uom = @p14 AND sr.sdev >= @p15) OR (sr.uom = @p16 AND sr.sdev >= @p17))) AND e.id IN (SELECT sr.event_key FROM event_sensor_reports sr WHERE ((sr.uom = @p18 AND sr.perc_value < @p19) OR (sr.uom = @p20 AND sr.perc_value < @p21) OR (sr.uom = @p22 AND sr.perc_value < @p23))) ORDER BY e.event_time, e.id LIMIT @p24",
        "p0='CEL', p1=1d, p2='FAH', p3=33.79999999999999d, p4='KEL', p5=274.15d, p6='CEL', p7=2d, p8='FAH', p9=35.59999999999999d, p10='KEL', p11=275.15d, p12='CEL', p13=3d, p14='FAH', p15=37.399999999999984d, p16='KEL', p17=276.15d, p18='CEL', p19=4d, p20='FAH', p21=39.19999999999999d, p22='KEL', p23=277.15d, p24=100")]
    [InlineData(DatabaseKind.Sqlite, "GT_minValue_CEL=1&LE_meanValue_CEL=2&GE_sDev_CEL=3&LT_percValue_CEL=4",
        "SELECT e.id, e.event_id, e.hash_id, e.body, e.record_time, e.capture_id, e.event_time FROM events e WHERE e.id IN (SELECT sr.event_key FROM event_sensor_reports sr WHERE ((sr.uom = @p0 AND sr.min_value > @p1) OR (sr.uom = @p2 AND sr.min_value > @p3) OR (sr.uom = @p4 AND sr.min_value > @p5))) AND e.id IN (SELECT sr.event_key FROM event_sensor_reports sr WHERE ((sr.uom = @p6 AND sr.mean_value <= @p7) OR (sr.uom = @p8 AND sr.mean_value <= @p9) OR (sr.uom = @p10 AND sr.mean_value <= @p11))) AND e.id IN (SELECT sr.event_key FROM event_sensor_reports sr WHERE ((sr.uom = @p12 AND sr.sdev >= @p13) OR (sr.uom = @p14 AND sr.sdev >= @p15) OR (sr.uom = @p16 AND sr.sdev >= @p17))) AND e.id IN (SELECT sr.event_key FROM event_sensor_reports sr WHERE ((sr.uom = @p18 AND sr.perc_value < @p19) OR (sr.uom = @p20 AND sr.perc_value < @p21) OR (sr.uom = @p22 AND sr.perc_value < @p23))) ORDER BY e.event_time, e.id LIMIT @p24",
        "p0='CEL', p1=1d, p2='FAH', p3=33.79999999999999d, p4='KEL', p5=274.15d, p6='CEL', p7=2d, p8='FAH', p9=35.59999999999999d, p10='KEL', p11=275.15d, p12='CEL', p13=3d, p14='FAH', p15=37.399999999999984d, p16='KEL', p17=276.15d, p18='CEL', p19=4d, p20='FAH', p21=39.19999999999999d, p22='KEL', p23=277.15d, p24=100")]
    [InlineData(DatabaseKind.SqlServer, "GT_minValue_CEL=1&LE_meanValue_CEL=2&GE_sDev_CEL=3&LT_percValue_CEL=4",
        "SELECT TOP (@p24) e.id, e.event_id, e.hash_id, e.body, e.record_time, e.capture_id, e.event_time FROM events e WHERE e.id IN (SELECT sr.event_key FROM event_sensor_reports sr WHERE ((sr.uom = @p0 AND sr.min_value > @p1) OR (sr.uom = @p2 AND sr.min_value > @p3) OR (sr.uom = @p4 AND sr.min_value > @p5))) AND e.id IN (SELECT sr.event_key FROM event_sensor_reports sr WHERE ((sr.uom = @p6 AND sr.mean_value <= @p7) OR (sr.uom = @p8 AND sr.mean_value <= @p9) OR (sr.uom = @p10 AND sr.mean_value <= @p11))) AND e.id IN (SELECT sr.event_key FROM event_sensor_reports sr WHERE ((sr.uom = @p12 AND sr.sdev >= @p13) OR (sr.uom = @p14 AND sr.sdev >= @p15) OR (sr.uom = @p16 AND sr.sdev >= @p17))) AND e.id IN (SELECT sr.event_key FROM event_sensor_reports sr WHERE ((sr.uom = @p18 AND sr.perc_value < @p19) OR (sr.uom = @p20 AND sr.perc_value < @p21) OR (sr.uom = @p22 AND sr.perc_value < @p23))) ORDER BY e.event_time, e.id",
        "p0='CEL', p1=1d, p2='FAH', p3=33.79999999999999d, p4='KEL', p5=274.15d, p6='CEL', p7=2d, p8='FAH', p9=35.59999999999999d, p10='KEL', p11=275.15d, p12='CEL', p13=3d, p14='FAH', p15=37.399999999999984d, p16='KEL', p17=276.15d, p18='CEL', p19=4d, p20='FAH', p21=39.19999999999999d, p22='KEL', p23=277.15d, p24=100")]
    [InlineData(DatabaseKind.PostgreSql, "HASATTR_bizLocation=urn:epcglobal:cbv:mda#sst",
        "SELECT e.id, e.event_id, e.hash_id, e.body, e.record_time, e.capture_id, e.event_time FROM events e WHERE e.biz_location IN (SELECT a.element_key FROM vocabulary_attributes a WHERE a.attribute_id = @p0) ORDER BY e.event_time, e.id LIMIT @p1",
        "p0='urn:epcglobal:cbv:mda#sst', p1=100")]
    [InlineData(DatabaseKind.Sqlite, "HASATTR_bizLocation=urn:epcglobal:cbv:mda#sst",
        "SELECT e.id, e.event_id, e.hash_id, e.body, e.record_time, e.capture_id, e.event_time FROM events e WHERE e.biz_location IN (SELECT a.element_key FROM vocabulary_attributes a WHERE a.attribute_id = @p0) ORDER BY e.event_time, e.id LIMIT @p1",
        "p0='urn:epcglobal:cbv:mda#sst', p1=100")]
    [InlineData(DatabaseKind.SqlServer, "HASATTR_bizLocation=urn:epcglobal:cbv:mda#sst",
        "SELECT TOP (@p1) e.id, e.event_id, e.hash_id, e.body, e.record_time, e.capture_id, e.event_time FROM events e WHERE e.biz_location IN (SELECT a.element_key FROM vocabulary_attributes a WHERE a.attribute_id = @p0) ORDER BY e.event_time, e.id",
        "p0='urn:epcglobal:cbv:mda#sst', p1=100")]
    [InlineData(DatabaseKind.PostgreSql, "EQATTR_readPoint_urn:epcglobal:cbv:mda#sst=201|202",
        "SELECT e.id, e.event_id, e.hash_id, e.body, e.record_time, e.capture_id, e.event_time FROM events e WHERE e.read_point IN (SELECT a.element_key FROM vocabulary_attributes a WHERE a.attribute_id = @p0 AND a.value IN (@p1, @p2)) ORDER BY e.event_time, e.id LIMIT @p3",
        "p0='urn:epcglobal:cbv:mda#sst', p1='201', p2='202', p3=100")]
    [InlineData(DatabaseKind.Sqlite, "EQATTR_readPoint_urn:epcglobal:cbv:mda#sst=201|202",
        "SELECT e.id, e.event_id, e.hash_id, e.body, e.record_time, e.capture_id, e.event_time FROM events e WHERE e.read_point IN (SELECT a.element_key FROM vocabulary_attributes a WHERE a.attribute_id = @p0 AND a.value IN (@p1, @p2)) ORDER BY e.event_time, e.id LIMIT @p3",
        "p0='urn:epcglobal:cbv:mda#sst', p1='201', p2='202', p3=100")]
    [InlineData(DatabaseKind.SqlServer, "EQATTR_readPoint_urn:epcglobal:cbv:mda#sst=201|202",
        "SELECT TOP (@p3) e.id, e.event_id, e.hash_id, e.body, e.record_time, e.capture_id, e.event_time FROM events e WHERE e.read_point IN (SELECT a.element_key FROM vocabulary_attributes a WHERE a.attribute_id = @p0 AND a.value IN (@p1, @p2)) ORDER BY e.event_time, e.id",
        "p0='urn:epcglobal:cbv:mda#sst', p1='201', p2='202', p3=100")]
    [InlineData(DatabaseKind.PostgreSql, "EQ_example:myField=abc",
        "SELECT e.id, e.event_id, e.hash_id, e.body, e.record_time, e.capture_id, e.event_time FROM events e WHERE e.id IN (SELECT f.event_key FROM event_fields f WHERE f.namespace = @p0 AND f.local_name = @p1 AND f.scope = 'extension' AND f.depth = 0 AND f.text_value = @p2) ORDER BY e.event_time, e.id LIMIT @p3",
        "p0='https://ns.example.com/epcis/', p1='myField', p2='abc', p3=100")]
    [InlineData(DatabaseKind.Sqlite, "EQ_example:myField=abc",
        "SELECT e.id, e.event_id, e.hash_id, e.body, e.record_time, e.capture_id, e.event_time FROM events e WHERE e.id IN (SELECT f.event_key FROM event_fields f WHERE f.namespace = @p0 AND f.local_name = @p1 AND f.scope = 'extension' AND f.depth = 0 AND f.text_value = @p2) ORDER BY e.event_time, e.id LIMIT @p3",
        "p0='https://ns.example.com/epcis/', p1='myField', p2='abc', p3=100")]
    [InlineData(DatabaseKind.SqlServer, "EQ_example:myField=abc",
        "SELECT TOP (@p3) e.id, e.event_id, e.hash_id, e.body, e.record_time, e.capture_id, e.event_time FROM events e WHERE e.id IN (SELECT f.event_key FROM event_fields f WHERE f.namespace = @p0 AND f.local_name = @p1 AND f.scope = 'extension' AND f.depth = 0 AND f.text_value = @p2) ORDER BY e.event_time, e.id",
        "p0='https://ns.example.com/epcis/', p1='myField', p2='abc', p3=100")]
    [InlineData(DatabaseKind.PostgreSql, "GT_example:temp=21.5",
        "SELECT e.id, e.event_id, e.hash_id, e.body, e.record_time, e.capture_id, e.event_time FROM events e WHERE e.id IN (SELECT f.event_key FROM event_fields f WHERE f.namespace = @p0 AND f.local_name = @p1 AND f.scope = 'extension' AND f.depth = 0 AND f.numeric_value > @p2) ORDER BY e.event_time, e.id LIMIT @p3",
        "p0='https://ns.example.com/epcis/', p1='temp', p2=21.5d, p3=100")]
    [InlineData(DatabaseKind.Sqlite, "GT_example:temp=21.5",
        "SELECT e.id, e.event_id, e.hash_id, e.body, e.record_time, e.capture_id, e.event_time FROM events e WHERE e.id IN (SELECT f.event_key FROM event_fields f WHERE f.namespace = @p0 AND f.local_name = @p1 AND f.scope = 'extension' AND f.depth = 0 AND f.numeric_value > @p2) ORDER BY e.event_time, e.id LIMIT @p3",
        "p0='https://ns.example.com/epcis/', p1='temp', p2=21.5d, p3=100")]
    [InlineData(DatabaseKind.SqlServer, "GT_example:temp=21.5",
        "SELECT TOP (@p3) e.id, e.event_id, e.hash_id, e.body, e.record_time, e.capture_id, e.event_time FROM events e WHERE e.id IN (SELECT f.event_key FROM event_fields f WHERE f.namespace = @p0 AND f.local_name = @p1 AND f.scope = 'extension' AND f.depth = 0 AND f.numeric_value > @p2) ORDER BY e.event_time, e.id",
        "p0='https://ns.example.com/epcis/', p1='temp', p2=21.5d, p3=100")]
    [InlineData(DatabaseKind.PostgreSql, "LE_example:when=2024-01-01T00:00:00Z",
        "SELECT e.id, e.event_id, e.hash_id, e.body, e.record_time, e.capture_id, e.event_time FROM events e WHERE e.id IN (SELECT f.event_key FROM event_fields f WHERE f.namespace = @p0 AND f.local_name = @p1 AND f.scope = 'extension' AND f.depth = 0 AND f.time_value <= @p2) ORDER BY e.event_time, e.id LIMIT @p3",
        "p0='https://ns.example.com/epcis/', p1='when', p2=2024-01-01T00:00:00.0000000+00:00, p3=100")]
    [InlineData(DatabaseKind.Sqlite, "LE_example:when=2024-01-01T00:00:00Z",
        "SELECT e.id, e.event_id, e.hash_id, e.body, e.record_time, e.capture_id, e.event_time FROM events e WHERE e.id IN (SELECT f.event_key FROM event_fields f WHERE f.namespace = @p0 AND f.local_name = @p1 AND f.scope = 'extension' AND f.depth = 0 AND f.time_value <= @p2) ORDER BY e.event_time, e.id LIMIT @p3",
        "p0='https://ns.example.com/epcis/', p1='when', p2=1704067200000000L, p3=100")]
    [InlineData(DatabaseKind.SqlServer, "LE_example:when=2024-01-01T00:00:00Z",
        "SELECT TOP (@p3) e.id, e.event_id, e.hash_id, e.body, e.record_time, e.capture_id, e.event_time FROM events e WHERE e.id IN (SELECT f.event_key FROM event_fields f WHERE f.namespace = @p0 AND f.local_name = @p1 AND f.scope = 'extension' AND f.depth = 0 AND f.time_value <= @p2) ORDER BY e.event_time, e.id",
        "p0='https://ns.example.com/epcis/', p1='when', p2=2024-01-01T00:00:00.0000000+00:00, p3=100")]
    [InlineData(DatabaseKind.PostgreSql, "EXISTS_INNER_ILMD_example:lot=",
        "SELECT e.id, e.event_id, e.hash_id, e.body, e.record_time, e.capture_id, e.event_time FROM events e WHERE e.id IN (SELECT f.event_key FROM event_fields f WHERE f.namespace = @p0 AND f.local_name = @p1 AND f.scope = 'ilmd' AND f.depth > 0) ORDER BY e.event_time, e.id LIMIT @p2",
        "p0='https://ns.example.com/epcis/', p1='lot', p2=100")]
    [InlineData(DatabaseKind.Sqlite, "EXISTS_INNER_ILMD_example:lot=",
        "SELECT e.id, e.event_id, e.hash_id, e.body, e.record_time, e.capture_id, e.event_time FROM events e WHERE e.id IN (SELECT f.event_key FROM event_fields f WHERE f.namespace = @p0 AND f.local_name = @p1 AND f.scope = 'ilmd' AND f.depth > 0) ORDER BY e.event_time, e.id LIMIT @p2",
        "p0='https://ns.example.com/epcis/', p1='lot', p2=100")]
    [InlineData(DatabaseKind.SqlServer, "EXISTS_INNER_ILMD_example:lot=",
        "SELECT TOP (@p2) e.id, e.event_id, e.hash_id, e.body, e.record_time, e.capture_id, e.event_time FROM events e WHERE e.id IN (SELECT f.event_key FROM event_fields f WHERE f.namespace = @p0 AND f.local_name = @p1 AND f.scope = 'ilmd' AND f.depth > 0) ORDER BY e.event_time, e.id",
        "p0='https://ns.example.com/epcis/', p1='lot', p2=100")]
    [InlineData(DatabaseKind.PostgreSql, "EQ_ERROR_DECLARATION_example:why=x",
        "SELECT e.id, e.event_id, e.hash_id, e.body, e.record_time, e.capture_id, e.event_time FROM events e WHERE e.id IN (SELECT f.event_key FROM event_fields f WHERE f.namespace = @p0 AND f.local_name = @p1 AND f.scope = 'error_declaration' AND f.depth = 0 AND f.text_value = @p2) ORDER BY e.event_time, e.id LIMIT @p3",
        "p0='https://ns.example.com/epcis/', p1='why', p2='x', p3=100")]
    [InlineData(DatabaseKind.Sqlite, "EQ_ERROR_DECLARATION_example:why=x",
        "SELECT e.id, e.event_id, e.hash_id, e.body, e.record_time, e.capture_id, e.event_time FROM events e WHERE e.id IN (SELECT f.event_key FROM event_fields f WHERE f.namespace = @p0 AND f.local_name = @p1 AND f.scope = 'error_declaration' AND f.depth = 0 AND f.text_value = @p2) ORDER BY e.event_time, e.id LIMIT @p3",
        "p0='https://ns.example.com/epcis/', p1='why', p2='x', p3=100")]
    [InlineData(DatabaseKind.SqlServer, "EQ_ERROR_DECLARATION_example:why=x",
        "SELECT TOP (@p3) e.id, e.event_id, e.hash_id, e.body, e.record_time, e.capture_id, e.event_time FROM events e WHERE e.id IN (SELECT f.event_key FROM event_fields f WHERE f.namespace = @p0 AND f.local_name = @p1 AND f.scope = 'error_declaration' AND f.depth = 0 AND f.text_value = @p2) ORDER BY e.event_time, e.id",
        "p0='https://ns.example.com/epcis/', p1='why', p2='x', p3=100")]
    [InlineData(DatabaseKind.PostgreSql, "EQ_SENSORREPORT_example:c=5",
        "SELECT e.id, e.event_id, e.hash_id, e.body, e.record_time, e.capture_id, e.event_time FROM events e WHERE e.id IN (SELECT f.event_key FROM event_fields f WHERE f.namespace = @p0 AND f.local_name = @p1 AND f.scope = 'sensor_report' AND f.depth = 0 AND f.numeric_value = @p2) ORDER BY e.event_time, e.id LIMIT @p3",
        "p0='https://ns.example.com/epcis/', p1='c', p2=5d, p3=100")]
    [InlineData(DatabaseKind.Sqlite, "EQ_SENSORREPORT_example:c=5",
        "SELECT e.id, e.event_id, e.hash_id, e.body, e.record_time, e.capture_id, e.event_time FROM events e WHERE e.id IN (SELECT f.event_key FROM event_fields f WHERE f.namespace = @p0 AND f.local_name = @p1 AND f.scope = 'sensor_report' AND f.depth = 0 AND f.numeric_value = @p2) ORDER BY e.event_time, e.id LIMIT @p3",
        "p0='https://ns.example.com/epcis/', p1='c', p2=5d, p3=100")]
    [InlineData(DatabaseKind.SqlServer, "EQ_SENSORREPORT_example:c=5",
        "SELECT TOP (@p3) e.id, e.event_id, e.hash_id, e.body, e.record_time, e.capture_id, e.event_time FROM events e WHERE e.id IN (SELECT f.event_key FROM event_fields f WHERE f.namespace = @p0 AND f.local_name = @p1 AND f.scope = 'sensor_report' AND f.depth = 0 AND f.numeric_value = @p2) ORDER BY e.event_time, e.id",
        "p0='https://ns.example.com/epcis/', p1='c', p2=5d, p3=100")]
    [InlineData(DatabaseKind.PostgreSql, "orderBy=recordTime&orderDirection=DESC&eventCountLimit=10",
        "SELECT e.id, e.event_id, e.hash_id, e.body, e.record_time, e.capture_id, e.event_time FROM events e ORDER BY e.record_time DESC, e.id DESC LIMIT @p0",
        "p0=100")]
    [InlineData(DatabaseKind.Sqlite, "orderBy=recordTime&orderDirection=DESC&eventCountLimit=10",
        "SELECT e.id, e.event_id, e.hash_id, e.body, e.record_time, e.capture_id, e.event_time FROM events e ORDER BY e.record_time DESC, e.id DESC LIMIT @p0",
        "p0=100")]
    [InlineData(DatabaseKind.SqlServer, "orderBy=recordTime&orderDirection=DESC&eventCountLimit=10",
        "SELECT TOP (@p0) e.id, e.event_id, e.hash_id, e.body, e.record_time, e.capture_id, e.event_time FROM events e ORDER BY e.record_time DESC, e.id DESC",
        "p0=100")]
    [InlineData(DatabaseKind.PostgreSql, "HASATTR_bizStep=urn:example:mda#flag",
        "SELECT e.id, e.event_id, e.hash_id, e.body, e.record_time, e.capture_id, e.event_time FROM events e WHERE e.biz_step IN (SELECT a.element_key FROM vocabulary_attributes a WHERE a.attribute_id = @p0) ORDER BY e.event_time, e.id LIMIT @p1",
        "p0='urn:example:mda#flag', p1=100")]
    [InlineData(DatabaseKind.Sqlite, "HASATTR_bizStep=urn:example:mda#flag",
        "SELECT e.id, e.event_id, e.hash_id, e.body, e.record_time, e.capture_id, e.event_time FROM events e WHERE e.biz_step IN (SELECT a.element_key FROM vocabulary_attributes a WHERE a.attribute_id = @p0) ORDER BY e.event_time, e.id LIMIT @p1",
        "p0='urn:example:mda#flag', p1=100")]
    [InlineData(DatabaseKind.SqlServer, "HASATTR_bizStep=urn:example:mda#flag",
        "SELECT TOP (@p1) e.id, e.event_id, e.hash_id, e.body, e.record_time, e.capture_id, e.event_time FROM events e WHERE e.biz_step IN (SELECT a.element_key FROM vocabulary_attributes a WHERE a.attribute_id = @p0) ORDER BY e.event_time, e.id",
        "p0='urn:example:mda#flag', p1=100")]
    [InlineData(DatabaseKind.PostgreSql, "EQATTR_disposition_urn:example:mda#flag=moving",
        "SELECT e.id, e.event_id, e.hash_id, e.body, e.record_time, e.capture_id, e.event_time FROM events e WHERE e.disposition IN (SELECT a.element_key FROM vocabulary_attributes a WHERE a.attribute_id = @p0 AND a.value = @p1) ORDER BY e.event_time, e.id LIMIT @p2",
        "p0='urn:example:mda#flag', p1='moving', p2=100")]
    [InlineData(DatabaseKind.Sqlite, "EQATTR_disposition_urn:example:mda#flag=moving",
        "SELECT e.id, e.event_id, e.hash_id, e.body, e.record_time, e.capture_id, e.event_time FROM events e WHERE e.disposition IN (SELECT a.element_key FROM vocabulary_attributes a WHERE a.attribute_id = @p0 AND a.value = @p1) ORDER BY e.event_time, e.id LIMIT @p2",
        "p0='urn:example:mda#flag', p1='moving', p2=100")]
    [InlineData(DatabaseKind.SqlServer, "EQATTR_disposition_urn:example:mda#flag=moving",
        "SELECT TOP (@p2) e.id, e.event_id, e.hash_id, e.body, e.record_time, e.capture_id, e.event_time FROM events e WHERE e.disposition IN (SELECT a.element_key FROM vocabulary_attributes a WHERE a.attribute_id = @p0 AND a.value = @p1) ORDER BY e.event_time, e.id",
        "p0='urn:example:mda#flag', p1='moving', p2=100")]
    [InlineData(DatabaseKind.PostgreSql, "HASATTR_epcClass=urn:example:mda#grade",
        "SELECT e.id, e.event_id, e.hash_id, e.body, e.record_time, e.capture_id, e.event_time FROM events e WHERE e.id IN (SELECT i.event_key FROM event_identifiers i WHERE i.role IN ('class', 'child_class', 'input_class', 'output_class') AND i.value IN (SELECT a.element_key FROM vocabulary_attributes a WHERE a.attribute_id = @p0)) ORDER BY e.event_time, e.id LIMIT @p1",
        "p0='urn:example:mda#grade', p1=100")]
    [InlineData(DatabaseKind.Sqlite, "HASATTR_epcClass=urn:example:mda#grade",
        "SELECT e.id, e.event_id, e.hash_id, e.body, e.record_time, e.capture_id, e.event_time FROM events e WHERE e.id IN (SELECT i.event_key FROM event_identifiers i WHERE i.role IN ('class', 'child_class', 'input_class', 'output_class') AND i.value IN (SELECT a.element_key FROM vocabulary_attributes a WHERE a.attribute_id = @p0)) ORDER BY e.event_time, e.id LIMIT @p1",
        "p0='urn:example:mda#grade', p1=100")]
    [InlineData(DatabaseKind.SqlServer, "HASATTR_epcClass=urn:example:mda#grade",
        "SELECT TOP (@p1) e.id, e.event_id, e.hash_id, e.body, e.record_time, e.capture_id, e.event_time FROM events e WHERE e.id IN (SELECT i.event_key FROM event_identifiers i WHERE i.role IN ('class', 'child_class', 'input_class', 'output_class') AND i.value IN (SELECT a.element_key FROM vocabulary_attributes a WHERE a.attribute_id = @p0)) ORDER BY e.event_time, e.id",
        "p0='urn:example:mda#grade', p1=100")]
    [InlineData(DatabaseKind.PostgreSql, "EQ_ATTR_bizTransaction_urn:example:mda#status=open",
        "SELECT e.id, e.event_id, e.hash_id, e.body, e.record_time, e.capture_id, e.event_time FROM events e WHERE e.id IN (SELECT bt.event_key FROM event_biz_transactions bt WHERE bt.value IN (SELECT a.element_key FROM vocabulary_attributes a WHERE a.attribute_id = @p0 AND a.value = @p1)) ORDER BY e.event_time, e.id LIMIT @p2",
        "p0='urn:example:mda#status', p1='open', p2=100")]
    [InlineData(DatabaseKind.Sqlite, "EQ_ATTR_bizTransaction_urn:example:mda#status=open",
        "SELECT e.id, e.event_id, e.hash_id, e.body, e.record_time, e.capture_id, e.event_time FROM events e WHERE e.id IN (SELECT bt.event_key FROM event_biz_transactions bt WHERE bt.value IN (SELECT a.element_key FROM vocabulary_attributes a WHERE a.attribute_id = @p0 AND a.value = @p1)) ORDER BY e.event_time, e.id LIMIT @p2",
        "p0='urn:example:mda#status', p1='open', p2=100")]
    [InlineData(DatabaseKind.SqlServer, "EQ_ATTR_bizTransaction_urn:example:mda#status=open",
        "SELECT TOP (@p2) e.id, e.event_id, e.hash_id, e.body, e.record_time, e.capture_id, e.event_time FROM events e WHERE e.id IN (SELECT bt.event_key FROM event_biz_transactions bt WHERE bt.value IN (SELECT a.element_key FROM vocabulary_attributes a WHERE a.attribute_id = @p0 AND a.value = @p1)) ORDER BY e.event_time, e.id",
        "p0='urn:example:mda#status', p1='open', p2=100")]
    [InlineData(DatabaseKind.PostgreSql, "HASATTR_bizTransactionType=urn:example:mda#doc",
        "SELECT e.id, e.event_id, e.hash_id, e.body, e.record_time, e.capture_id, e.event_time FROM events e WHERE e.id IN (SELECT bt.event_key FROM event_biz_transactions bt WHERE bt.type IN (SELECT a.element_key FROM vocabulary_attributes a WHERE a.attribute_id = @p0)) ORDER BY e.event_time, e.id LIMIT @p1",
        "p0='urn:example:mda#doc', p1=100")]
    [InlineData(DatabaseKind.Sqlite, "HASATTR_bizTransactionType=urn:example:mda#doc",
        "SELECT e.id, e.event_id, e.hash_id, e.body, e.record_time, e.capture_id, e.event_time FROM events e WHERE e.id IN (SELECT bt.event_key FROM event_biz_transactions bt WHERE bt.type IN (SELECT a.element_key FROM vocabulary_attributes a WHERE a.attribute_id = @p0)) ORDER BY e.event_time, e.id LIMIT @p1",
        "p0='urn:example:mda#doc', p1=100")]
    [InlineData(DatabaseKind.SqlServer, "HASATTR_bizTransactionType=urn:example:mda#doc",
        "SELECT TOP (@p1) e.id, e.event_id, e.hash_id, e.body, e.record_time, e.capture_id, e.event_time FROM events e WHERE e.id IN (SELECT bt.event_key FROM event_biz_transactions bt WHERE bt.type IN (SELECT a.element_key FROM vocabulary_attributes a WHERE a.attribute_id = @p0)) ORDER BY e.event_time, e.id",
        "p0='urn:example:mda#doc', p1=100")]
    [InlineData(DatabaseKind.PostgreSql, "EQATTR_source_urn:example:mda#role=owner|depot",
        "SELECT e.id, e.event_id, e.hash_id, e.body, e.record_time, e.capture_id, e.event_time FROM events e WHERE e.id IN (SELECT sd.event_key FROM event_sources_destinations sd WHERE sd.kind = 'source' AND sd.value IN (SELECT a.element_key FROM vocabulary_attributes a WHERE a.attribute_id = @p0 AND a.value IN (@p1, @p2))) ORDER BY e.event_time, e.id LIMIT @p3",
        "p0='urn:example:mda#role', p1='owner', p2='depot', p3=100")]
    [InlineData(DatabaseKind.Sqlite, "EQATTR_source_urn:example:mda#role=owner|depot",
        "SELECT e.id, e.event_id, e.hash_id, e.body, e.record_time, e.capture_id, e.event_time FROM events e WHERE e.id IN (SELECT sd.event_key FROM event_sources_destinations sd WHERE sd.kind = 'source' AND sd.value IN (SELECT a.element_key FROM vocabulary_attributes a WHERE a.attribute_id = @p0 AND a.value IN (@p1, @p2))) ORDER BY e.event_time, e.id LIMIT @p3",
        "p0='urn:example:mda#role', p1='owner', p2='depot', p3=100")]
    [InlineData(DatabaseKind.SqlServer, "EQATTR_source_urn:example:mda#role=owner|depot",
        "SELECT TOP (@p3) e.id, e.event_id, e.hash_id, e.body, e.record_time, e.capture_id, e.event_time FROM events e WHERE e.id IN (SELECT sd.event_key FROM event_sources_destinations sd WHERE sd.kind = 'source' AND sd.value IN (SELECT a.element_key FROM vocabulary_attributes a WHERE a.attribute_id = @p0 AND a.value IN (@p1, @p2))) ORDER BY e.event_time, e.id",
        "p0='urn:example:mda#role', p1='owner', p2='depot', p3=100")]
    [InlineData(DatabaseKind.PostgreSql, "HASATTR_destinationType=urn:example:mda#kind",
        "SELECT e.id, e.event_id, e.hash_id, e.body, e.record_time, e.capture_id, e.event_time FROM events e WHERE e.id IN (SELECT sd.event_key FROM event_sources_destinations sd WHERE sd.kind = 'destination' AND sd.type IN (SELECT a.element_key FROM vocabulary_attributes a WHERE a.attribute_id = @p0)) ORDER BY e.event_time, e.id LIMIT @p1",
        "p0='urn:example:mda#kind', p1=100")]
    [InlineData(DatabaseKind.Sqlite, "HASATTR_destinationType=urn:example:mda#kind",
        "SELECT e.id, e.event_id, e.hash_id, e.body, e.record_time, e.capture_id, e.event_time FROM events e WHERE e.id IN (SELECT sd.event_key FROM event_sources_destinations sd WHERE sd.kind = 'destination' AND sd.type IN (SELECT a.element_key FROM vocabulary_attributes a WHERE a.attribute_id = @p0)) ORDER BY e.event_time, e.id LIMIT @p1",
        "p0='urn:example:mda#kind', p1=100")]
    [InlineData(DatabaseKind.SqlServer, "HASATTR_destinationType=urn:example:mda#kind",
        "SELECT TOP (@p1) e.id, e.event_id, e.hash_id, e.body, e.record_time, e.capture_id, e.event_time FROM events e WHERE e.id IN (SELECT sd.event_key FROM event_sources_destinations sd WHERE sd.kind = 'destination' AND sd.type IN (SELECT a.element_key FROM vocabulary_attributes a WHERE a.attribute_id = @p0)) ORDER BY e.event_time, e.id",
        "p0='urn:example:mda#kind', p1=100")]
    [InlineData(DatabaseKind.PostgreSql, "EQATTR_example:site_urn:example:mda#region=north",
        "SELECT e.id, e.event_id, e.hash_id, e.body, e.record_time, e.capture_id, e.event_time FROM events e WHERE e.id IN (SELECT f.event_key FROM event_fields f WHERE f.namespace = @p0 AND f.local_name = @p1 AND f.scope = 'extension' AND f.depth = 0 AND f.text_value IN (SELECT a.element_key FROM vocabulary_attributes a WHERE a.attribute_id = @p2 AND a.value = @p3)) ORDER BY e.event_time, e.id LIMIT @p4",
        "p0='https://ns.example.com/epcis/', p1='site', p2='urn:example:mda#region', p3='north', p4=100")]
    [InlineData(DatabaseKind.Sqlite, "EQATTR_example:site_urn:example:mda#region=north",
        "SELECT e.id, e.event_id, e.hash_id, e.body, e.record_time, e.capture_id, e.event_time FROM events e WHERE e.id IN (SELECT f.event_key FROM event_fields f WHERE f.namespace = @p0 AND f.local_name = @p1 AND f.scope = 'extension' AND f.depth = 0 AND f.text_value IN (SELECT a.element_key FROM vocabulary_attributes a WHERE a.attribute_id = @p2 AND a.value = @p3)) ORDER BY e.event_time, e.id LIMIT @p4",
        "p0='https://ns.example.com/epcis/', p1='site', p2='urn:example:mda#region', p3='north', p4=100")]
    [InlineData(DatabaseKind.SqlServer, "EQATTR_example:site_urn:example:mda#region=north",
        "SELECT TOP (@p4) e.id, e.event_id, e.hash_id, e.body, e.record_time, e.capture_id, e.event_time FROM events e WHERE e.id IN (SELECT f.event_key FROM event_fields f WHERE f.namespace = @p0 AND f.local_name = @p1 AND f.scope = 'extension' AND f.depth = 0 AND f.text_value IN (SELECT a.element_key FROM vocabulary_attributes a WHERE a.attribute_id = @p2 AND a.value = @p3)) ORDER BY e.event_time, e.id",
        "p0='https://ns.example.com/epcis/', p1='site', p2='urn:example:mda#region', p3='north', p4=100")]
    [InlineData(DatabaseKind.PostgreSql, "orderBy=example:temp&orderDirection=ASC&eventCountLimit=10",
        "SELECT e.id, e.event_id, e.hash_id, e.body, e.record_time, e.capture_id, e.event_time, o.v FROM events e LEFT JOIN (SELECT f.event_key, MIN(f.numeric_value) AS v FROM event_fields f WHERE f.namespace = @p0 AND f.local_name = @p1 AND f.scope = 'extension' AND f.depth = 0 AND f.numeric_value IS NOT NULL GROUP BY f.event_key) o ON o.event_key = e.id ORDER BY CASE WHEN o.v IS NULL THEN 1 ELSE 0 END, o.v, e.id LIMIT @p2",
        "p0='https://ns.example.com/epcis/', p1='temp', p2=100")]
    [InlineData(DatabaseKind.Sqlite, "orderBy=example:temp&orderDirection=ASC&eventCountLimit=10",
        "SELECT e.id, e.event_id, e.hash_id, e.body, e.record_time, e.capture_id, e.event_time, o.v FROM events e LEFT JOIN (SELECT f.event_key, MIN(f.numeric_value) AS v FROM event_fields f WHERE f.namespace = @p0 AND f.local_name = @p1 AND f.scope = 'extension' AND f.depth = 0 AND f.numeric_value IS NOT NULL GROUP BY f.event_key) o ON o.event_key = e.id ORDER BY CASE WHEN o.v IS NULL THEN 1 ELSE 0 END, o.v, e.id LIMIT @p2",
        "p0='https://ns.example.com/epcis/', p1='temp', p2=100")]
    [InlineData(DatabaseKind.SqlServer, "orderBy=example:temp&orderDirection=ASC&eventCountLimit=10",
        "SELECT TOP (@p2) e.id, e.event_id, e.hash_id, e.body, e.record_time, e.capture_id, e.event_time, o.v FROM events e LEFT JOIN (SELECT f.event_key, MIN(f.numeric_value) AS v FROM event_fields f WHERE f.namespace = @p0 AND f.local_name = @p1 AND f.scope = 'extension' AND f.depth = 0 AND f.numeric_value IS NOT NULL GROUP BY f.event_key) o ON o.event_key = e.id ORDER BY CASE WHEN o.v IS NULL THEN 1 ELSE 0 END, o.v, e.id",
        "p0='https://ns.example.com/epcis/', p1='temp', p2=100")]
    [InlineData(DatabaseKind.PostgreSql, "orderBy=example:when&EQ_bizStep=shipping",
        "SELECT e.id, e.event_id, e.hash_id, e.body, e.record_time, e.capture_id, e.event_time, o.v FROM events e LEFT JOIN (SELECT f.event_key, MIN(f.numeric_value) AS v FROM event_fields f WHERE f.namespace = @p1 AND f.local_name = @p2 AND f.scope = 'extension' AND f.depth = 0 AND f.numeric_value IS NOT NULL GROUP BY f.event_key) o ON o.event_key = e.id WHERE e.biz_step = @p0 ORDER BY CASE WHEN o.v IS NULL THEN 1 ELSE 0 END, o.v DESC, e.id DESC LIMIT @p3",
        "p0='shipping', p1='https://ns.example.com/epcis/', p2='when', p3=100")]
    [InlineData(DatabaseKind.Sqlite, "orderBy=example:when&EQ_bizStep=shipping",
        "SELECT e.id, e.event_id, e.hash_id, e.body, e.record_time, e.capture_id, e.event_time, o.v FROM events e LEFT JOIN (SELECT f.event_key, MIN(f.numeric_value) AS v FROM event_fields f WHERE f.namespace = @p1 AND f.local_name = @p2 AND f.scope = 'extension' AND f.depth = 0 AND f.numeric_value IS NOT NULL GROUP BY f.event_key) o ON o.event_key = e.id WHERE e.biz_step = @p0 ORDER BY CASE WHEN o.v IS NULL THEN 1 ELSE 0 END, o.v DESC, e.id DESC LIMIT @p3",
        "p0='shipping', p1='https://ns.example.com/epcis/', p2='when', p3=100")]
    [InlineData(DatabaseKind.SqlServer, "orderBy=example:when&EQ_bizStep=shipping",
        "SELECT TOP (@p3) e.id, e.event_id, e.hash_id, e.body, e.record_time, e.capture_id, e.event_time, o.v FROM events e LEFT JOIN (SELECT f.event_key, MIN(f.numeric_value) AS v FROM event_fields f WHERE f.namespace = @p1 AND f.local_name = @p2 AND f.scope = 'extension' AND f.depth = 0 AND f.numeric_value IS NOT NULL GROUP BY f.event_key) o ON o.event_key = e.id WHERE e.biz_step = @p0 ORDER BY CASE WHEN o.v IS NULL THEN 1 ELSE 0 END, o.v DESC, e.id DESC",
        "p0='shipping', p1='https://ns.example.com/epcis/', p2='when', p3=100")]
    public void Every_family_renders_its_golden_SQL(DatabaseKind kind, string query, string expectedSql, string expectedParameters)
    {
        var statement = new EventQueryTranslator(SqlDialect.For(kind)).Page(EventQueryParserTests.Parse(query, Prefixes), null, 100);
        Assert.Equal(expectedSql, statement.Text);
        Assert.Equal(expectedParameters, string.Join(", ", statement.Parameters.Select(p => p.Key + "=" + Show(p.Value))));
    }

    [Theory]
    [InlineData(DatabaseKind.Sqlite, "SELECT e.id, e.event_id, e.hash_id, e.body, e.record_time, e.capture_id, e.event_time FROM events e WHERE e.biz_step = @p0 AND (e.event_time, e.id) > (@p1, @p2) ORDER BY e.event_time, e.id LIMIT @p3")]
    [InlineData(DatabaseKind.PostgreSql, "SELECT e.id, e.event_id, e.hash_id, e.body, e.record_time, e.capture_id, e.event_time FROM events e WHERE e.biz_step = @p0 AND (e.event_time, e.id) > (@p1, @p2) ORDER BY e.event_time, e.id LIMIT @p3")]
    [InlineData(DatabaseKind.SqlServer, "SELECT TOP (@p3) e.id, e.event_id, e.hash_id, e.body, e.record_time, e.capture_id, e.event_time FROM events e WHERE e.biz_step = @p0 AND (e.event_time > @p1 OR (e.event_time = @p1 AND e.id > @p2)) ORDER BY e.event_time, e.id")]
    public void A_next_page_resumes_after_the_keyset_position(DatabaseKind kind, string expectedSql)
    {
        var position = new QueryPosition(100, new DateTimeOffset(2024, 1, 1, 0, 0, 0, TimeSpan.Zero).UtcTicks, 42);
        var statement = new EventQueryTranslator(SqlDialect.For(kind)).Page(EventQueryParserTests.Parse("EQ_bizStep=shipping"), position, 100);
        Assert.Equal(expectedSql, statement.Text);
        Assert.Equal(42L, statement.Parameters[2].Value);
    }

    [Theory]
    [InlineData(DatabaseKind.Sqlite, "SELECT e.id, e.event_id, e.hash_id, e.body, e.record_time, e.capture_id, e.event_time FROM events e WHERE (e.event_time, e.id) < (@p0, @p1) ORDER BY e.event_time DESC, e.id DESC LIMIT @p2")]
    [InlineData(DatabaseKind.SqlServer, "SELECT TOP (@p2) e.id, e.event_id, e.hash_id, e.body, e.record_time, e.capture_id, e.event_time FROM events e WHERE (e.event_time < @p0 OR (e.event_time = @p0 AND e.id < @p1)) ORDER BY e.event_time DESC, e.id DESC")]
    public void A_descending_page_resumes_below_the_position(DatabaseKind kind, string expectedSql)
    {
        var statement = new EventQueryTranslator(SqlDialect.For(kind)).Page(EventQueryParserTests.Parse("orderBy=eventTime"), new QueryPosition(1, 0, 7), 10);
        Assert.Equal(expectedSql, statement.Text);
    }

    [Theory]
    [InlineData(DatabaseKind.PostgreSql, "orderBy=example:temp&orderDirection=ASC", FieldSortKind.Number, "4.5",
        "SELECT e.id, e.event_id, e.hash_id, e.body, e.record_time, e.capture_id, e.event_time, o.v FROM events e LEFT JOIN (SELECT f.event_key, MIN(f.numeric_value) AS v FROM event_fields f WHERE f.namespace = @p0 AND f.local_name = @p1 AND f.scope = 'extension' AND f.depth = 0 AND f.numeric_value IS NOT NULL GROUP BY f.event_key) o ON o.event_key = e.id WHERE (o.v > @p2 OR (o.v = @p2 AND e.id > @p3) OR o.v IS NULL) ORDER BY CASE WHEN o.v IS NULL THEN 1 ELSE 0 END, o.v, e.id LIMIT @p4",
        "p0='https://ns.example.com/epcis/', p1='temp', p2=4.5d, p3=42L, p4=100")]
    [InlineData(DatabaseKind.Sqlite, "orderBy=example:temp&orderDirection=ASC", FieldSortKind.Number, "4.5",
        "SELECT e.id, e.event_id, e.hash_id, e.body, e.record_time, e.capture_id, e.event_time, o.v FROM events e LEFT JOIN (SELECT f.event_key, MIN(f.numeric_value) AS v FROM event_fields f WHERE f.namespace = @p0 AND f.local_name = @p1 AND f.scope = 'extension' AND f.depth = 0 AND f.numeric_value IS NOT NULL GROUP BY f.event_key) o ON o.event_key = e.id WHERE (o.v > @p2 OR (o.v = @p2 AND e.id > @p3) OR o.v IS NULL) ORDER BY CASE WHEN o.v IS NULL THEN 1 ELSE 0 END, o.v, e.id LIMIT @p4",
        "p0='https://ns.example.com/epcis/', p1='temp', p2=4.5d, p3=42L, p4=100")]
    [InlineData(DatabaseKind.SqlServer, "orderBy=example:temp&orderDirection=ASC", FieldSortKind.Number, "4.5",
        "SELECT TOP (@p4) e.id, e.event_id, e.hash_id, e.body, e.record_time, e.capture_id, e.event_time, o.v FROM events e LEFT JOIN (SELECT f.event_key, MIN(f.numeric_value) AS v FROM event_fields f WHERE f.namespace = @p0 AND f.local_name = @p1 AND f.scope = 'extension' AND f.depth = 0 AND f.numeric_value IS NOT NULL GROUP BY f.event_key) o ON o.event_key = e.id WHERE (o.v > @p2 OR (o.v = @p2 AND e.id > @p3) OR o.v IS NULL) ORDER BY CASE WHEN o.v IS NULL THEN 1 ELSE 0 END, o.v, e.id",
        "p0='https://ns.example.com/epcis/', p1='temp', p2=4.5d, p3=42L, p4=100")]
    [InlineData(DatabaseKind.PostgreSql, "orderBy=example:when&EQ_bizStep=shipping", FieldSortKind.Time, "638501184000000000",
        "SELECT e.id, e.event_id, e.hash_id, e.body, e.record_time, e.capture_id, e.event_time, o.v FROM events e LEFT JOIN (SELECT f.event_key, MIN(f.time_value) AS v FROM event_fields f WHERE f.namespace = @p1 AND f.local_name = @p2 AND f.scope = 'extension' AND f.depth = 0 AND f.time_value IS NOT NULL GROUP BY f.event_key) o ON o.event_key = e.id WHERE e.biz_step = @p0 AND (o.v < @p3 OR (o.v = @p3 AND e.id < @p4) OR o.v IS NULL) ORDER BY CASE WHEN o.v IS NULL THEN 1 ELSE 0 END, o.v DESC, e.id DESC LIMIT @p5",
        "p0='shipping', p1='https://ns.example.com/epcis/', p2='when', p3=2024-05-01T00:00:00.0000000+00:00, p4=42L, p5=100")]
    [InlineData(DatabaseKind.Sqlite, "orderBy=example:when&EQ_bizStep=shipping", FieldSortKind.Time, "638501184000000000",
        "SELECT e.id, e.event_id, e.hash_id, e.body, e.record_time, e.capture_id, e.event_time, o.v FROM events e LEFT JOIN (SELECT f.event_key, MIN(f.time_value) AS v FROM event_fields f WHERE f.namespace = @p1 AND f.local_name = @p2 AND f.scope = 'extension' AND f.depth = 0 AND f.time_value IS NOT NULL GROUP BY f.event_key) o ON o.event_key = e.id WHERE e.biz_step = @p0 AND (o.v < @p3 OR (o.v = @p3 AND e.id < @p4) OR o.v IS NULL) ORDER BY CASE WHEN o.v IS NULL THEN 1 ELSE 0 END, o.v DESC, e.id DESC LIMIT @p5",
        "p0='shipping', p1='https://ns.example.com/epcis/', p2='when', p3=1714521600000000L, p4=42L, p5=100")]
    [InlineData(DatabaseKind.SqlServer, "orderBy=example:when&EQ_bizStep=shipping", FieldSortKind.Time, "638501184000000000",
        "SELECT TOP (@p5) e.id, e.event_id, e.hash_id, e.body, e.record_time, e.capture_id, e.event_time, o.v FROM events e LEFT JOIN (SELECT f.event_key, MIN(f.time_value) AS v FROM event_fields f WHERE f.namespace = @p1 AND f.local_name = @p2 AND f.scope = 'extension' AND f.depth = 0 AND f.time_value IS NOT NULL GROUP BY f.event_key) o ON o.event_key = e.id WHERE e.biz_step = @p0 AND (o.v < @p3 OR (o.v = @p3 AND e.id < @p4) OR o.v IS NULL) ORDER BY CASE WHEN o.v IS NULL THEN 1 ELSE 0 END, o.v DESC, e.id DESC",
        "p0='shipping', p1='https://ns.example.com/epcis/', p2='when', p3=2024-05-01T00:00:00.0000000+00:00, p4=42L, p5=100")]
    [InlineData(DatabaseKind.PostgreSql, "orderBy=example:myField&orderDirection=ASC", FieldSortKind.Text, "value1",
        "SELECT e.id, e.event_id, e.hash_id, e.body, e.record_time, e.capture_id, e.event_time, o.v FROM events e LEFT JOIN (SELECT f.event_key, MIN(f.text_value) AS v FROM event_fields f WHERE f.namespace = @p0 AND f.local_name = @p1 AND f.scope = 'extension' AND f.depth = 0 AND f.text_value IS NOT NULL GROUP BY f.event_key) o ON o.event_key = e.id WHERE (o.v > @p2 OR (o.v = @p2 AND e.id > @p3) OR o.v IS NULL) ORDER BY CASE WHEN o.v IS NULL THEN 1 ELSE 0 END, o.v, e.id LIMIT @p4",
        "p0='https://ns.example.com/epcis/', p1='myField', p2='value1', p3=42L, p4=100")]
    [InlineData(DatabaseKind.Sqlite, "orderBy=example:myField&orderDirection=ASC", FieldSortKind.Text, "value1",
        "SELECT e.id, e.event_id, e.hash_id, e.body, e.record_time, e.capture_id, e.event_time, o.v FROM events e LEFT JOIN (SELECT f.event_key, MIN(f.text_value) AS v FROM event_fields f WHERE f.namespace = @p0 AND f.local_name = @p1 AND f.scope = 'extension' AND f.depth = 0 AND f.text_value IS NOT NULL GROUP BY f.event_key) o ON o.event_key = e.id WHERE (o.v > @p2 OR (o.v = @p2 AND e.id > @p3) OR o.v IS NULL) ORDER BY CASE WHEN o.v IS NULL THEN 1 ELSE 0 END, o.v, e.id LIMIT @p4",
        "p0='https://ns.example.com/epcis/', p1='myField', p2='value1', p3=42L, p4=100")]
    [InlineData(DatabaseKind.SqlServer, "orderBy=example:myField&orderDirection=ASC", FieldSortKind.Text, "value1",
        "SELECT TOP (@p4) e.id, e.event_id, e.hash_id, e.body, e.record_time, e.capture_id, e.event_time, o.v FROM events e LEFT JOIN (SELECT f.event_key, MIN(f.text_value) AS v FROM event_fields f WHERE f.namespace = @p0 AND f.local_name = @p1 AND f.scope = 'extension' AND f.depth = 0 AND f.text_value IS NOT NULL GROUP BY f.event_key) o ON o.event_key = e.id WHERE (o.v > @p2 OR (o.v = @p2 AND e.id > @p3) OR o.v IS NULL) ORDER BY CASE WHEN o.v IS NULL THEN 1 ELSE 0 END, o.v, e.id",
        "p0='https://ns.example.com/epcis/', p1='myField', p2='value1', p3=42L, p4=100")]
    [InlineData(DatabaseKind.PostgreSql, "orderBy=example:myField", FieldSortKind.Text, null,
        "SELECT e.id, e.event_id, e.hash_id, e.body, e.record_time, e.capture_id, e.event_time, o.v FROM events e LEFT JOIN (SELECT f.event_key, MIN(f.text_value) AS v FROM event_fields f WHERE f.namespace = @p0 AND f.local_name = @p1 AND f.scope = 'extension' AND f.depth = 0 AND f.text_value IS NOT NULL GROUP BY f.event_key) o ON o.event_key = e.id WHERE (o.v IS NULL AND e.id < @p2) ORDER BY CASE WHEN o.v IS NULL THEN 1 ELSE 0 END, o.v DESC, e.id DESC LIMIT @p3",
        "p0='https://ns.example.com/epcis/', p1='myField', p2=42L, p3=100")]
    [InlineData(DatabaseKind.Sqlite, "orderBy=example:myField", FieldSortKind.Text, null,
        "SELECT e.id, e.event_id, e.hash_id, e.body, e.record_time, e.capture_id, e.event_time, o.v FROM events e LEFT JOIN (SELECT f.event_key, MIN(f.text_value) AS v FROM event_fields f WHERE f.namespace = @p0 AND f.local_name = @p1 AND f.scope = 'extension' AND f.depth = 0 AND f.text_value IS NOT NULL GROUP BY f.event_key) o ON o.event_key = e.id WHERE (o.v IS NULL AND e.id < @p2) ORDER BY CASE WHEN o.v IS NULL THEN 1 ELSE 0 END, o.v DESC, e.id DESC LIMIT @p3",
        "p0='https://ns.example.com/epcis/', p1='myField', p2=42L, p3=100")]
    [InlineData(DatabaseKind.SqlServer, "orderBy=example:myField", FieldSortKind.Text, null,
        "SELECT TOP (@p3) e.id, e.event_id, e.hash_id, e.body, e.record_time, e.capture_id, e.event_time, o.v FROM events e LEFT JOIN (SELECT f.event_key, MIN(f.text_value) AS v FROM event_fields f WHERE f.namespace = @p0 AND f.local_name = @p1 AND f.scope = 'extension' AND f.depth = 0 AND f.text_value IS NOT NULL GROUP BY f.event_key) o ON o.event_key = e.id WHERE (o.v IS NULL AND e.id < @p2) ORDER BY CASE WHEN o.v IS NULL THEN 1 ELSE 0 END, o.v DESC, e.id DESC",
        "p0='https://ns.example.com/epcis/', p1='myField', p2=42L, p3=100")]
    public void An_extension_field_order_resumes_after_the_value_in_the_position_with_missing_values_last(
        DatabaseKind kind, string query, FieldSortKind sortKind, string? value, string expectedSql, string expectedParameters)
    {
        var statement = new EventQueryTranslator(SqlDialect.For(kind)).Page(EventQueryParserTests.Parse(query, Prefixes), new QueryPosition(3, 0, 42, sortKind, value), 100);
        Assert.Equal(expectedSql, statement.Text);
        Assert.Equal(expectedParameters, string.Join(", ", statement.Parameters.Select(p => p.Key + "=" + Show(p.Value))));
        if (kind == DatabaseKind.SqlServer) AssertTSql(statement.Text);
    }

    [Theory]
    [InlineData(DatabaseKind.PostgreSql)]
    [InlineData(DatabaseKind.Sqlite)]
    [InlineData(DatabaseKind.SqlServer)]
    public void The_sort_kind_of_an_extension_field_is_probed_by_two_EXISTS(DatabaseKind kind)
    {
        var statement = new EventQueryTranslator(SqlDialect.For(kind)).FieldSortKindProbe(EventQueryParserTests.Parse("orderBy=example:temp", Prefixes).OrderField!);
        Assert.Equal("SELECT CASE WHEN EXISTS (SELECT 1 FROM event_fields f WHERE f.namespace = @p0 AND f.local_name = @p1 AND f.scope = 'extension' AND f.depth = 0 AND f.numeric_value IS NOT NULL) THEN 0 WHEN EXISTS (SELECT 1 FROM event_fields f WHERE f.namespace = @p0 AND f.local_name = @p1 AND f.scope = 'extension' AND f.depth = 0 AND f.time_value IS NOT NULL) THEN 1 ELSE 2 END", statement.Text);
        Assert.Equal("p0='https://ns.example.com/epcis/', p1='temp'", string.Join(", ", statement.Parameters.Select(p => p.Key + "=" + Show(p.Value))));
        if (kind == DatabaseKind.SqlServer) AssertTSql(statement.Text);
    }

    [Theory]
    [InlineData(FieldSortKind.Number, "-4.5")]
    [InlineData(FieldSortKind.Time, "638501184000000000")]
    [InlineData(FieldSortKind.Text, "a.b|c~d ü")]
    [InlineData(FieldSortKind.Text, null)]
    public void A_position_carries_the_sort_value_of_an_extension_field(FieldSortKind sortKind, string? value)
    {
        var position = new QueryPosition(12, 0, 34, sortKind, value);
        Assert.Equal(position, QueryPosition.Parse(position.ToString()));
        Assert.Throws<Epcis.Model.Errors.QueryParameterException>(() => QueryPosition.Parse(position.ToString().Replace("v2.12.34.", "v2.12.34.7", StringComparison.Ordinal)));
    }

    private static void AssertTSql(string text)
    {
        new TSql160Parser(initialQuotedIdentifiers: true).Parse(new StringReader(text), out IList<ParseError> errors);
        Assert.True(errors.Count == 0, text + "\n" + string.Join("\n", errors.Select(e => e.Message)));
    }

    [Theory]
    [InlineData(DatabaseKind.PostgreSql, "SELECT COUNT(*) FROM (SELECT e.id FROM events e WHERE e.biz_step = @p0 LIMIT @p1) q")]
    [InlineData(DatabaseKind.SqlServer, "SELECT COUNT(*) FROM (SELECT TOP (@p1) e.id FROM events e WHERE e.biz_step = @p0) q")]
    public void maxEventCount_counts_at_most_one_more_than_the_maximum(DatabaseKind kind, string expectedSql)
    {
        var statement = new EventQueryTranslator(SqlDialect.For(kind)).Count(EventQueryParserTests.Parse("EQ_bizStep=shipping"), 11);
        Assert.Equal(expectedSql, statement.Text);
        Assert.Equal(11, statement.Parameters[1].Value);
    }

    [Fact]
    public void Every_SQL_Server_statement_parses_with_ScriptDom()
    {
        var translator = new EventQueryTranslator(SqlServerDialect.Instance);
        var texts = Families.Select(f => EventQueryParserTests.Parse(f.Query, Prefixes))
            .SelectMany(q => new[] { translator.Page(q, null, 10).Text, translator.Page(q, new QueryPosition(1, 0, 1), 10).Text, translator.Count(q, 10).Text })
            .ToList();
        Assert.NotEmpty(texts);
        var parser = new TSql160Parser(initialQuotedIdentifiers: true);
        foreach (string text in texts)
        {
            using var reader = new StringReader(text);
            parser.Parse(reader, out IList<ParseError> errors);
            Assert.True(errors.Count == 0, text + "\n" + string.Join("\n", errors.Select(e => e.Message)));
        }
    }

    [Theory]
    [InlineData("a*b?c[d]e%f_g\\h", "a[*]b[?]c[[]d]e%f_g\\h", "a*b?c[d]e\\%f\\_g\\\\h", "a*b?c\\[d]e\\%f\\_g\\\\h")]
    public void Pattern_literals_are_escaped_per_dialect(string literal, string sqlite, string postgres, string sqlServer)
    {
        string shape = literal + Epcis.Query.Rewriting.IdentifierShapes.AnyRest;
        Assert.Equal(sqlite + "*", SqliteDialect.Instance.PatternMatch(shape).Pattern);
        Assert.Equal(postgres + "%", PostgreSqlDialect.Instance.PatternMatch(shape).Pattern);
        Assert.Equal(sqlServer + "%", SqlServerDialect.Instance.PatternMatch(shape).Pattern);
    }
}
