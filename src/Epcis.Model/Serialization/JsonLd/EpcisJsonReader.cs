using System.Text.Json;
using Epcis.Model.Documents;
using Epcis.Model.Errors;
using Epcis.Model.Events;

namespace Epcis.Model.Serialization.JsonLd;

/// <summary>
/// Streams an EPCIS 2.0 JSON-LD <c>EPCISDocument</c> or <c>EPCISQueryDocument</c> event by event: only one event
/// (plus a read buffer) is in memory at a time, whatever the document's size.
/// </summary>
/// <remarks>
/// Header members are read whole; <c>epcisBody.eventList</c> and <c>epcisBody.queryResults.resultsBody.eventList</c>
/// are walked token by token. JSON key order is free, so events met before <c>@context</c> are held back until the
/// context is known (or the document ends).
/// </remarks>
public sealed class EpcisJsonReader
{
    private enum Frame { Root, Body, QueryResults, ResultsBody, EventList, Ignore }
    private enum Step { NeedMore, Event, Property, Finished }

    private readonly Stream _stream;
    private readonly EpcisReaderOptions _options;
    private readonly Stack<Frame> _frames = new();
    private readonly NamespaceTable _ns = new();
    private readonly List<ValidationError> _headerErrors = [];
    private byte[] _buf = new byte[64 * 1024];
    private int _start, _end;
    private long _absolute;
    private bool _eof, _begun, _sawContext, _sawType, _sawBody;
    private JsonReaderState _state;
    private JsonDocument? _value;
    private string? _propertyName;
    private string _eventListPointer = "/epcisBody/eventList";

    /// <summary>Creates a reader over <paramref name="stream"/>; nothing is read until <see cref="ReadEvents"/> is enumerated.</summary>
    public EpcisJsonReader(Stream stream, EpcisReaderOptions? options = null)
    {
        _stream = stream;
        _options = options ?? new EpcisReaderOptions();
        _state = new JsonReaderState(new JsonReaderOptions { MaxDepth = _options.MaxDepth });
        Header.Format = WireFormat.JsonLd;
    }

    /// <summary>The document's header; complete once <see cref="ReadEvents"/> has been enumerated to the end.</summary>
    public DocumentHeader Header { get; } = new();

