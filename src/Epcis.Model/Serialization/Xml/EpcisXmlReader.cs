using System.Text;
using System.Xml;
using System.Xml.Linq;
using System.Xml.Schema;
using Epcis.Model.Documents;
using Epcis.Model.Errors;
using Epcis.Model.Events;

namespace Epcis.Model.Serialization.Xml;

/// <summary>
/// Streams an EPCIS 2.0 or 1.2 XML document (<c>EPCISDocument</c>, <c>EPCISQueryDocument</c>,
/// <c>EPCISMasterDataDocument</c>) event by event, validating against the project's XSDs as it goes.
/// </summary>
/// <remarks>
/// Security: DTDs are never processed and no external resource is ever resolved (no XXE, no entity expansion).
/// A document that declares entities or an external DTD is refused; GS1's own examples carry an empty
/// <c>&lt;!DOCTYPE project&gt;</c>, which is tolerated because it declares nothing.
/// </remarks>
public sealed class EpcisXmlReader
{
    private readonly Stream _stream;
    private readonly EpcisReaderOptions _options;
    private readonly List<ValidationError> _schemaErrors = [];
    private readonly List<ValidationError> _headerErrors = [];

    public EpcisXmlReader(Stream stream, EpcisReaderOptions? options = null)
    {
        _stream = stream;
        _options = options ?? new EpcisReaderOptions();
    }

    /// <summary>The document's header; complete once <see cref="ReadEvents"/> has been enumerated to the end.</summary>
    public DocumentHeader Header { get; } = new();

    /// <summary>Reads a whole document into memory; throws <see cref="ValidationException"/> listing every problem.</summary>
    public static EpcisDocument ReadDocument(Stream stream, EpcisReaderOptions? options = null)
    {
        var reader = new EpcisXmlReader(stream, options);
        var doc = new EpcisDocument { Header = reader.Header };
        var errors = new List<ValidationError>();
        foreach (var e in reader.ReadEvents())
        {
            errors.AddRange(e.Errors);
            if (e.Event != null) doc.Events.Add(e.Event);
        }
        if (errors.Count > 0) throw new ValidationException(errors);
        return doc;
    }

    /// <summary>Reads the events one by one; malformed XML or a broken header throws <see cref="ValidationException"/>.</summary>
    public IEnumerable<ReadEvent> ReadEvents()
    {
        var input = RefuseDtd(_stream);
        var settings = new XmlReaderSettings
        {
            DtdProcessing = DtdProcessing.Ignore,
            XmlResolver = null,
            IgnoreComments = true,
            IgnoreProcessingInstructions = true,
            MaxCharactersFromEntities = 0,
            CloseInput = false,
        };
        if (_options.ValidateXml && XmlSchemas.Compiled is { } schemas)
        {
            settings.ValidationType = ValidationType.Schema;
            settings.Schemas = schemas;
            settings.ValidationFlags = XmlSchemaValidationFlags.ReportValidationWarnings & 0;
            settings.ValidationEventHandler += (_, e) =>
            {
                if (e.Severity == XmlSeverityType.Error)
                    _schemaErrors.Add(new ValidationError($"line {e.Exception.LineNumber}, column {e.Exception.LinePosition}", e.Message));
            };
        }
        using var reader = XmlReader.Create(input, settings);
        var enumerator = Walk(reader).GetEnumerator();
        while (true)
        {
            ReadEvent? item;
            try
            {
                if (!enumerator.MoveNext()) break;
                item = enumerator.Current;
            }
            catch (XmlException ex)
            {
                throw new ValidationException($"line {ex.LineNumber}, column {ex.LinePosition}", "The document is not well-formed XML: " + ex.Message);
            }
            yield return item;
        }
        _headerErrors.AddRange(_schemaErrors);
        if (_headerErrors.Count > 0) throw new ValidationException(_headerErrors);
    }

