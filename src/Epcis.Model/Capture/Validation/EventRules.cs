using Epcis.Model.Errors;
using Epcis.Model.Events;
using Epcis.Model.Identifiers;
using Epcis.Model.Serialization;
using Epcis.Model.Vocabulary;

namespace Epcis.Model.Capture.Validation;

/// <summary>
/// The rules of EPCIS 2.0 / CBV 2.0 that neither the JSON Schema nor the XSD can state: identifier syntax and check
/// digits, CBV words, which fields each event type may carry, the "what" presence rules, ILMD placement, and the
/// sensor rules of the draft conformance tests (TCR-53, TCR-54). Runs on the model, so it is the same for every format.
/// </summary>
public sealed class EventRules : IEventRules
{
    /// <summary>The shared instance (stateless).</summary>
    public static readonly EventRules Instance = new();

    /// <inheritdoc />
    public void Check(EpcisEvent e, string at, List<ValidationError> errors)
    {
        void Err(string field, string message) => errors.Add(new ValidationError(Join(at, field), message));
        var type = e.Type;
        if (!IsOffset(e.EventTimeZoneOffset))
            Err("eventTimeZoneOffset", $"eventTimeZoneOffset '{e.EventTimeZoneOffset}' must be ±hh:mm between -14:00 and +14:00");
        if (e.EventId != null && !IsAbsoluteUri(e.EventId)) Err("eventID", $"eventID '{e.EventId}' must be an absolute URI (urn:uuid:… or ni:///…)");

        if (type == EventType.TransformationEvent)
        {
            if (e.Action != null) Err("action", "TransformationEvent has no action (EPCIS 2.0 §7.4.6)");
        }
        else if (type != EventType.Extension && e.Action == null) Err("action", $"action is required in {type}");

        CheckAllowed(e, Err);
        CheckWhat(e, Err);

        if (e.Ilmd != null && !(type == EventType.TransformationEvent || type == EventType.ObjectEvent && e.Action == EventAction.ADD || type == EventType.Extension))
            Err("ilmd", "ilmd is only allowed in an ObjectEvent with action ADD or in a TransformationEvent (EPCIS 2.0 §7.3.6)");

        Ids(e.EpcList, "epcList", Err);
        Ids(e.ChildEpcs, "childEPCs", Err);
        Ids(e.InputEpcList, "inputEPCList", Err);
        Ids(e.OutputEpcList, "outputEPCList", Err);
        if (e.ParentId != null) Id(e.ParentId, "parentID", Err);
        Quantities(e.QuantityList, "quantityList", Err);
        Quantities(e.ChildQuantityList, "childQuantityList", Err);
        Quantities(e.InputQuantityList, "inputQuantityList", Err);
        Quantities(e.OutputQuantityList, "outputQuantityList", Err);
        if (e.TransformationId != null && !IsAbsoluteUri(e.TransformationId)) Err("transformationID", $"transformationID '{e.TransformationId}' must be a URI");
        Word(CbvKind.BizStep, e.BizStep, "bizStep", Err);
        Word(CbvKind.Disposition, e.Disposition, "disposition", Err);
        if (e.PersistentDisposition is { } pd)
        {
            if (pd.Set.Count == 0 && pd.Unset.Count == 0) Err("persistentDisposition", "persistentDisposition needs a non-empty set or unset");
            for (var i = 0; i < pd.Set.Count; i++) Word(CbvKind.Disposition, pd.Set[i], $"persistentDisposition/set/{i}", Err);
            for (var i = 0; i < pd.Unset.Count; i++) Word(CbvKind.Disposition, pd.Unset[i], $"persistentDisposition/unset/{i}", Err);
        }
        if (e.ReadPoint != null) Id(e.ReadPoint.Id, "readPoint/id", Err);
        if (e.BizLocation != null) Id(e.BizLocation.Id, "bizLocation/id", Err);
        for (var i = 0; i < e.BizTransactionList.Count; i++)
        {
            var bt = e.BizTransactionList[i];
            Word(CbvKind.BizTransactionType, bt.Type, $"bizTransactionList/{i}/type", Err);
            if (!IsAbsoluteUri(bt.Value)) Err($"bizTransactionList/{i}/bizTransaction", $"bizTransaction '{bt.Value}' must be a URI");
        }
        SourceDest(e.SourceList, "sourceList", "source", Err);
        SourceDest(e.DestinationList, "destinationList", "destination", Err);
        for (var i = 0; i < e.CertificationInfo.Count; i++)
            if (!IsAbsoluteUri(e.CertificationInfo[i])) Err($"certificationInfo/{i}", $"certificationInfo '{e.CertificationInfo[i]}' must be a URI");
        if (e.ErrorDeclaration is { } ed)
        {
            Word(CbvKind.ErrorReason, ed.Reason, "errorDeclaration/reason", Err);
            for (var i = 0; i < ed.CorrectiveEventIds.Count; i++)
                if (!IsAbsoluteUri(ed.CorrectiveEventIds[i])) Err($"errorDeclaration/correctiveEventIDs/{i}", $"correctiveEventID '{ed.CorrectiveEventIds[i]}' must be a URI");
        }
        for (var i = 0; i < e.SensorElementList.Count; i++) Sensor(e, e.SensorElementList[i], $"sensorElementList/{i}", Err);
    }

