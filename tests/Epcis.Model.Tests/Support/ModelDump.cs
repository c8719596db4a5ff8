using System.Text;
using Epcis.Model.Capture.Hashing;
using Epcis.Model.Events;
using Epcis.Model.Serialization;

namespace Epcis.Model.Tests.Support;

/// <summary>
/// A canonical text of an event for equality checks: the CBV hash pre-image (order-insensitive where the standard says
/// order has no meaning) plus everything the hash leaves out (eventID, recordTime, errorDeclaration, the identifiers
/// in the form they were captured, and the literal type of each extension value).
/// </summary>
public static class ModelDump
{
    public static string Of(EpcisEvent e)
    {
        var sb = new StringBuilder(EventHasher.PreHash(e));
        sb.Append("\neventID=").Append(e.EventId);
        sb.Append("\nrecordTime=").Append(e.RecordTime is { } rt ? Timestamps.FormatUtcMillis(rt) : "");
        if (e.ErrorDeclaration is { } ed)
        {
            sb.Append("\nerror=").Append(Timestamps.FormatUtcMillis(ed.DeclarationTime)).Append('|').Append(ed.Reason).Append('|')
              .Append(string.Join(",", ed.CorrectiveEventIds.Order(StringComparer.Ordinal)));
            foreach (var x in ed.Extensions.Select(Node).Order(StringComparer.Ordinal)) sb.Append('|').Append(x);
        }
        var ids = new List<string>();
        ids.AddRange(e.EpcList ?? []); ids.AddRange(e.ChildEpcs ?? []); ids.AddRange(e.InputEpcList ?? []); ids.AddRange(e.OutputEpcList ?? []);
        if (e.ParentId != null) ids.Add(e.ParentId);
        if (e.ReadPoint != null) ids.Add(e.ReadPoint.Id);
        if (e.BizLocation != null) ids.Add(e.BizLocation.Id);
        ids.AddRange(e.QuantityList.Concat(e.ChildQuantityList).Concat(e.InputQuantityList).Concat(e.OutputQuantityList).Select(q => q.EpcClass));
        sb.Append("\nids=").Append(string.Join(",", ids.Order(StringComparer.Ordinal)));
        var nodes = e.Extensions.Concat(e.Ilmd ?? []).Select(Node).Order(StringComparer.Ordinal);
        sb.Append("\next=").Append(string.Join(",", nodes));
        return sb.ToString();
    }

    private static string Node(ExtensionNode n) =>
        $"{{{n.Namespace}}}{n.Name}:{n.Kind}" + (n.Children.Count + n.Attributes.Count > 0
            ? "[" + string.Join(",", n.Attributes.Concat(n.Children).Select(Node).Order(StringComparer.Ordinal)) + "]"
            : "=" + n.Value);
}
