using Epcis.Model.Errors;

namespace Epcis.Server.Http;

/// <summary>The request body's media type is not one the endpoint reads (415).</summary>
internal sealed class UnsupportedMediaTypeException(string message) : EpcisException(message)
{
    public override string TypeName => "UnsupportedMediaTypeException";
    public override int HttpStatus => 415;
}

/// <summary>The server cannot produce a representation the client accepts (406).</summary>
internal sealed class NotAcceptableException(string message) : EpcisException(message)
{
    public override string TypeName => "NotAcceptableException";
    public override int HttpStatus => 406;
}

/// <summary>The request URI (its query string) is longer than the server accepts (414).</summary>
internal sealed class UriTooLongException(string message) : EpcisException(message)
{
    public override string TypeName => "URITooLongException";
    public override int HttpStatus => 414;
}

/// <summary>An optional feature of the REST binding this server does not offer (yet): 501 with type ImplementationException.</summary>
internal sealed class NotImplementedFeatureException(string message) : EpcisException(message)
{
    public override string TypeName => "ImplementationException";
    public override int HttpStatus => 501;
}
