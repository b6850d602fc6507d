/// A byline line: `By Jane Doe and John Roe`, `By Jane Doe, Reuters`, `Written by Jane Doe in Cairo`.
struct Byline: Equatable {
    /// The people named.
    var authors: [String]
    /// What the byline says besides names: agencies, roles, places ("Reuters", "Middle East Editor").
    var affiliations: [String]

    private static let prefix = Pattern(#"^(?:by|written by|words by|story by|text by|reported by)\s*:?\s+(.+?)\.?$"#)
    private static let separators = Pattern(#"\s*[,;]\s*|\s+and\s+|\s*&\s*"#)
    private static let place = Pattern(#"^(.+?)\s+in\s+(\p{Lu}.*)$"#, caseInsensitive: false)
    private static let particles: Set<String> = [
        "al", "el", "de", "da", "di", "du", "del", "della", "dos", "das", "van", "von", "der", "den", "bin", "ibn", "ben", "la", "le", "y", "st.",
    ]
    private static let roleWords: Set<String> = [
        "correspondent", "editor", "reporter", "writer", "columnist", "contributor", "analyst", "producer", "staff", "bureau",
        "chief", "desk", "journalist", "photographer", "specialist", "team", "newsroom",
    ]
    private static let agencies: Set<String> = [
        "reuters", "thomson reuters", "ap", "the associated press", "associated press", "afp", "agence france-presse",
        "agence france presse", "bloomberg", "bloomberg news", "pa", "pa media", "press association", "dpa", "ani", "xinhua",
        "upi", "efe", "ansa", "kyodo", "kyodo news", "yonhap", "tass", "anadolu", "anadolu agency", "ians", "pti", "agencies",
    ]

    /// Reads a byline, or nil when the text is not one (its first part must name a person or agency).
    static func parse(_ text: String) -> Byline? {
        guard text.count <= 160, let names = prefix.groups(text)?[1] else { return nil }
        var byline = Byline(authors: [], affiliations: [])
        var rest = Substring(names)
        var parts: [String] = []
        for range in separators.ranges(in: names) {
            parts.append(String(rest[rest.startIndex..<range.lowerBound]))
            rest = names[range.upperBound...]
        }
        parts.append(String(rest))
        for (index, rawPart) in parts.enumerated() {
            var part = rawPart.trimmed
            if let located = place.groups(part), let name = located[1], let where_ = located[2] {
                part = name
                byline.affiliations.append("in " + where_)
            }
            if part.isEmpty { continue }
            if agencies.contains(part.lowercased()) || isRole(part) {
                byline.affiliations.append(part)
            } else if isPersonName(part) {
                byline.authors.append(part)
            } else if index == 0 {
                return nil
            } else {
                byline.affiliations.append(part)
            }
        }
        return byline.authors.isEmpty && byline.affiliations.isEmpty ? nil : byline
    }

    private static func isRole(_ part: String) -> Bool {
        part.lowercased().words.contains { roleWords.contains(String($0)) }
    }

    /// One to five words, each starting with a capital (or an uncased letter, as in Arabic),
    /// apart from name particles such as `al`, `de`, `van`.
    static func isPersonName(_ part: String) -> Bool {
        let words = part.words
        guard (1...5).contains(words.count) else { return false }
        return words.allSatisfy { word in
            if particles.contains(word.lowercased()) { return true }
            guard let first = word.first(where: { $0.isLetter }), word.first?.isLetter == true || word.first == "'" else { return false }
            let allowed = word.allSatisfy { $0.isLetter || "'’.-".contains($0) }
            return allowed && !first.isLowercase
        } && words.contains { !particles.contains($0.lowercased()) }
    }
}