    private IEnumerable<ReadEvent> Walk(XmlReader reader)
    {
        var info = (IXmlLineInfo)reader;
        reader.MoveToContent();
        if (IsBareEvent(reader))
        {
            // A single event (the XML counterpart of POST /events). No global XSD element exists for it, so the
            // semantic rules are its validation; an EPCIS-namespaced event (epcis:ObjectEvent) is read as unqualified.
            Header.Kind = DocumentKind.SingleEvent;
            Header.Format = WireFormat.Xml20;
            var location = $"line {info.LineNumber}, column {info.LinePosition}";
            var root = (XElement)XNode.ReadFrom(reader);
            Unqualify(root);
            var errors = new List<ValidationError>();
            var bare = new XmlEventMapper(errors, location).Map(root);
            if (bare != null) _options.Rules?.Check(bare, location, errors);
            _schemaErrors.Clear();
            yield return new ReadEvent(0, bare, errors, location);
            yield break;
        }
        StartRoot(reader);
        var index = 0;
        if (reader.IsEmptyElement) yield break;
        reader.Read();
        while (!reader.EOF)
        {
            if (reader.NodeType == XmlNodeType.EndElement)
            {
                if (_path.Count > 0) _path.RemoveAt(_path.Count - 1);
                reader.Read();
                continue;
            }
            if (reader.NodeType != XmlNodeType.Element) { reader.Read(); continue; }
            if (reader.Depth > _options.MaxDepth)
                throw new ValidationException($"line {info.LineNumber}, column {info.LinePosition}", $"The document nests deeper than {_options.MaxDepth} levels");
            var name = reader.LocalName;
            var ns = reader.NamespaceURI;
            if (_path.Count == 0 && name == "EPCISHeader")
            {
                ReadHeader((XElement)XNode.ReadFrom(reader));
                continue;
            }
            if (ns.Length == 0 && (name is "queryName" or "subscriptionID"))
            {
                var text = reader.ReadElementContentAsString().Trim();
                if (name == "queryName") Header.QueryName = text; else Header.SubscriptionId = text;
                continue;
            }
            // Lenient on purpose: query documents in the wild omit EPCISBody or put QueryResults in no namespace (epcis-spec.md §h.10).
            if (_path.Count == 0 && name is not ("EPCISBody" or "extension" or "QueryResults" or "resultsBody" or "EventList"))
            {
                Header.Extensions.Add(XmlEventMapper.Node((XElement)XNode.ReadFrom(reader)));
                continue;
            }
            if (name == "VocabularyList" && ns.Length == 0)
            {
                Header.MasterData.AddRange(XmlMasterData.Read((XElement)XNode.ReadFrom(reader)));
                continue;
            }
            var inEventList = _path.Count > 0 && (_path[^1] == "EventList" || _path[^1] == "extension" && _path.Contains("EventList"));
            if (inEventList && (XmlEventMapper.IsEventElement(XName.Get(name, ns)) || ns.Length > 0))
            {
                var location = $"line {info.LineNumber}, column {info.LinePosition}";
                var before = _schemaErrors.Count;
                var element = (XElement)XNode.ReadFrom(reader);
                var errors = new List<ValidationError>();
                if (_schemaErrors.Count > before)
                {
                    errors.AddRange(_schemaErrors.Skip(before));
                    _schemaErrors.RemoveRange(before, _schemaErrors.Count - before);
                }
                var ev = new XmlEventMapper(errors, location).Map(element);
                if (ev != null) _options.Rules?.Check(ev, location, errors);
                yield return new ReadEvent(index++, ev, errors, location);
                continue;
            }
            if (reader.IsEmptyElement) { reader.Read(); continue; }
            _path.Add(name);
            reader.Read();
        }
    }

    private readonly List<string> _path = [];

    private static bool IsBareEvent(XmlReader reader) =>
        (reader.NamespaceURI.Length == 0 || reader.NamespaceURI is XmlNames.Epcis2 or XmlNames.Epcis1)
        && XmlEventMapper.IsEventElement(XName.Get(reader.LocalName, ""));

    private static void Unqualify(XElement root)
    {
        var ns = root.Name.Namespace;
        if (ns == XNamespace.None) return;
        foreach (var e in root.DescendantsAndSelf())
            if (e.Name.Namespace == ns) e.Name = XName.Get(e.Name.LocalName, "");
    }

