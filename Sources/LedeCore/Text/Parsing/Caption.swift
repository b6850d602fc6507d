/// A photo caption line with its credit: `… [AFP]`, `… (Reuters)`, `Photo: …`, `… Credit: Getty Images`,
/// `… Photograph: Jane Doe/Reuters`.
struct Caption: Equatable {
    var caption: String?
    var credit: String?

    private static let labelled = Pattern(#"^(?:photo|image|picture|photograph|pictured|caption)\s*:\s*(.+)$"#)
    private static let bracketed = Pattern(#"^(.*?)\s*\[([^\[\]]{2,60})\]$"#)
    private static let parenthesised = Pattern(#"^(.*?)\s*\(([^()]{2,60})\)$"#)
    private static let creditLabel = Pattern(
        #"^(.+?)[\s,;–—-]*\b(?:photo credit|image credit|credit|photograph|photo|picture|image)\s*:\s*([^:]{2,80})$"#)
    private static let creditJoiners: Set<String> = ["/", "via", "for", "of", "by", "and", "&", "|"]

    /// Reads a caption line, or nil when the line is not one.
    static func parse(_ line: String) -> Caption? {
        // Every form ends in a bracket or has a label with a colon: skip the regexes otherwise.
        guard line.utf8.count <= 1600, let last = line.utf8.last,
            last == UInt8(ascii: "]") || last == UInt8(ascii: ")") || line.utf8.contains(UInt8(ascii: ":")),
            line.count <= 400
        else { return nil }
        if let rest = labelled.groups(line)?[1] {
            if let inner = creditSplit(rest) { return inner }
            if isCredit(rest) { return Caption(caption: nil, credit: rest) }
            return Caption(caption: rest, credit: nil)
        }
        return creditSplit(line)
    }

    /// What `creditLabel` cannot match without: one of its label words.
    private static let creditWords = KeywordPattern(["credit", "photo", "picture", "image"])

    private static func creditSplit(_ line: String) -> Caption? {
        // Each pattern runs only on lines holding what it needs (most body lines hold none).
        let bytes = line.utf8
        let candidates = [
            bytes.contains(UInt8(ascii: "]")) ? bracketed : nil,
            bytes.contains(UInt8(ascii: ")")) ? parenthesised : nil,
            bytes.contains(UInt8(ascii: ":")) && creditWords.matches(line) ? creditLabel : nil,
        ]
        for case let pattern? in candidates {
            guard let groups = pattern.groups(line), let text = groups[1], let credit = groups[2]?.trimmed else { continue }
            guard isCredit(credit) else { continue }
            let caption = text.trimmed
            return Caption(caption: caption.isEmpty ? nil : caption, credit: credit)
        }
        return nil
    }

    /// A credit is short and made of capitalised words (`AFP`, `Getty Images`, `AP Photo/Jane Doe`).
    static func isCredit(_ text: String) -> Bool {
        let words = text.split { $0.isWhitespace || $0 == "/" }
        guard (1...6).contains(words.count), !text.hasSuffix(".") || text.hasSuffix("Inc.") else { return false }
        return words.allSatisfy { word in
            creditJoiners.contains(word.lowercased()) || (word.first.map { $0.isUppercase || $0.isNumber || ($0.isLetter && !$0.isLowercase) } ?? false)
        }
    }
}
