/// Takes the standfirst (dek): the one line between the headline and the header's metadata
/// (byline, date, reading time, lead caption).
///
/// Without metadata below it, a line under the headline cannot be told from the first
/// paragraph, so it stays in the body: losing a paragraph would be worse than missing a dek.
public struct StandfirstStage: TextStage {
    public let name = "standfirst"

    public init() {}

    public func run(_ document: inout TextDocument) {
        guard let headline = document.headlineIndex else { return }
        let header = document.lines.indices.filter { $0 > headline }.prefix(TextDocument.headerLineLimit)
        guard let lastMetadata = header.last(where: { [.metadata, .leadCaption].contains(document.lines[$0].role) }) else { return }
        let between = header.filter { $0 < lastMetadata && document.lines[$0].role == nil }
        guard between.count == 1, let index = between.first else {
            if between.count > 1 { document.report(name, "\(between.count) lines stand between headline and metadata; kept in the body") }
            return
        }
        document.claim(index, as: .standfirst)
        document.article.description = document.lines[index].text
    }
}
