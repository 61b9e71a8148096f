namespace OneStop.Testing;

/// <summary>The repository the tests run from: the folder holding OneStop.Functions.sln.</summary>
internal static class RepositoryRoot
{
    public static string Path { get; } = Find();

    private static string Find()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(System.IO.Path.Combine(directory.FullName, "OneStop.Functions.sln")))
        {
            directory = directory.Parent;
        }
        return directory?.FullName ?? throw new InvalidOperationException("The repository root (OneStop.Functions.sln) was not found.");
    }
}
