namespace Epcis.Model.Tests.Support;

/// <summary>Locates the shared reference data (<c>../shared</c> beside the repository root) that tests read in place.</summary>
public static class SharedData
{
    private static readonly Lazy<string> RootPath = new(Find);

    /// <summary>The absolute path of the shared folder.</summary>
    public static string Root => RootPath.Value;

    /// <summary>A path inside the shared folder.</summary>
    public static string Path(params string[] parts) => System.IO.Path.Combine([Root, .. parts]);

    /// <summary>All files under a shared folder matching a pattern, as paths relative to the shared root (for test names).</summary>
    public static IEnumerable<string> Files(string folder, string pattern, bool recursive = true) =>
        Directory.EnumerateFiles(Path(folder), pattern, recursive ? SearchOption.AllDirectories : SearchOption.TopDirectoryOnly)
            .Select(f => System.IO.Path.GetRelativePath(Root, f).Replace('\\', '/'))
            .OrderBy(f => f, StringComparer.Ordinal);

    private static string Find()
    {
        var env = Environment.GetEnvironmentVariable("EPCIS_SHARED");
        if (!string.IsNullOrEmpty(env) && Directory.Exists(env)) return System.IO.Path.GetFullPath(env);
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir != null; dir = dir.Parent)
        {
            var candidate = System.IO.Path.Combine(dir.FullName, "shared");
            if (Directory.Exists(System.IO.Path.Combine(candidate, "gs1")) && Directory.Exists(System.IO.Path.Combine(candidate, "corpus")))
                return candidate;
        }
        throw new DirectoryNotFoundException("The shared reference data (../shared with gs1/ and corpus/) was not found; set EPCIS_SHARED.");
    }
}
