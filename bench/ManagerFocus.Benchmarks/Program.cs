using System.Reflection;
using BenchmarkDotNet.Running;

// The entry assembly, not typeof(Program): the CLI's own Program is visible here too.
BenchmarkSwitcher.FromAssembly(Assembly.GetExecutingAssembly()).Run(args);
