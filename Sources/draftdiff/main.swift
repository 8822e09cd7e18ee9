import ArgumentParser

DraftDiffCommand.main()
