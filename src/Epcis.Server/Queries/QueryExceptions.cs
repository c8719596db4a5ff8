using Epcis.Model.Errors;

namespace Epcis.Server.Queries;

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
