/// Cleans the body's edges with the text stages' own rules: page artefacts ("Advertisement",
/// "Share this article", "Read more: …") go to `removed`, and the closing run of trailers
/// ("Additional reporting by …") to `notes`.
public struct HTMLBoilerplateStage: HTMLStage {
    public let name = "boilerplate"

    public init() {}

    public func run(_ page: HTMLPage) {
        var kept: [Block] = []
        for block in page.article.body {
            if block.type == .paragraph || block.type == .heading, block.text.count <= 260, ArtefactStage.mightMatch(block.text),
                let groups = ArtefactStage.combined.groups(block.text), let rule = groups.dropFirst().firstIndex(where: { $0 != nil })
            {
                page.article.removed.append(Removal(text: block.text, reason: ArtefactStage.rules[rule - 1].reason, by: name))
                continue
            }
            if block.type == .paragraph, block.text.unicodeScalars.allSatisfy({ $0.properties.isWhitespace }) { continue }
            if block.type == .paragraph, block.text.count <= 300, let caption = Caption.parse(block.text) {
                // A photo caption set as a paragraph ("Protesters in Hong Kong (Image: Getty)").
                kept.append(.figure(caption: caption.caption, credit: caption.credit))
                continue
            }
            if block.type == .paragraph, block.text.count <= 120, let fields = HeaderLine.fields(of: block.text) {
                // A date or byline line left in the body: metadata, not story.
                page.article.removed.append(Removal(text: block.text, reason: "metadata line", by: name))
                for field in fields {
                    if case .published(let date) = field, page.article.datePublished == nil { page.article.datePublished = date.iso }
                    if case .byline(let byline) = field, page.article.authors.isEmpty { page.article.authors = byline.authors }
                }
                continue
            }
            kept.append(block)
        }
        var notes: [String] = []
        while let last = kept.last, last.type == .paragraph, TrailerStage.isTrailer(last.text), kept.count > 1 {
            notes.insert(last.text, at: 0)
            kept.removeLast()
        }
        page.article.notes += notes
        page.article.body = kept
    }
}
