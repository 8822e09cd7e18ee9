import DraftModel

extension Draft {
    /// The label a reader uses for the block at `path`: "84", or "25.a" for a sub-paragraph; nil when unnumbered.
    public func displayLabel(at path: BlockPath) -> String? {
        let block = self[path]
        guard let sub = path.subparagraph else { return block.label }
        return "\(blocks[path.index].label ?? "?").\(block.label ?? String(sub + 1))"
    }
}
