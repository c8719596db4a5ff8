namespace Epcis.Server.Logging;

/// <summary>Capture pipeline log messages (event IDs 100–199).</summary>
internal static partial class CaptureLog
{
    [LoggerMessage(EventId = 100, Level = LogLevel.Information, Message = "Capture {CaptureId} stored {Stored} events ({Duplicates} duplicates, {Rejected} rejected) in {ElapsedMs} ms")]
    public static partial void Stored(ILogger logger, string captureId, int stored, int duplicates, int rejected, long elapsedMs);

    [LoggerMessage(EventId = 101, Level = LogLevel.Information, Message = "Capture {CaptureId} accepted for background processing ({Bytes} bytes)")]
    public static partial void Deferred(ILogger logger, string captureId, long bytes);

    [LoggerMessage(EventId = 102, Level = LogLevel.Warning, Message = "Capture {CaptureId} rejected: {Reason}")]
    public static partial void Rejected(ILogger logger, string captureId, string reason);

    [LoggerMessage(EventId = 103, Level = LogLevel.Information, Message = "Resuming unfinished capture {CaptureId}")]
    public static partial void Resuming(ILogger logger, string captureId);

    [LoggerMessage(EventId = 104, Level = LogLevel.Warning, Message = "Cannot list unfinished captures yet ({Reason}); retrying in {Seconds} s")]
    public static partial void RecoveryRetry(ILogger logger, string reason, int seconds);

    [LoggerMessage(EventId = 110, Level = LogLevel.Error, Message = "Unexpected error while serving {Path}")]
    public static partial void Unexpected(ILogger logger, Exception ex, string path);
}
