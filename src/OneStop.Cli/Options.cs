namespace OneStop.Cli;

/// <summary>"--name value" pairs; a name may repeat (--missing A --missing B); a name followed by another, or last, is a flag.</summary>
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
            else if (arg.StartsWith("--", StringComparison.Ordinal))
            {
                options.pairs.Add((name, ""));
                name = arg;
            }
            else
            {
                options.pairs.Add((name, arg));
                name = null;
            }
        }
        if (name is not null)
        {
            options.pairs.Add((name, ""));
        }
        return options;
    }

    public bool Has(string name) => pairs.Any(p => p.Name == name);

    public string Required(string name) => One(name) is { Length: > 0 } value ? value : throw new ArgumentException($"Option {name} is required.");

    public string? One(string name) => pairs.LastOrDefault(p => p.Name == name).Value;

    public IReadOnlyList<string>? All(string name) => pairs.Where(p => p.Name == name).Select(p => p.Value).ToList() is { Count: > 0 } values ? values : null;
}
