/// The one-line summary of an article's metadata that the human-readable writers print:
/// `By Jane Doe and John Roe · 2018-02-08 · 2 min read`.
enum MetadataLine {
    static func of(_ article: Article) -> String? {
        var parts: [String] = []
        if !article.authors.isEmpty { parts.append("By " + listing(article.authors)) }
        if let date = article.datePublished { parts.append(date) }
        if let modified = article.dateModified { parts.append("updated " + modified) }
        if let minutes = article.readingTimeMinutes { parts.append("\(minutes) min read") }
        return parts.isEmpty ? nil : parts.joined(separator: " · ")
    }

    /// "A", "A and B", "A, B and C".
    static func listing(_ names: [String]) -> String {
        guard names.count > 1 else { return names.first ?? "" }
        return names.dropLast().joined(separator: ", ") + " and " + names[names.count - 1]
    }

    /// "caption (credit)", or whichever of the two exists.
    static func captionWithCredit(_ caption: String?, _ credit: String?) -> String? {
        switch (caption, credit) {
        case let (caption?, credit?): return "\(caption) (\(credit))"
        case let (caption?, nil): return caption
        case let (nil, credit?): return credit
        case (nil, nil): return nil
        }
    }
}
