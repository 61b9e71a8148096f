namespace OneStop.Cli;

/// <summary>"--name value" pairs; a name may repeat (--missing A --missing B).</summary>
internal sealed class Options
{
    private readonly List<(string Name, string Value)> pairs = [];

    public static Options Parse(IEnumerable<string> args)
    {
        var options = new Options();
        string? name = null;
        foreach (var arg in args)
        {
            if (name is null)
            {
                name = arg.StartsWith("--", StringComparison.Ordinal) ? arg : throw new ArgumentException($"Expected an option, found '{arg}'.");
            }
            else
            {
                options.pairs.Add((name, arg));
                name = null;
            }
        }
        return name is null ? options : throw new ArgumentException($"Option {name} needs a value.");
    }

    public string Required(string name) => One(name) ?? throw new ArgumentException($"Option {name} is required.");

    public string? One(string name) => pairs.LastOrDefault(p => p.Name == name).Value;

    public IReadOnlyList<string>? All(string name) => pairs.Where(p => p.Name == name).Select(p => p.Value).ToList() is { Count: > 0 } values ? values : null;
}
