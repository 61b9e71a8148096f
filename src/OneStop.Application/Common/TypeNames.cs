namespace OneStop.Application.Common;

/// <summary>How a signal, command or event is named to the outside (message kinds, metrics, timelines): its type in camelCase.</summary>
public static class TypeNames
{
    public static string Of(object value)
    {
        var name = value.GetType().Name;
        return char.ToLowerInvariant(name[0]) + name[1..];
    }
}
