return AlLas.Publishing.Benchmarks.BenchCommands.Run(args, Console.Out, Console.Error);
