using OneStop.Domain.Catalog;

namespace OneStop.Application.Common;

/// <summary>
/// The queues, by the names both transports use: one assignment queue and one decision queue per department
/// (a department reads and writes only its own), the engine's signal queue, and outgoing notifications.
/// </summary>
public static class QueueNames
{
    public const string Signals = "signals";
    public const string Notifications = "notifications";

    public static string Assignments(DepartmentCode department) => $"assign-{Slug(department)}";

    public static string Decisions(DepartmentCode department) => $"decide-{Slug(department)}";

    public static string Poison(string queue) => $"{queue}-poison";

    /// <summary>Queue names allow lowercase letters, digits and single hyphens.</summary>
    private static string Slug(DepartmentCode department) =>
        string.Concat(department.Value.ToLowerInvariant().Select(c => char.IsAsciiLetterOrDigit(c) ? c : '-'));
}
