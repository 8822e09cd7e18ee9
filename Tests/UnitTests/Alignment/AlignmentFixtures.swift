import DraftDiff

/// Drafts built in memory for alignment tests: "#" starts a heading, "  " a sub-paragraph, anything
/// else an operative paragraph; paragraphs are numbered 1…N and sub-paragraphs a, b, c.
enum MemoryDraft {
    static func make(_ lines: [String], name: String = "memory") -> Draft {
        var blocks: [Block] = []
        var number = 0
        for line in lines {
            if line.hasPrefix("#") {
                blocks.append(Block(kind: .heading, text: String(line.dropFirst(2)), level: 1))
            } else if line.hasPrefix("  ") {
                let letter = String(UnicodeScalar(UInt8(97 + blocks[blocks.count - 1].subparagraphs.count)))
                blocks[blocks.count - 1].subparagraphs.append(Block(kind: .paragraph, label: letter, text: String(line.dropFirst(2)), level: 3))
            } else {
                number += 1
                blocks.append(Block(kind: .paragraph, label: String(number), text: line, level: 2))
            }
        }
        return Draft(source: DraftSource(path: name, format: .memory), blocks: blocks)
    }

    /// The (old label, new label, kind) of every entry that pairs blocks, for readable expectations.
    static func links(_ alignment: Alignment) -> [String] {
        alignment.entries.map { entry in
            let old = entry.old.map { alignment.old.displayLabel(at: $0) ?? "h" }.joined(separator: ",")
            let new = entry.new.map { alignment.new.displayLabel(at: $0) ?? "h" }.joined(separator: ",")
            return "\(old)>\(new) \(entry.kind.rawValue)"
        }
    }

    /// Paragraphs about distinct subjects, each with its own rare words.
    static let subjects = [
        "De demander au SSM de soutenir les États membres dans la lutte contre la pêche illicite non déclarée et non réglementée dans les eaux côtières",
        "De convoquer la Cinquième Réunion des autorités pénitentiaires et carcérales au Honduras au cours du second semestre",
        "De reconnaître les efforts de déminage humanitaire de la Colombie, de l'Équateur et du Pérou sur leurs territoires frontaliers",
        "D'encourager les États membres à ratifier la Convention interaméricaine sur la transparence de l'acquisition des armes classiques",
        "De prendre note du rapport sur les incidences du changement climatique sur la sécurité des petits États insulaires des Caraïbes",
        "De remercier le Gouvernement d'El Salvador pour son offre d'accueillir le cours de formation policière du réseau REDPPOL",
        "D'approuver le plan de travail du Groupe sur la cybersécurité, les rançongiciels et la protection des infrastructures critiques",
        "De demander à la JID de célébrer le quatre-vingtième anniversaire de sa création par un programme d'activités commémoratives",
    ]
}
