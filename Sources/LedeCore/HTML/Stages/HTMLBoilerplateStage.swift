/// Cleans the body's edges with the text stages' own rules: page artefacts ("Advertisement",
/// "Share this article", "Read more: …") go to `removed`, and the closing run of trailers
/// ("Additional reporting by …") to `notes`.
public struct HTMLBoilerplateStage: HTMLStage {
    public let name = "boilerplate"

    public init() {}

    /// Headings that introduce other stories, in the languages of the pages lede reads most;
    /// from such a heading in the last part of the body, the rest is other stories.
    static let otherStories = Pattern(
        #"^(?:related(?: links| stories| articles)?|top stories|more stories|more from .{1,40}|you (?:may|might) also like|recommended(?: for you)?|read (?:also|more|next)|also read|see also|"#
            + #"você (?:pode|também pode) gostar|leia (?:também|mais)|veja também|lea también|te puede interesar|lee también|à lire aussi|lire aussi|"#
            + #"sur le même sujet|lesen sie auch|mehr zum thema|das könnte sie (?:auch )?interessieren|leggi anche|potrebbe interessarti|lees ook)\W*$"#)
    private static let allCapsDateline = Pattern(#"^[\p{Lu}][\p{Lu}\p{M} .'’-]+(?:, [\p{Lu}][\p{Lu}\p{M} .'’-]+)?\W*$"#, caseInsensitive: false)

    public func run(_ page: HTMLPage) {
        var kept: [Block] = []
        /// Whether `kept` holds a paragraph of 80 characters or more (tracked, not searched:
        /// counting Characters of every kept block for every block was most of this stage).
        var keptALongParagraph = false
        var seen = Set<String>()
        if let caption = page.article.image?.caption { seen.insert(caption) }
        let body = page.article.body
        for (position, block) in body.enumerated() {
            if keptALongParagraph, block.text.hasAtMostCharacters(60),
                Self.otherStories.matches(block.text.trimmed)
            {
                for rest in body[position...] { page.article.removed.append(Removal(text: rest.text, reason: "other stories", by: name)) }
                break
            }
            if block.type != .figure, !block.text.isEmpty, !seen.insert(block.text).inserted {
                page.article.removed.append(Removal(text: block.text, reason: "duplicate", by: name))
                continue
            }
            if block.type == .figure, block.text.isEmpty { continue }
            if block.type == .paragraph, block.text.hasAtMostCharacters(40), block.text.words.count <= 5, Self.allCapsDateline.matches(block.text.trimmed) {
                page.article.removed.append(Removal(text: block.text, reason: "dateline", by: name))
                continue
            }
            if block.type == .paragraph || block.type == .heading, let reason = ArtefactStage.reason(for: block.text) {
                page.article.removed.append(Removal(text: block.text, reason: reason, by: name))
                continue
            }
            if block.type == .paragraph, block.text.unicodeScalars.allSatisfy({ $0.properties.isWhitespace }) { continue }
            if block.type == .paragraph, block.text.hasAtMostCharacters(300), let caption = Caption.parse(block.text) {
                // A photo caption set as a paragraph ("Protesters in Hong Kong (Image: Getty)").
                kept.append(.figure(caption: caption.caption, credit: caption.credit))
                continue
            }
            if block.type == .paragraph, block.text.hasAtMostCharacters(120), let fields = HeaderLine.fields(of: block.text) {
                // A date or byline line left in the body: metadata, not story.
                page.article.removed.append(Removal(text: block.text, reason: "metadata line", by: name))
                for field in fields {
                    if case .published(let date) = field, page.article.datePublished == nil { page.article.datePublished = date.iso }
                    if case .byline(let byline) = field, page.article.authors.isEmpty { page.article.authors = byline.authors }
                }
                continue
            }
            kept.append(block)
            if block.type == .paragraph, !keptALongParagraph { keptALongParagraph = !block.text.hasAtMostCharacters(79) }
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
