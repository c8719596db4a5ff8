using Epcis.Model.Documents;
using Epcis.Model.Serialization;
using Epcis.Model.Serialization.JsonLd;
using Epcis.Model.Serialization.Xml;

namespace Epcis.Model.Tests.Support;

/// <summary>Reads shared example documents by file extension.</summary>
public static class TestDocuments
{
    /// <summary>Reads a whole document (JSON-LD for .json/.jsonld, XML otherwise).</summary>
    public static EpcisDocument Read(string relativePath, EpcisReaderOptions? options = null)
    {
        using var s = File.OpenRead(SharedData.Path(relativePath));
        return IsJson(relativePath) ? EpcisJsonReader.ReadDocument(s, options) : EpcisXmlReader.ReadDocument(s, options);
    }

    /// <summary>True for JSON file names.</summary>
    public static bool IsJson(string path) => path.EndsWith(".json", StringComparison.Ordinal) || path.EndsWith(".jsonld", StringComparison.Ordinal);

    /// <summary>Reader options with no validation at all (for tests of mapping and hashing alone).</summary>
    public static readonly EpcisReaderOptions NoValidation = new() { ValidateXml = false };
}
