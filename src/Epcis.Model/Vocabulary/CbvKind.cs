namespace Epcis.Model.Vocabulary;

/// <summary>The CBV 2.0 vocabularies whose values the model normalises (business step, disposition, …).</summary>
public enum CbvKind
{
    /// <summary>CBV 2.0 §7.1 business steps (<c>urn:epcglobal:cbv:bizstep:</c>, <c>BizStep-</c>).</summary>
    BizStep,
    /// <summary>CBV 2.0 §7.2 dispositions (<c>urn:epcglobal:cbv:disp:</c>, <c>Disp-</c>).</summary>
    Disposition,
    /// <summary>CBV 2.0 §7.3 business transaction types (<c>urn:epcglobal:cbv:btt:</c>, <c>BTT-</c>).</summary>
    BizTransactionType,
    /// <summary>CBV 2.0 §7.4 source/destination types (<c>urn:epcglobal:cbv:sdt:</c>, <c>SDT-</c>).</summary>
    SourceDestType,
    /// <summary>CBV 2.0 §7.5 error reasons (<c>urn:epcglobal:cbv:er:</c>, <c>ER-</c>).</summary>
    ErrorReason,
    /// <summary>CBV 2.0 §7.6 sensor components (<c>urn:epcglobal:cbv:comp:</c>, <c>Comp-</c>).</summary>
    SensorComponent,
    /// <summary>Sensor measurement types from the GS1 Web Vocabulary (<c>gs1:Temperature</c>); no URN form.</summary>
    MeasurementType,
    /// <summary>Sensor alert types from the GS1 Web Vocabulary (<c>gs1:ALARM_CONDITION</c>); no URN form.</summary>
    SensorAlertType,
}
