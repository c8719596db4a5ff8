using Epcis.Model.Errors;

namespace Epcis.Storage;

/// <summary>The database cannot be reached or is too busy to answer; the client may retry later (HTTP 503).</summary>
/// <remarks>Raised by <see cref="StorageErrors.Translate"/> for connection failures, timeouts and lock time-outs.</remarks>
public sealed class StorageUnavailableException(string message, Exception? inner = null) : EpcisException(message, inner)
{
    public override string TypeName => "ImplementationException";
    public override int HttpStatus => 503;
}
