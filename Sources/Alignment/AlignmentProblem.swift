/// The shared state of the alignment passes: the units in scope on each side, what has been paired
/// so far, and how. Each pass reads it and adds pairings; none undoes another's work except split
/// and merge detection, which turns a pair into a group.
struct AlignmentProblem: Sendable {
    /// How a pair was found.
    enum Origin: Sendable, Hashable {
        /// Kept in reading order (exact anchors and gap pairing).
        case inPlace
        /// Found out of order.
        case moved
    }

    /// One old unit whose text now lives in several new ones, or the reverse.
    struct Group: Sendable, Hashable {
        var old: [Int]
        var new: [Int]
        var similarity: Double
    }

    let corpus: UnitCorpus
    /// Indices into `corpus.old` of the units in scope, in reading order.
    let oldScope: [Int]
    /// Indices into `corpus.new` of the units in scope, in reading order.
    let newScope: [Int]
    let options: AlignmentOptions
    let similarity: Similarity

    /// For each old position in scope, its partner's new position, or -1.
    var oldPartner: [Int]
    /// For each new position in scope, its partner's old position, or -1.
    var newPartner: [Int]
    /// For each new position, how its pair was found.
    var origin: [Origin]
    /// Groups of split and merged units (positions in scope).
    var groups: [Group] = []
    /// For each old / new position, the index of its group in `groups`, or -1.
    var oldGroup: [Int]
    var newGroup: [Int]

    init(corpus: UnitCorpus, oldScope: [Int], newScope: [Int], options: AlignmentOptions) {
        self.corpus = corpus
        self.oldScope = oldScope
        self.newScope = newScope
        self.options = options
        similarity = Similarity(rarity: corpus.rarity)
        oldPartner = [Int](repeating: -1, count: oldScope.count)
        newPartner = [Int](repeating: -1, count: newScope.count)
        origin = [Origin](repeating: .inPlace, count: newScope.count)
        oldGroup = [Int](repeating: -1, count: oldScope.count)
        newGroup = [Int](repeating: -1, count: newScope.count)
    }

    /// The old unit at a position in scope (borrowed, not copied: the passes read one field at a time).
    subscript(old position: Int) -> AlignmentUnit {
        _read { yield corpus.old[oldScope[position]] }
    }
    /// The new unit at a position in scope.
    subscript(new position: Int) -> AlignmentUnit {
        _read { yield corpus.new[newScope[position]] }
    }

    /// Whether an old position is free (neither paired nor grouped).
    func oldFree(_ position: Int) -> Bool { oldPartner[position] < 0 && oldGroup[position] < 0 }
    /// Whether a new position is free.
    func newFree(_ position: Int) -> Bool { newPartner[position] < 0 && newGroup[position] < 0 }

    /// Whether two units may be paired at all.
    func compatible(_ oldPosition: Int, _ newPosition: Int) -> Bool {
        self[old: oldPosition].role == self[new: newPosition].role
    }

    /// The rarity-weighted similarity of two units.
    func score(_ oldPosition: Int, _ newPosition: Int) -> Double {
        units(oldPosition, newPosition) { old, new in
            old.key == new.key ? 1 : similarity.score(old.content, old.weight, new.content, new.weight)
        }
    }

    /// `score`, when it reaches `threshold`; otherwise some smaller value, worked out faster.
    func score(_ oldPosition: Int, _ newPosition: Int, atLeast threshold: Double) -> Double {
        units(oldPosition, newPosition) { old, new in
            old.key == new.key ? 1 : similarity.score(old.content, old.weight, new.content, new.weight, atLeast: threshold)
        }
    }

    /// `body` with an old and a new unit, both borrowed: the hot scoring loops then retain none of
    /// their arrays (reading fields through the subscripts one by one copies each array it passes on).
    @inline(__always)
    func units<T>(_ oldPosition: Int, _ newPosition: Int, _ body: (borrowing AlignmentUnit, borrowing AlignmentUnit) -> T) -> T {
        body(corpus.old[oldScope[oldPosition]], corpus.new[newScope[newPosition]])
    }

    mutating func pair(_ oldPosition: Int, _ newPosition: Int, _ how: Origin) {
        oldPartner[oldPosition] = newPosition
        newPartner[newPosition] = oldPosition
        origin[newPosition] = how
    }

    mutating func unpair(old oldPosition: Int) {
        let partner = oldPartner[oldPosition]
        guard partner >= 0 else { return }
        oldPartner[oldPosition] = -1
        newPartner[partner] = -1
    }

    mutating func addGroup(_ group: Group) {
        for position in group.old { unpair(old: position); oldGroup[position] = groups.count }
        for position in group.new {
            if newPartner[position] >= 0 { unpair(old: newPartner[position]) }
            newGroup[position] = groups.count
        }
        groups.append(group)
    }

    /// The in-place pairs, in reading order, as (old, new) positions.
    var inPlacePairs: [(old: Int, new: Int)] {
        newPartner.indices.compactMap { new in
            newPartner[new] >= 0 && origin[new] == .inPlace ? (newPartner[new], new) : nil
        }
    }
}
