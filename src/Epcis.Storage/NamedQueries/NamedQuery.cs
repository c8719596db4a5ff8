namespace Epcis.Storage.NamedQueries;

/// <summary>A named query (EPCIS 2.0 REST binding, <c>POST /queries</c>): its unique name and the query object as JSON.</summary>
/// <param name="Name">The unique name chosen by the client.</param>
/// <param name="Definition">The <c>query</c> object of the definition, as JSON text (SimpleEventQuery parameters, optional <c>@context</c>).</param>
/// <param name="CreatedAt">When it was created.</param>
public sealed record NamedQuery(string Name, string Definition, DateTimeOffset CreatedAt);

/// <summary>The discovery lists of the REST binding whose members are distinct values of stored events.</summary>
public enum DistinctKind
{
    /// <summary><c>/eventTypes</c>: ObjectEvent, AggregationEvent, …</summary>
    EventType,

    /// <summary><c>/epcs</c>: instance-level identifiers (epcList, parentID, childEPCs, input/outputEPCList), canonical form.</summary>
    Epc,

    /// <summary><c>/bizSteps</c>: bare CBV words or URIs.</summary>
    BizStep,

    /// <summary><c>/bizLocations</c>.</summary>
    BizLocation,

    /// <summary><c>/readPoints</c>.</summary>
    ReadPoint,

    /// <summary><c>/dispositions</c>.</summary>
    Disposition,
}