    /// <summary>Reads a whole document into memory; throws <see cref="ValidationException"/> listing every problem.</summary>
    public static EpcisDocument ReadDocument(Stream stream, EpcisReaderOptions? options = null)
    {
        var reader = new EpcisJsonReader(stream, options);
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

    /// <summary>Reads a single bare event (the body of <c>POST /events</c>); throws <see cref="ValidationException"/> when invalid.</summary>
    public static EpcisEvent ReadSingleEvent(Stream stream, EpcisReaderOptions? options = null)
    {
        options ??= new EpcisReaderOptions();
        JsonDocument doc;
        try
        {
            doc = JsonDocument.Parse(stream, new JsonDocumentOptions { MaxDepth = options.MaxDepth });
        }
        catch (JsonException ex)
        {
            throw new ValidationException("", "The body is not well-formed JSON: " + ex.Message);
        }
        using (doc)
        {
            var errors = new List<ValidationError>();
            var ns = new NamespaceTable();
            if (doc.RootElement.ValueKind != JsonValueKind.Object) throw new ValidationException("", "The body must be a JSON object holding one event");
            if (!doc.RootElement.TryGetProperty("@context", out _)) errors.Add(new ValidationError("/@context", "@context is required"));
            options.JsonSchema?.Validate(doc.RootElement, "", errors);
            var ev = new JsonEventMapper(ns, errors, "", strict: options.Rules != null).Map(doc.RootElement);
            if (ev != null) options.Rules?.Check(ev, "", errors);
            if (errors.Count > 0 || ev == null) throw new ValidationException(errors);
            return ev;
        }
    }

    /// <summary>Reads the events one by one. Malformed JSON or a broken header throws <see cref="ValidationException"/>.</summary>
    public IEnumerable<ReadEvent> ReadEvents()
    {
        var pending = new List<(JsonDocument Doc, int Index)>();
        var index = 0;
        while (true)
        {
            var step = Next();
            if (step == Step.NeedMore)
            {
                if (_eof) throw new ValidationException(Position(), "The JSON document ends before it is complete (truncated?)");
                Fill();
                continue;
            }
            if (step == Step.Finished) break;
            if (step == Step.Property)
            {
                using var v = _value!;
                HandleRootProperty(_propertyName!, v.RootElement);
                if (_sawContext && pending.Count > 0)
                {
                    foreach (var (d, i) in pending) yield return MapAndDispose(d, i);
                    pending.Clear();
                }
                continue;
            }
            var doc = _value!;
            if (!_sawContext) pending.Add((doc, index++));
            else yield return MapAndDispose(doc, index++);
        }
        foreach (var (d, i) in pending) yield return MapAndDispose(d, i);
        if (!_sawContext) _headerErrors.Add(new ValidationError("/@context", "@context is required"));
        if (!_sawType) _headerErrors.Add(new ValidationError("/type", "type is required (EPCISDocument or EPCISQueryDocument)"));
        if (!_sawBody) _headerErrors.Add(new ValidationError("/epcisBody", "epcisBody is required"));
        if (Header.Kind == DocumentKind.EpcisDocument)
        {
            if (Header.SchemaVersion == null) _headerErrors.Add(new ValidationError("/schemaVersion", "schemaVersion is required"));
            if (Header.CreationDate == null) _headerErrors.Add(new ValidationError("/creationDate", "creationDate is required"));
        }
        foreach (var (k, v) in _ns.Declared) Header.Namespaces[k] = v;
        if (_headerErrors.Count > 0) throw new ValidationException(_headerErrors);
    }

    private ReadEvent MapAndDispose(JsonDocument doc, int index)
    {
        using (doc)
        {
            var pointer = $"{_eventListPointer}/{index}";
            var errors = new List<ValidationError>();
            var always = _options.JsonSchemaMode == JsonSchemaMode.Always;
            if (always) _options.JsonSchema?.Validate(doc.RootElement, pointer, errors);
            var ev = new JsonEventMapper(_ns, errors, pointer, strict: _options.Rules != null).Map(doc.RootElement);
            if (ev != null) _options.Rules?.Check(ev, pointer, errors);
            if (!always && errors.Count > 0 && _options.JsonSchema != null)
            {
                var typed = errors.ToList();
                errors.Clear();
                _options.JsonSchema.Validate(doc.RootElement, pointer, errors);
                foreach (var e in typed) if (!errors.Contains(e)) errors.Add(e);
            }
            return new ReadEvent(index, ev, errors, pointer);
        }
    }

    private void HandleRootProperty(string name, JsonElement v)
    {
        switch (name)
        {
            case "@context":
                JsonContext.Apply(v, _ns, _headerErrors, "/@context");
                _sawContext = true;
                break;
            case "type":
            case "@type":
                _sawType = true;
                var t = v.ValueKind == JsonValueKind.String ? v.GetString() : null;
                if (t == "EPCISDocument") Header.Kind = DocumentKind.EpcisDocument;
                else if (t == "EPCISQueryDocument") Header.Kind = DocumentKind.EpcisQueryDocument;
                else throw new ValidationException("/type", $"type must be EPCISDocument or EPCISQueryDocument, not {v.GetRawText()}");
                break;
            case "schemaVersion":
                if (v.ValueKind == JsonValueKind.String) Header.SchemaVersion = v.GetString();
                else _headerErrors.Add(new ValidationError("/schemaVersion", $"schemaVersion must be a string such as \"2.0\", not {v.GetRawText()}"));
                break;
            case "creationDate":
                if (v.ValueKind == JsonValueKind.String && Timestamps.TryParse(v.GetString()!, out var cd, out var why)) Header.CreationDate = cd;
                else _headerErrors.Add(new ValidationError("/creationDate", $"creationDate {v.GetRawText()} is not a date-time with offset"));
                break;
            case "id":
            case "@id":
                Header.Id = v.ValueKind == JsonValueKind.String ? v.GetString() : v.GetRawText();
                break;
            case "instanceIdentifier": Header.InstanceIdentifier = v.ValueKind == JsonValueKind.String ? v.GetString() : v.GetRawText(); break;
            case "sender": Header.Sender = v.ValueKind == JsonValueKind.String ? v.GetString() : v.GetRawText(); break;
            case "receiver": Header.Receiver = v.ValueKind == JsonValueKind.String ? v.GetString() : v.GetRawText(); break;
            case "epcisHeader":
                if (v.ValueKind != JsonValueKind.Object) { _headerErrors.Add(new ValidationError("/epcisHeader", "epcisHeader must be an object")); break; }
                if (v.TryGetProperty("epcisMasterData", out var md) && md.ValueKind == JsonValueKind.Object
                    && md.TryGetProperty("vocabularyList", out var vl))
                    Header.MasterData.AddRange(JsonMasterData.Read(vl, _ns, _headerErrors, "/epcisHeader/epcisMasterData/vocabularyList"));
                break;
            case "queryName": Header.QueryName = v.ValueKind == JsonValueKind.String ? v.GetString() : null; break;
            case "subscriptionID": Header.SubscriptionId = v.ValueKind == JsonValueKind.String ? v.GetString() : null; break;
            case "vocabularyList": Header.MasterData.AddRange(JsonMasterData.Read(v, _ns, _headerErrors, "/epcisBody/queryResults/resultsBody/vocabularyList")); break;
            default:
                var (nsUri, local, prefix) = _ns.SplitKey(name);
                if (nsUri.Length == 0) _headerErrors.Add(new ValidationError("/" + name, $"'{name}' is not a field of an EPCIS document; extensions must be namespaced"));
                else new JsonEventMapper(_ns, _headerErrors, "").AddValue(Header.Extensions, nsUri, local, prefix, v, "/" + name);
                break;
        }
    }

    private string Position() => $"byte {_absolute + (_end - _start)}";

    private void Fill()
    {
        if (_start > 0)
        {
            Buffer.BlockCopy(_buf, _start, _buf, 0, _end - _start);
            _end -= _start;
            _start = 0;
        }
        if (_end == _buf.Length)
        {
            if (_buf.Length >= _options.MaxEventBytes)
                throw new ValidationException(Position(), $"An event or header member is larger than the {_options.MaxEventBytes}-byte limit");
            Array.Resize(ref _buf, Math.Min(_buf.Length * 2, Math.Max(_options.MaxEventBytes, 64 * 1024)));
        }
        var n = _stream.Read(_buf, _end, _buf.Length - _end);
        if (n == 0) _eof = true;
        _end += n;
    }

    private Step Next()
    {
        var reader = new Utf8JsonReader(_buf.AsSpan(_start, _end - _start), _eof, _state);
        long committed = 0;
        var committedState = _state;
        try
        {
            while (true)
            {
                if (!_begun)
                {
                    if (!reader.Read()) return Commit(Step.NeedMore);
                    if (reader.TokenType != JsonTokenType.StartObject)
                        throw new ValidationException("", "An EPCIS JSON document must be a JSON object");
                    _begun = true;
                    _frames.Push(Frame.Root);
                    Mark(ref reader);
                    continue;
                }
                if (_frames.Count == 0)
                {
                    if (reader.Read()) throw new ValidationException(Position(), "Unexpected data after the end of the JSON document");
                    if (!_eof) return Commit(Step.NeedMore);
                    return Commit(Step.Finished);
                }
                if (!reader.Read()) return Commit(Step.NeedMore);
                var frame = _frames.Peek();
                if (frame == Frame.EventList)
                {
                    if (reader.TokenType == JsonTokenType.EndArray) { _frames.Pop(); Mark(ref reader); continue; }
                    if (reader.TokenType != JsonTokenType.StartObject)
                        throw new ValidationException(_eventListPointer, "eventList must contain only event objects");
                    var probe = reader;
                    if (!probe.TrySkip()) return Commit(Step.NeedMore);
                    _value = JsonDocument.ParseValue(ref reader);
                    Mark(ref reader);
                    return Commit(Step.Event);
                }
                if (reader.TokenType == JsonTokenType.EndObject)
                {
                    _frames.Pop();
                    Mark(ref reader);
                    continue;
                }
                if (reader.TokenType != JsonTokenType.PropertyName)
                    throw new ValidationException(Position(), "Unexpected JSON token " + reader.TokenType);
                var name = reader.GetString()!;
                if (!reader.Read()) return Commit(Step.NeedMore);
                var descend = (frame, name) switch
                {
                    (Frame.Root, "epcisBody") => Frame.Body,
                    (Frame.Body, "eventList") => Frame.EventList,
                    (Frame.Body, "queryResults") => Frame.QueryResults,
                    (Frame.QueryResults, "resultsBody") => Frame.ResultsBody,
                    (Frame.ResultsBody, "eventList") => Frame.EventList,
                    _ => Frame.Ignore,
                };
                if (descend != Frame.Ignore)
                {
                    var expected = descend == Frame.EventList ? JsonTokenType.StartArray : JsonTokenType.StartObject;
                    if (reader.TokenType != expected)
                        throw new ValidationException(PointerOf(frame, name), $"{name} must be {(expected == JsonTokenType.StartArray ? "an array" : "an object")}");
                    if (descend == Frame.Body) _sawBody = true;
                    if (descend == Frame.EventList)
                        _eventListPointer = frame == Frame.Body ? "/epcisBody/eventList" : "/epcisBody/queryResults/resultsBody/eventList";
                    _frames.Push(descend);
                    Mark(ref reader);
                    continue;
                }
                if (reader.TokenType is JsonTokenType.StartObject or JsonTokenType.StartArray)
                {
                    var probe = reader;
                    if (!probe.TrySkip()) return Commit(Step.NeedMore);
                }
                var value = JsonDocument.ParseValue(ref reader);
                Mark(ref reader);
                if (frame is Frame.Root or Frame.QueryResults or Frame.ResultsBody)
                {
                    _value = value;
                    _propertyName = name;
                    return Commit(Step.Property);
                }
                value.Dispose(); // other epcisBody members carry nothing we store
            }
        }
        catch (JsonException ex)
        {
            var truncated = _eof && ex.Message.Contains("end of", StringComparison.OrdinalIgnoreCase);
            throw new ValidationException(Position(), (truncated ? "The JSON document ends before it is complete (truncated?): " : "The document is not well-formed JSON: ") + ex.Message);
        }

        void Mark(ref Utf8JsonReader r)
        {
            committed = r.BytesConsumed;
            committedState = r.CurrentState;
        }

        Step Commit(Step s)
        {
            _start += (int)committed;
            _absolute += committed;
            _state = committedState;
            return s;
        }
    }

    private static string PointerOf(Frame frame, string name) => frame switch
    {
        Frame.Root => "/" + name,
        Frame.Body => "/epcisBody/" + name,
        Frame.QueryResults => "/epcisBody/queryResults/" + name,
        _ => "/epcisBody/queryResults/resultsBody/" + name,
    };
}