    private void StartRoot(XmlReader reader)
    {
        var ns = reader.NamespaceURI;
        var name = reader.LocalName;
        (Header.Kind, Header.Format) = (ns, name) switch
        {
            (XmlNames.Epcis2, "EPCISDocument") => (DocumentKind.EpcisDocument, WireFormat.Xml20),
            (XmlNames.Query2, "EPCISQueryDocument") => (DocumentKind.EpcisQueryDocument, WireFormat.Xml20),
            (XmlNames.MasterData2, "EPCISMasterDataDocument") => (DocumentKind.EpcisMasterDataDocument, WireFormat.Xml20),
            (XmlNames.Epcis1, "EPCISDocument") => (DocumentKind.EpcisDocument, WireFormat.Xml12),
            (XmlNames.Query1, "EPCISQueryDocument") => (DocumentKind.EpcisQueryDocument, WireFormat.Xml12),
            (XmlNames.MasterData1, "EPCISMasterDataDocument") => (DocumentKind.EpcisMasterDataDocument, WireFormat.Xml12),
            _ => throw new ValidationException("line 1",
                $"The root element {{{ns}}}{name} is not an EPCIS document; expected EPCISDocument, EPCISQueryDocument or EPCISMasterDataDocument in the EPCIS 1.2 or 2.0 namespace"),
        };
        if (reader.MoveToFirstAttribute())
        {
            do
            {
                if (reader.NamespaceURI == XmlNames.Xmlns)
                {
                    var prefix = reader.LocalName == "xmlns" ? "" : reader.LocalName;
                    if (prefix.Length > 0) Header.Namespaces[prefix] = reader.Value;
                }
                else if (reader.NamespaceURI.Length == 0 && reader.LocalName == "schemaVersion") Header.SchemaVersion = reader.Value;
                else if (reader.NamespaceURI.Length == 0 && reader.LocalName == "creationDate")
                {
                    if (Timestamps.TryParse(reader.Value, out var cd, out var why)) Header.CreationDate = cd;
                    else _headerErrors.Add(new ValidationError("line 1 (creationDate)", $"creationDate '{reader.Value}' {why}"));
                }
            } while (reader.MoveToNextAttribute());
            reader.MoveToElement();
        }
        if (Header.Kind == DocumentKind.EpcisDocument)
        {
            if (Header.SchemaVersion == null) _headerErrors.Add(new ValidationError("line 1 (schemaVersion)", "schemaVersion is required"));
            if (Header.CreationDate == null && !_headerErrors.Any(e => e.Location.Contains("creationDate")))
                _headerErrors.Add(new ValidationError("line 1 (creationDate)", "creationDate is required"));
        }
    }

    private void ReadHeader(XElement header)
    {
        foreach (var c in header.Elements())
        {
            if (c.Name.LocalName == "extension" || c.Name.LocalName == "EPCISMasterData")
            {
                foreach (var list in c.DescendantsAndSelf().Where(e => e.Name.LocalName == "VocabularyList"))
                    Header.MasterData.AddRange(XmlMasterData.Read(list));
            }
            else Header.Extensions.Add(XmlEventMapper.Node(c));
        }
    }

    /// <summary>Refuses a DOCTYPE that declares anything (internal subset, SYSTEM or PUBLIC id); passes the stream through otherwise.</summary>
    private static Stream RefuseDtd(Stream input)
    {
        var head = new byte[4096];
        var n = 0;
        while (n < head.Length)
        {
            var r = input.Read(head, n, head.Length - n);
            if (r == 0) break;
            n += r;
        }
        if (n == 0) throw new ValidationException("line 1", "The body is empty; an EPCIS XML document was expected");
        var text = Encoding.UTF8.GetString(head, 0, n);
        var at = text.IndexOf("<!DOCTYPE", StringComparison.Ordinal);
        if (at >= 0)
        {
            var end = text.IndexOf('>', at);
            var decl = end < 0 ? text[at..] : text[at..end];
            if (end < 0 || decl.Contains('[') || decl.Contains("SYSTEM", StringComparison.Ordinal) || decl.Contains("PUBLIC", StringComparison.Ordinal))
                throw new ValidationException("line 1", "The document declares a DTD (entities or an external DTD); DTDs are refused to prevent entity expansion and external entity (XXE) attacks");
        }
        return new PrefixedStream(head, n, input);
    }

    private sealed class PrefixedStream(byte[] head, int length, Stream rest) : Stream
    {
        private int _pos;
        public override bool CanRead => true;
        public override bool CanSeek => false;
        public override bool CanWrite => false;
        public override long Length => throw new NotSupportedException();
        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }
        public override void Flush() { }
        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
        public override void SetLength(long value) => throw new NotSupportedException();
        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

        public override int Read(byte[] buffer, int offset, int count)
        {
            if (_pos < length)
            {
                var n = Math.Min(count, length - _pos);
                Buffer.BlockCopy(head, _pos, buffer, offset, n);
                _pos += n;
                return n;
            }
            return rest.Read(buffer, offset, count);
        }
    }
}
