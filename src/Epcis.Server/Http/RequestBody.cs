using System.Buffers;
using Epcis.Model.Errors;

namespace Epcis.Server.Http;

/// <summary>Reads a request body into memory, refusing it (413) as soon as it passes the size limit.</summary>
internal static class RequestBody
{
    public static async Task<byte[]> ReadAsync(HttpRequest request, long limit, CancellationToken ct)
    {
        if (request.ContentLength is { } declared && declared > limit)
            throw new CaptureLimitExceededException($"The body has {declared} bytes; the limit is {limit} (GS1-EPCIS-Capture-File-Size-Limit)");
        var ms = request.ContentLength is { } len and > 0 ? new MemoryStream((int)Math.Min(len, int.MaxValue)) : new MemoryStream();
        var buffer = ArrayPool<byte>.Shared.Rent(81920);
        try
        {
            int n;
            while ((n = await request.Body.ReadAsync(buffer.AsMemory(0, buffer.Length), ct)) > 0)
            {
                if (ms.Length + n > limit)
                    throw new CaptureLimitExceededException($"The body is larger than {limit} bytes (GS1-EPCIS-Capture-File-Size-Limit)");
                ms.Write(buffer, 0, n);
            }
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
        if (ms.Length == 0) throw new ValidationException("", "The request body is empty; an EPCIS document was expected");
        return ms.Length == ms.Capacity ? ms.GetBuffer() : ms.ToArray();
    }
}
