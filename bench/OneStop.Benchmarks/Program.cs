using BenchmarkDotNet.Running;

// dotnet run -c Release --project bench/OneStop.Benchmarks -- --filter '*'
BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
