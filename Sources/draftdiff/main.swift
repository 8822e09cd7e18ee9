import DraftDiff
print("draftdiff")
