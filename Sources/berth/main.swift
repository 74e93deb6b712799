import BerthCLI

Berth.main(arguments: Array(CommandLine.arguments.dropFirst()))
