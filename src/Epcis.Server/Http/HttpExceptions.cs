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