    private static string Join(string at, string field) =>
        at.StartsWith('/') || at.Length == 0 ? at + "/" + field : $"{at} ({field})";

    private static void CheckAllowed(EpcisEvent e, Action<string, string> err)
    {
        if (e.Type == EventType.Extension) return;
        var t = e.Type;
        void Not(bool present, string field)
        {
            if (present) err(field, $"{field} is not a field of {t}");
        }
        Not(e.EpcList != null && t is not (EventType.ObjectEvent or EventType.TransactionEvent), "epcList");
        Not(e.ChildEpcs != null && t is not (EventType.AggregationEvent or EventType.AssociationEvent), "childEPCs");
        Not(e.ParentId != null && t is not (EventType.AggregationEvent or EventType.TransactionEvent or EventType.AssociationEvent), "parentID");
        Not(e.QuantityList.Count > 0 && t is not (EventType.ObjectEvent or EventType.TransactionEvent), "quantityList");
        Not(e.ChildQuantityList.Count > 0 && t is not (EventType.AggregationEvent or EventType.AssociationEvent), "childQuantityList");
        Not(e.InputEpcList != null && t != EventType.TransformationEvent, "inputEPCList");
        Not(e.OutputEpcList != null && t != EventType.TransformationEvent, "outputEPCList");
        Not(e.InputQuantityList.Count > 0 && t != EventType.TransformationEvent, "inputQuantityList");
        Not(e.OutputQuantityList.Count > 0 && t != EventType.TransformationEvent, "outputQuantityList");
        Not(e.TransformationId != null && t != EventType.TransformationEvent, "transformationID");
    }

    private static void CheckWhat(EpcisEvent e, Action<string, string> err)
    {
        switch (e.Type)
        {
            case EventType.ObjectEvent:
                // EPCIS 2.0 §7.4.2: an ObjectEvent needs EPCs or quantities, or sensor data about a location.
                if (e.EpcList == null && e.QuantityList.Count == 0 && !(e.SensorElementList.Count > 0 && e.ReadPoint != null))
                    err("epcList", "an ObjectEvent needs epcList or quantityList (or sensorElementList with a readPoint)");
                break;
            case EventType.AggregationEvent:
            case EventType.AssociationEvent:
                if (e.Type == EventType.AssociationEvent && e.ParentId == null)
                    err("parentID", "parentID is required in an AssociationEvent");
                else if (e.Type == EventType.AggregationEvent && e.ParentId == null && e.Action is EventAction.ADD or EventAction.DELETE)
                    err("parentID", $"parentID is required in an AggregationEvent with action {e.Action} (EPCIS 2.0 §7.4.3)");
                if (e.Action != EventAction.DELETE && (e.ChildEpcs?.Count ?? 0) == 0 && e.ChildQuantityList.Count == 0)
                    err("childEPCs", $"an {e.Type} with action {e.Action} needs childEPCs or childQuantityList");
                break;
            case EventType.TransactionEvent:
                if (e.BizTransactionList.Count == 0) err("bizTransactionList", "a TransactionEvent needs at least one bizTransaction");
                if (e.Action != EventAction.DELETE && (e.EpcList?.Count ?? 0) == 0 && e.QuantityList.Count == 0)
                    err("epcList", $"a TransactionEvent with action {e.Action} needs epcList or quantityList");
                break;
            case EventType.TransformationEvent:
                var inputs = (e.InputEpcList?.Count ?? 0) + e.InputQuantityList.Count;
                var outputs = (e.OutputEpcList?.Count ?? 0) + e.OutputQuantityList.Count;
                if (!(inputs > 0 && outputs > 0 || e.TransformationId != null && inputs + outputs > 0))
                    err("inputEPCList", "a TransformationEvent needs inputs and outputs, or a transformationID with inputs or outputs (EPCIS 2.0 §7.4.6)");
                break;
        }
    }

    private static void Ids(List<string>? ids, string field, Action<string, string> err)
    {
        if (ids == null) return;
        for (var i = 0; i < ids.Count; i++) Id(ids[i], $"{field}/{i}", err);
    }

