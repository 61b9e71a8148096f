using OneStop.Testing.Durable;

namespace OneStop.Functions.Tests.Durable;

/// <summary>One <see cref="DurableLocalHost"/> per test class: its own database, queues and Durable backend.</summary>
public sealed class DurableFunctionsHost : IAsyncLifetime
{
    public DurableLocalHost Host { get; private set; } = null!;

    public async Task InitializeAsync() => Host = await DurableLocalHost.StartAsync();

    public async Task DisposeAsync() => await Host.DisposeAsync();
}
