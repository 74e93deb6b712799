import BerthCLI

Berth.main()
