/// Markdown for reading or publishing: the headline as `#`, the standfirst in italics, a
/// metadata line, the lead image, the body with headings, lists, quotes and code rendered,
/// then the notes. Articles are separated by a `---` line.
public struct MarkdownWriter: ArticleWriter {
    public let name = "markdown"
    public let separator = "\n---\n\n"

    public init() {}

    public func render(_ article: Article) -> String {
        var parts: [String] = []
        if let headline = article.headline { parts.append("# " + escape(headline)) }
        if let description = article.description { parts.append("*" + escape(description) + "*") }
        if let metadata = MetadataLine.of(article) { parts.append(escape(metadata)) }
        if let image = article.image {
            let text = MetadataLine.captionWithCredit(image.caption, image.credit) ?? "Image"
            parts.append(image.url.map { "![\(escape(text))](<\($0)>)" } ?? "*Image: \(escape(text))*")
        }
        parts += article.body.map(render)
        parts += article.notes.map { "*" + escape($0) + "*" }
        return parts.joined(separator: "\n\n") + "\n"
    }

    private func render(_ block: Block) -> String {
        switch block.type {
        case .paragraph: return escape(block.text)
        case .heading: return String(repeating: "#", count: min(6, max(2, block.level ?? 2))) + " " + escape(block.text)
        case .quote: return block.text.split(separator: "\n", omittingEmptySubsequences: false).map { "> " + escape(String($0)) }.joined(separator: "\n")
        case .list: return (block.items ?? [block.text]).map { "- " + escape($0) }.joined(separator: "\n")
        case .figure: return "*Image: " + escape(MetadataLine.captionWithCredit(block.caption, block.credit) ?? block.text) + "*"
        case .preformatted:
            let fence = block.text.contains("```") ? "~~~~" : "```"
            return fence + "\n" + block.text + "\n" + fence
        }
    }

    /// Escapes what Markdown would otherwise read as syntax: emphasis, code, links, HTML,
    /// and block markers at the start of a line.
    func escape(_ text: String) -> String {
        var out = ""
        for char in text {
            if "\\`*_[]<>".contains(char) { out.append("\\") }
            out.append(char)
        }
        if let first = out.first, "#+-=|".contains(first) { out.insert("\\", at: out.startIndex) }
        if let dot = out.firstIndex(where: { !$0.isNumber }), dot != out.startIndex, ".)".contains(out[dot]) {
            out.insert("\\", at: dot)
        }
        return out
    }
}
