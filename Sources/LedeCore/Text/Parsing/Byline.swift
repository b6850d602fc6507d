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
    private static let openingWords: Set<String> = ["by", "written", "words", "story", "text", "reported"]

    static func parse(_ text: String) -> Byline? {
        guard openingWords.contains(text.prefix { $0.isLetter }.lowercased()), text.count <= 160,
            let names = prefix.groups(text)?[1]
        else { return nil }
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
            if agencies.contains(part.lowercased()) || isRole(part) || (index > 0 && isOrganisation(part)) {
                byline.affiliations.append(part)
            } else if isPersonName(part) {
                byline.authors.append(part)
            } else {
                // Anything else (a clause, a lowercase phrase) means this is a sentence that
                // happens to start with "By", such as "By Friday, the talks had collapsed".
                return nil
            }
        }
        return byline.authors.isEmpty && byline.affiliations.isEmpty ? nil : byline
    }

    private static let organisationWords: Set<String> = [
        "news", "press", "media", "times", "post", "agency", "network", "tv", "radio", "channel", "service", "daily",
        "journal", "herald", "tribune", "online", "magazine", "newspaper", "group", "wire", "gazette", "telegraph",
    ]

    /// "BBC News", "The Daily Star", "CNN": a news organisation rather than a person.
    private static func isOrganisation(_ part: String) -> Bool {
        let words = part.words
        guard (1...5).contains(words.count) else { return false }
        if words.contains(where: { organisationWords.contains($0.lowercased()) }) { return true }
        let acronym = words.contains { $0.count >= 2 && $0.count <= 5 && $0.allSatisfy { $0.isASCII && $0.isUppercase } }
        return acronym && !words.allSatisfy { $0.allSatisfy { !$0.isLowercase } }
    }

    private static func isRole(_ part: String) -> Bool {
        part.lowercased().words.contains { roleWords.contains(String($0)) }
    }

    /// One to five words, each starting with a capital (or an uncased letter, as in Arabic),
    /// apart from name particles such as `al`, `de`, `van` (also joined: `al-Masri`, `d'Arc`).
    /// A lone weekday or month ("By Friday") is not a name.
    static func isPersonName(_ part: String) -> Bool {
        let words = part.words
        guard (1...5).contains(words.count) else { return false }
        if words.count == 1, DateWords.months[words[0].lowercased()] != nil || DateWords.weekdays.contains(words[0].lowercased()) {
            return false
        }
        return words.allSatisfy { word in
            let lowered = word.lowercased()
            if particles.contains(lowered) { return true }
            if particles.contains(where: { lowered.hasPrefix($0 + "-") || lowered.hasPrefix($0 + "'") || lowered.hasPrefix($0 + "’") }) {
                return word.count > 3
            }
            guard let first = word.first(where: { $0.isLetter }), word.first?.isLetter == true || word.first == "'" else { return false }
            let allowed = word.allSatisfy { $0.isLetter || "'’.-".contains($0) }
            return allowed && !first.isLowercase
        } && words.contains { !particles.contains($0.lowercased()) }
    }
}
