using System.Text.RegularExpressions;
using OneStop.Testing;

namespace OneStop.Application.Tests;

/// <summary>
/// The core's namespaces, read from the sources: each file's namespace and the namespaces it names (its using
/// directives and any qualified name). Dependencies point one way: no cycle inside Domain or inside Application, and
/// Application's bottom namespace (Common) depends on nothing else in Application.
/// </summary>
public sealed partial class NamespaceDependencyTests
{
    [Theory]
    [InlineData("OneStop.Domain")]
    [InlineData("OneStop.Application")]
    public void Namespaces_of_a_project_form_no_cycle(string project)
    {
        var graph = DependenciesOf(project);
        var cycles = StronglyConnected(graph).Where(c => c.Count > 1).Select(c => string.Join(" ↔ ", c.Order()));
        Assert.Empty(cycles);
    }

    [Fact]
    public void Application_sits_on_a_bottom_namespace_that_depends_on_nothing_else_in_it()
    {
        var graph = DependenciesOf("OneStop.Application");
        Assert.Empty(graph["OneStop.Application.Common"]);
        Assert.All(graph.Where(n => n.Key != "OneStop.Application"), n => Assert.DoesNotContain("OneStop.Application", n.Value));
    }

    [Fact]
    public void Application_is_cut_by_capability()
    {
        var namespaces = DependenciesOf("OneStop.Application").Keys.Select(n => n.Replace("OneStop.Application", "", StringComparison.Ordinal).TrimStart('.'));
        Assert.Superset(
            new HashSet<string> { "Common", "Access", "Filing", "Reception", "Decisions", "Supplements", "Deadlines", "Worklists", "Reports", "Administration", "Portal" },
            namespaces.ToHashSet());
    }

    /// <summary>Each namespace of the project and the project's other namespaces that its files name.</summary>
    private static Dictionary<string, HashSet<string>> DependenciesOf(string project)
    {
        var graph = new Dictionary<string, HashSet<string>>();
        var root = Path.Combine(RepositoryRoot.Path, "src", project);
        foreach (var file in Directory.EnumerateFiles(root, "*.cs", SearchOption.AllDirectories))
        {
            var relative = Path.GetRelativePath(root, file);
            if (relative.StartsWith("obj", StringComparison.Ordinal) || relative.StartsWith("bin", StringComparison.Ordinal))
            {
                continue;
            }
            var text = File.ReadAllText(file);
            var own = NamespaceDeclaration().Match(text).Groups[1].Value;
            var named = graph.TryGetValue(own, out var set) ? set : graph[own] = [];
            foreach (Match reference in NamespaceReference().Matches(text))
            {
                var target = reference.Groups[1].Value;
                if (target.StartsWith(project, StringComparison.Ordinal) && target != own)
                {
                    named.Add(target);
                }
            }
        }
        // A qualified name may go deeper than a namespace (a type, a member): keep the namespace it starts with.
        var known = graph.Keys.ToHashSet();
        foreach (var (_, targets) in graph)
        {
            var resolved = targets.Select(t => known.Where(k => t == k || t.StartsWith(k + ".", StringComparison.Ordinal)).MaxBy(k => k.Length)).OfType<string>().ToList();
            targets.Clear();
            targets.UnionWith(resolved);
        }
        foreach (var (name, targets) in graph)
        {
            targets.Remove(name);
        }
        return graph;
    }

    /// <summary>Tarjan's strongly connected components: a component of more than one namespace is a cycle.</summary>
    private static List<List<string>> StronglyConnected(Dictionary<string, HashSet<string>> graph)
    {
        var index = new Dictionary<string, int>();
        var low = new Dictionary<string, int>();
        var stack = new Stack<string>();
        var components = new List<List<string>>();
        void Visit(string node)
        {
            index[node] = low[node] = index.Count;
            stack.Push(node);
            foreach (var next in graph.GetValueOrDefault(node) ?? [])
            {
                if (!index.ContainsKey(next))
                {
                    Visit(next);
                    low[node] = Math.Min(low[node], low[next]);
                }
                else if (stack.Contains(next))
                {
                    low[node] = Math.Min(low[node], index[next]);
                }
            }
            if (low[node] == index[node])
            {
                var component = new List<string>();
                string popped;
                do
                {
                    popped = stack.Pop();
                    component.Add(popped);
                }
                while (popped != node);
                components.Add(component);
            }
        }
        foreach (var node in graph.Keys.Where(n => !index.ContainsKey(n)))
        {
            Visit(node);
        }
        return components;
    }

    [GeneratedRegex(@"^namespace\s+([\w.]+)\s*;", RegexOptions.Multiline)]
    private static partial Regex NamespaceDeclaration();

    /// <summary>A using directive, or a qualified name in code or in a cref.</summary>
    [GeneratedRegex(@"\b(OneStop\.(?:Domain|Application)(?:\.[A-Z]\w*)*)")]
    private static partial Regex NamespaceReference();
}
