/// Plain text: headline, standfirst, metadata line, body and notes, separated by blank
/// lines; list items start with `- `. Articles are separated by a `---` line.
public struct PlainTextWriter: ArticleWriter {
    public let name = "text"
    public let separator = "\n---\n\n"

    public init() {}

    public func render(_ article: Article) -> String {
        var parts: [String] = []
        if let headline = article.headline { parts.append(headline) }
        if let description = article.description { parts.append(description) }
        if let metadata = MetadataLine.of(article) { parts.append(metadata) }
        parts += article.body.map { block in
            switch block.type {
            case .list: return (block.items ?? [block.text]).map { "- " + $0 }.joined(separator: "\n")
            case .figure: return "[Image: " + (MetadataLine.captionWithCredit(block.caption, block.credit) ?? block.text) + "]"
            default: return block.text
            }
        }
        parts += article.notes
        return parts.joined(separator: "\n\n") + "\n"
    }
}
