using BenchmarkDotNet.Running;
using OneStop.Benchmarks.Load;

// Micro-benchmarks:   dotnet run -c Release --project bench/OneStop.Benchmarks -- --filter '*'
// Load runs (start the local services first: bash tools/services.sh start):
//   dotnet run -c Release --project bench/OneStop.Benchmarks -- lifecycle [seconds per run, default 20]
//   dotnet run -c Release --project bench/OneStop.Benchmarks -- submission
//   dotnet run -c Release --project bench/OneStop.Benchmarks -- scans [largest store, default 20000]
//   dotnet run -c Release --project bench/OneStop.Benchmarks -- cost [lifecycles of each kind, default 5]
// In memory, no services needed:
//   dotnet run -c Release --project bench/OneStop.Benchmarks -- scorecard [dossiers, default 300000] [documents scanned, default 30000]
switch (args.FirstOrDefault())
{
    case "lifecycle":
        await LifecycleLoad.RunAsync(TimeSpan.FromSeconds(args.Length > 1 ? int.Parse(args[1]) : 20));
        break;
    case "submission":
        await SubmissionLoad.RunAsync();
        break;
    case "cost":
        await DossierCost.RunAsync(args.Length > 1 ? int.Parse(args[1]) : 5);
        break;
    case "scorecard":
        ScorecardLoad.Run(args.Length > 1 ? int.Parse(args[1]) : 300_000, args.Length > 2 ? int.Parse(args[2]) : 30_000);
        break;
    case "scans":
        await DueScanLoad.RunAsync(args.Length > 1 ? int.Parse(args[1]) : 20_000);
        break;
    default:
        BenchmarkSwitcher.FromAssembly(typeof(LifecycleLoad).Assembly).Run(args);
        break;
}
