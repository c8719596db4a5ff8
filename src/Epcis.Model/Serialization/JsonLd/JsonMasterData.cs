using System.Text.Json;
using Epcis.Model.Errors;
using Epcis.Model.Events;
using Epcis.Model.MasterData;

namespace Epcis.Model.Serialization.JsonLd;

/// <summary>Reads and writes the JSON master-data shape <c>vocabularyList[{type, vocabularyElementList[{id, attributes, children}]}]</c> (EPCIS 2.0 JSON Schema).</summary>
internal static class JsonMasterData
{
    /// <summary>Reads a <c>vocabularyList</c> array.</summary>
    public static List<MasterVocabulary> Read(JsonElement list, NamespaceTable ns, List<ValidationError> errors, string at)
    {
        var result = new List<MasterVocabulary>();
        if (list.ValueKind != JsonValueKind.Array) { errors.Add(new(at, "vocabularyList must be an array")); return result; }
        var i = 0;
        foreach (var v in list.EnumerateArray())
        {
            var here = $"{at}/{i++}";
            if (v.ValueKind != JsonValueKind.Object) { errors.Add(new(here, "a vocabulary must be an object")); continue; }
            var voc = new MasterVocabulary();
            if (v.TryGetProperty("type", out var t) && t.ValueKind == JsonValueKind.String) voc.Type = t.GetString()!;
            else errors.Add(new(here + "/type", "a vocabulary needs a type URI"));
            if (v.TryGetProperty("vocabularyElementList", out var els) && els.ValueKind == JsonValueKind.Array)
            {
                var j = 0;
                foreach (var el in els.EnumerateArray()) voc.Elements.Add(Element(el, ns, errors, $"{here}/vocabularyElementList/{j++}"));
            }
            result.Add(voc);
        }
        return result;
    }

    private static VocabularyElement Element(JsonElement el, NamespaceTable ns, List<ValidationError> errors, string at)
    {
        var e = new VocabularyElement();
        if (el.ValueKind != JsonValueKind.Object) { errors.Add(new(at, "a vocabulary element must be an object")); return e; }
        if (el.TryGetProperty("id", out var id) && id.ValueKind == JsonValueKind.String) e.Id = id.GetString()!;
        else errors.Add(new(at + "/id", "a vocabulary element needs an id"));
        if (el.TryGetProperty("attributes", out var attrs) && attrs.ValueKind == JsonValueKind.Array)
        {
            var k = 0;
            foreach (var a in attrs.EnumerateArray())
            {
                var here = $"{at}/attributes/{k++}";
                var attr = new MasterDataAttribute();
                if (a.TryGetProperty("id", out var aid) && aid.ValueKind == JsonValueKind.String) attr.Id = aid.GetString()!;
                else errors.Add(new(here + "/id", "an attribute needs an id"));
                if (a.TryGetProperty("attribute", out var val))
                {
                    switch (val.ValueKind)
                    {
                        case JsonValueKind.String: attr.Value = val.GetString(); break;
                        case JsonValueKind.Number: attr.Value = val.GetRawText(); attr.Kind = ExtensionValueKind.Number; break;
                        case JsonValueKind.True: case JsonValueKind.False: attr.Value = val.GetRawText(); attr.Kind = ExtensionValueKind.Boolean; break;
                        case JsonValueKind.Object:
                            attr.Content = new JsonEventMapper(ns, errors, here).Extensions(val, "/attribute", requirePrefix: false);
                            break;
                    }
                }
                e.Attributes.Add(attr);
            }
        }
        if (el.TryGetProperty("children", out var ch) && ch.ValueKind == JsonValueKind.Array)
            e.Children = ch.EnumerateArray().Where(c => c.ValueKind == JsonValueKind.String).Select(c => c.GetString()!).ToList();
        return e;
    }
}
