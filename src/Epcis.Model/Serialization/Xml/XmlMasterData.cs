using System.Xml.Linq;
using Epcis.Model.Events;
using Epcis.Model.MasterData;

namespace Epcis.Model.Serialization.Xml;

/// <summary>Reads and writes XML master data: <c>VocabularyList/Vocabulary/VocabularyElementList/VocabularyElement</c> (EPCIS 2.0 §9.4, 1.2 §9.4).</summary>
internal static class XmlMasterData
{
    /// <summary>Reads the vocabularies under a <c>VocabularyList</c> element.</summary>
    public static List<MasterVocabulary> Read(XElement list)
    {
        var result = new List<MasterVocabulary>();
        foreach (var v in list.Elements().Where(e => e.Name.LocalName == "Vocabulary"))
        {
            var voc = new MasterVocabulary { Type = (string?)v.Attribute("type") ?? "" };
            foreach (var el in v.Elements().Where(e => e.Name.LocalName == "VocabularyElementList").SelectMany(e => e.Elements()))
            {
                var ve = new VocabularyElement { Id = (string?)el.Attribute("id") ?? "" };
                foreach (var c in el.Elements())
                {
                    if (c.Name.LocalName == "attribute" && c.Name.NamespaceName.Length == 0)
                    {
                        var a = new MasterDataAttribute { Id = (string?)c.Attribute("id") ?? "" };
                        if (c.HasElements) a.Content = c.Elements().Select(XmlEventMapper.Node).ToList();
                        else a.Value = c.Value.Trim();
                        ve.Attributes.Add(a);
                    }
                    else if (c.Name.LocalName == "children" && c.Name.NamespaceName.Length == 0)
                        ve.Children = c.Elements().Select(i => i.Value.Trim()).ToList();
                }
                voc.Elements.Add(ve);
            }
            result.Add(voc);
        }
        return result;
    }

    /// <summary>Builds a <c>VocabularyList</c> element.</summary>
    public static XElement Write(IEnumerable<MasterVocabulary> vocabularies, Func<ExtensionNode, XElement> node) =>
        new("VocabularyList", vocabularies.Select(v =>
            new XElement("Vocabulary", new XAttribute("type", v.Type),
                new XElement("VocabularyElementList", v.Elements.Select(e =>
                    new XElement("VocabularyElement", new XAttribute("id", e.Id),
                        e.Attributes.Select(a => new XElement("attribute", new XAttribute("id", a.Id),
                            a.Content.Count > 0 ? a.Content.Select(node) : (object?)a.Value)),
                        e.Children == null ? null : new XElement("children", e.Children.Select(c => new XElement("id", c)))))))));
}
