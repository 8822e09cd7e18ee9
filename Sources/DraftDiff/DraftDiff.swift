// The public face of DraftDiff: one import gives every stage of the pipeline.
//
//     read (plain text | .docx) → structure (Draft) → align → diff (words) → merge → write
@_exported import DraftModel
@_exported import DraftStructure
@_exported import DraftReading
@_exported import WordDiff
@_exported import DraftAlignment
@_exported import DraftMerge
@_exported import DraftWriting