    /// <summary>An identifier is an EPC URN (checked per scheme), a GS1 Digital Link (checked, with check digit), or another absolute URI.</summary>
    private static void Id(string value, string field, Action<string, string> err)
    {
        if (value.StartsWith("urn:epc:", StringComparison.Ordinal))
        {
            if (!EpcUrn.TryValidate(value, out var why)) err(field, $"'{value}' is not a valid EPC URI: {why}");
            return;
        }
        if (value.StartsWith("https://id.gs1.org/", StringComparison.Ordinal) && !DigitalLink.TryNormalise(value, out _))
        {
            err(field, $"'{value}' is not a valid GS1 Digital Link URI (check the key's length and check digit)");
            return;
        }
        if (!IsAbsoluteUri(value)) err(field, $"'{value}' must be an absolute URI (an EPC URN, a GS1 Digital Link or another URI)");
    }

    private static void Quantities(List<QuantityElement> list, string field, Action<string, string> err)
    {
        for (var i = 0; i < list.Count; i++)
        {
            var q = list[i];
            Id(q.EpcClass, $"{field}/{i}/epcClass", err);
            if (q.Uom != null && q.Quantity == null) err($"{field}/{i}/uom", "uom is only allowed together with quantity");
            if (q.Uom != null && !IsUom(q.Uom)) err($"{field}/{i}/uom", $"uom '{q.Uom}' is not a UN/ECE Rec 20 code (2-3 upper-case letters or digits)");
        }
    }

    private static void SourceDest(List<SourceDest> list, string field, string key, Action<string, string> err)
    {
        for (var i = 0; i < list.Count; i++)
        {
            Word(CbvKind.SourceDestType, list[i].Type, $"{field}/{i}/type", err);
            Id(list[i].Value, $"{field}/{i}/{key}", err);
        }
    }

    private static void Word(CbvKind kind, string? value, string field, Action<string, string> err)
    {
        if (value != null && !Cbv.TryValidate(kind, value, out var why)) err(field, why ?? $"'{value}' is not a valid {field}");
    }

    private static void Sensor(EpcisEvent e, SensorElement se, string at, Action<string, string> err)
    {
        if (se.Reports.Count == 0) err(at + "/sensorReport", "a sensorElement needs at least one sensorReport");
        for (var j = 0; j < se.Reports.Count; j++)
        {
            var r = se.Reports[j];
            var here = $"{at}/sensorReport/{j}";
            if (r.Type == null && r.Exception == null) err(here + "/type", "a sensorReport needs a type, or an exception (EPCIS 2.0 §7.3.7.1.2)");
            Word(CbvKind.MeasurementType, r.Type, here + "/type", err);
            Word(CbvKind.SensorAlertType, r.Exception, here + "/exception", err);
            Word(CbvKind.SensorComponent, r.Component, here + "/component", err);
            if (r.HexBinaryValue != null && (r.HexBinaryValue.Length == 0 || !r.HexBinaryValue.All(char.IsAsciiHexDigit)))
                err(here + "/hexBinaryValue", $"hexBinaryValue '{r.HexBinaryValue}' must be hexadecimal digits");
            if (r.Uom != null && !IsUom(r.Uom) && r.Uom.Length > 4) err(here + "/uom", $"uom '{r.Uom}' is not a UN/ECE Rec 20 code");
        }
    }

    private static bool IsOffset(string s) =>
        s.Length == 6 && (s[0] == '+' || s[0] == '-') && s[3] == ':' && char.IsAsciiDigit(s[1]) && char.IsAsciiDigit(s[2])
        && char.IsAsciiDigit(s[4]) && char.IsAsciiDigit(s[5])
        && ((s[1] - '0') * 10 + (s[2] - '0') is var h && (h < 14 && s[4] <= '5' || h == 14 && s[4] == '0' && s[5] == '0'));

    private static bool IsUom(string s) => s.Length is >= 2 and <= 3 && s.All(c => char.IsAsciiDigit(c) || char.IsAsciiLetterUpper(c));

    /// <summary>An absolute URI: a scheme (letter, then letters, digits, +, -, .) followed by ':' and something.</summary>
    public static bool IsAbsoluteUri(string s)
    {
        var colon = s.IndexOf(':');
        if (colon < 1 || colon == s.Length - 1 || !char.IsAsciiLetter(s[0])) return false;
        for (var i = 1; i < colon; i++)
            if (!(char.IsAsciiLetterOrDigit(s[i]) || s[i] is '+' or '-' or '.')) return false;
        return !s.Any(char.IsWhiteSpace);
    }
}
