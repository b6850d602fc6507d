/// Takes the first line that is left as the headline, when it reads like one: short, and not
/// ending like a sentence of body text. A headline an earlier stage found (the page-dump
/// stage's) stands.
public struct HeadlineStage: TextStage {
    public let name = "headline"

    private static let markdownPrefix = Pattern(#"^#{1,6}\s+"#)

    public init() {}

    public func run(_ document: inout TextDocument) {
        guard document.headlineIndex == nil, let index = document.unclaimed.first else { return }
        let line = document.lines[index].text
        guard Self.isHeadlineLike(line), !BlockSyntax.isListItem(line), !line.hasPrefix(">") else {
            return document.report(name, "no headline: the first line reads like body text")
        }
        document.claim(index, as: .headline)
        document.article.headline = Self.markdownPrefix.ranges(in: line).first.map { String(line[$0.upperBound...]) } ?? line
    }

    /// At most 250 characters and 40 words, not ending in `.`, `,`, `;` or `:`.
    static func isHeadlineLike(_ line: String) -> Bool {
        guard line.count <= 250, line.words.count <= 40, let last = line.last else { return false }
        return !".,;:".contains(last) || line.hasSuffix("...")
    }
}
