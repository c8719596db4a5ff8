namespace Epcis.Model.Errors;

/// <summary>Base of every exception the EPCIS standard names; the server maps each to one problem type.</summary>
/// <remarks>
/// EPCIS 2.0 §12 (REST binding) and the query XSD name the exception types. Subclasses:
/// <see cref="ValidationException"/> (raised by readers and validators in Epcis.Model),
/// <see cref="QueryParameterException"/>, <see cref="QueryTooLargeException"/> (Epcis.Query),
/// <see cref="NoSuchResourceException"/>, <see cref="ResourceAlreadyExistsException"/> and
/// <see cref="CaptureLimitExceededException"/> (storage and server),
/// <see cref="ImplementationException"/> (anything unexpected).
/// The problem-details <c>type</c> is <c>epcisException:</c> + <see cref="TypeName"/>.
/// </remarks>
public abstract class EpcisException : Exception
{
    protected EpcisException(string message, Exception? inner = null) : base(message, inner) { }

    /// <summary>The exception name as the standard spells it, e.g. <c>ValidationException</c>.</summary>
    public abstract string TypeName { get; }

    /// <summary>The HTTP status the REST binding ties to this exception.</summary>
    public abstract int HttpStatus { get; }

    /// <summary>The problem-details <c>type</c> value, e.g. <c>epcisException:ValidationException</c>.</summary>
    public string ProblemType => "epcisException:" + TypeName;
}

/// <summary>A document or event does not conform to the standard; the message names where and why.</summary>
public sealed class ValidationException : EpcisException
{
    public ValidationException(IReadOnlyList<ValidationError> errors)
        : base(Describe(errors)) => Errors = errors;

    public ValidationException(string location, string message)
        : this([new ValidationError(location, message)]) { }

    /// <summary>Every problem found, each with its location (JSON pointer or XML line:column).</summary>
    public IReadOnlyList<ValidationError> Errors { get; }

    public override string TypeName => "ValidationException";
    public override int HttpStatus => 400;

    private static string Describe(IReadOnlyList<ValidationError> errors) => errors.Count switch
    {
        0 => "The document is invalid.",
        1 => errors[0].ToString(),
        _ => $"{errors.Count} errors; first: {errors[0]}",
    };
}

/// <summary>One validation problem: where it is and what is wrong.</summary>
/// <param name="Location">A JSON pointer (<c>/epcisBody/eventList/3/bizStep</c>) or an XML position (<c>line 12, column 5 (bizStep)</c>).</param>
/// <param name="Message">What is wrong, naming the field.</param>
public sealed record ValidationError(string Location, string Message)
{
    public override string ToString() => string.IsNullOrEmpty(Location) ? Message : $"{Location}: {Message}";
}

/// <summary>A query parameter is unknown, repeated, badly typed or contradicts another.</summary>
public sealed class QueryParameterException(string message) : EpcisException(message)
{
    public override string TypeName => "QueryParameterException";
    public override int HttpStatus => 400;
}

/// <summary>The query would return more events than the client or server allows.</summary>
public sealed class QueryTooLargeException(string message) : EpcisException(message)
{
    public override string TypeName => "QueryTooLargeException";
    public override int HttpStatus => 413;
}

/// <summary>The named resource (event, query, capture job, subscription) does not exist.</summary>
public sealed class NoSuchResourceException(string message) : EpcisException(message)
{
    public override string TypeName => "NoSuchResourceException";
    public override int HttpStatus => 404;
}

/// <summary>The resource (event ID, query name) already exists.</summary>
public sealed class ResourceAlreadyExistsException(string message) : EpcisException(message)
{
    public override string TypeName => "ResourceAlreadyExistsException";
    public override int HttpStatus => 409;
}

/// <summary>A capture exceeds the announced event-count or size limit.</summary>
public sealed class CaptureLimitExceededException(string message) : EpcisException(message)
{
    public override string TypeName => "CaptureLimitExceededException";
    public override int HttpStatus => 413;
}

/// <summary>The server failed for a reason that is not the client's fault.</summary>
public sealed class ImplementationException(string message, Exception? inner = null) : EpcisException(message, inner)
{
    public override string TypeName => "ImplementationException";
    public override int HttpStatus => 500;
}
