namespace Epcis.Model.Events;

/// <summary>The five EPCIS 2.0 event types, plus a user-defined extension event type (EPCIS 2.0 §7.4).</summary>
public enum EventType
{
    ObjectEvent,
    AggregationEvent,
    TransactionEvent,
    TransformationEvent,
    AssociationEvent,
    /// <summary>An event type defined outside the standard; its URI is in <see cref="EpcisEvent.ExtensionType"/>.</summary>
    Extension,
}

/// <summary>The <c>action</c> of an event (EPCIS 2.0 §7.3.2); TransformationEvent has none.</summary>
public enum EventAction
{
    ADD,
    OBSERVE,
    DELETE,
}
