return AlLas.Publishing.Cli.AllasCli.Run(args, Console.Out, Console.Error);
