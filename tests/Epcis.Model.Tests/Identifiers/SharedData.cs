namespace Epcis.Model.Tests.Identifiers;

/// <summary>Finds the repository's sibling <c>shared</c> folder (test data that is not part of the repository).</summary>
internal static class SharedData
{
    private static readonly Lazy<string> Root = new(Locate);

    public static string Path(params string[] parts) => System.IO.Path.Combine([Root.Value, .. parts]);

    private static string Locate()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            string candidate = System.IO.Path.Combine(dir.FullName, "shared");
            if (Directory.Exists(System.IO.Path.Combine(candidate, "gs1-gcp"))) return candidate;
        }
        throw new DirectoryNotFoundException($"No 'shared' folder with gs1-gcp above {AppContext.BaseDirectory}");
    }
}
