using System.Reflection;
using System.Xml;
using System.Xml.Schema;

namespace Epcis.Model.Serialization.Xml;

/// <summary>The project's own XSDs (schemas/xsd, embedded), compiled once into one set covering EPCIS 1.2 and 2.0.</summary>
public static class XmlSchemas
{
    private static readonly Lazy<XmlSchemaSet?> Set = new(Load);

    /// <summary>The compiled schema set, or null if the assembly carries no XSDs.</summary>
    public static XmlSchemaSet? Compiled => Set.Value;

    private static readonly string[] Roots =
    [
        "epcis-2.0.xsd", "epcis-query-2.0.xsd", "epcis-masterdata-2.0.xsd",
        "epcis-1.2.xsd", "epcis-query-1.2.xsd", "epcis-masterdata-1.2.xsd",
    ];

    private static XmlSchemaSet? Load()
    {
        var asm = typeof(XmlSchemas).Assembly;
        var names = asm.GetManifestResourceNames().Where(n => n.EndsWith(".xsd", StringComparison.Ordinal)).ToArray();
        if (names.Length == 0) return null;
        var set = new XmlSchemaSet { XmlResolver = new EmbeddedResolver(asm, names) };
        foreach (var root in Roots)
        {
            var res = names.FirstOrDefault(n => n.EndsWith("/" + root, StringComparison.Ordinal) || n.EndsWith("." + root, StringComparison.Ordinal));
            if (res == null) continue;
            using var s = asm.GetManifestResourceStream(res)!;
            using var r = XmlReader.Create(s, new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit, XmlResolver = null }, "epcis:///" + root);
            var schema = XmlSchema.Read(r, null)!;
            if (!set.Contains(schema.TargetNamespace)) set.Add(schema);
        }
        set.Compile();
        return set;
    }

    /// <summary>Resolves relative <c>schemaLocation</c>s to embedded XSDs, and nothing else (no network, no files).</summary>
    private sealed class EmbeddedResolver(Assembly asm, string[] names) : XmlResolver
    {
        public override object? GetEntity(Uri absoluteUri, string? role, Type? ofObjectToReturn)
        {
            var file = absoluteUri.Segments.LastOrDefault() ?? "";
            var res = names.FirstOrDefault(n => n.EndsWith("/" + file, StringComparison.Ordinal) || n.EndsWith("." + file, StringComparison.Ordinal));
            return res == null ? throw new XmlException($"Schema '{absoluteUri}' is not one of the embedded schemas") : asm.GetManifestResourceStream(res);
        }

        public override Uri ResolveUri(Uri? baseUri, string? relativeUri) =>
            new("epcis:///" + Path.GetFileName(relativeUri ?? ""));
    }
}
