import LedeCLI

LedeMain.run()
