// kabar-bench-micro: BenchmarkDotNet micro-benchmarks of Kabar's hot paths.
//   dotnet run --project bench/micro -c Release -- --filter '*'
using BenchmarkDotNet.Running;

BenchmarkSwitcher.FromAssembly(typeof(Kabar.Bench.Micro.HotPaths).Assembly).Run(args);
