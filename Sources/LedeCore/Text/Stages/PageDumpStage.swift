/// Finds the article inside a whole-page text dump: the text of a web page with its menus,
/// share bars, related headlines, comment threads and footers around the story.
///
/// Every line is classed good (prose), near (a short sentence), short or bad (furniture) by
/// `PageDumpClassifier`; the densest run of prose (`DenseRun`), preferably one starting just
/// below a line that repeats the page title, is the article. Everything else is removed as
/// page furniture, except the headline (claimed here) and metadata lines between headline
/// and the article's first lines (left to the header stages). Inside the article, lines that
/// are furniture by their text (boilerplate phrases, `|`-separated links, dates alone) go too.
///
/// Acts only on text that looks like a page dump: at least `minimumLines` lines, of which at
/// least `minimumOutside` lie outside the article run and at least two are furniture. Clean
/// article text passes through untouched.
public struct PageDumpStage: TextStage {
    public let name = "page-dump"

    static let minimumLines = 20
    static let minimumOutside = 8
    static let minimumFurniture = 2

    public init() {}

    public func run(_ document: inout TextDocument) {
        let lines = document.lines
        guard lines.count >= Self.minimumLines else { return }
        let furniture = Set(lines.indices.filter { lines[$0].role == .artefact })
        let language = PageDumpClassifier.language(of: document.unclaimed.map { lines[$0].text })
        let classes = PageDumpClassifier.classify(lines, furniture: furniture, language: language)
        let scores = classes.map(PageDumpClassifier.score)

        let end = PageDumpClassifier.commentsStart(lines) ?? lines.count
        let titleIndex = document.unclaimed.first
        let anchors = titleIndex.map { headlineOccurrences(of: lines[$0].text, after: $0, before: min(end, lines.count * 8 / 10), in: lines) } ?? []
        let runs = DenseRun(scores: scores, in: 0..<end)
        guard let best = runs.best() else { return }
        var chosen = best.range
        if let anchored = runs.best(below: anchors), anchored.score >= DenseRun.anchoredShare * best.score { chosen = anchored.range }

        let outside = document.unclaimed.filter { !chosen.contains($0) }
        let outsideFurniture = lines.indices.filter { !chosen.contains($0) && classes[$0].quality == .bad }
        guard outside.count >= Self.minimumOutside, outsideFurniture.count >= Self.minimumFurniture else { return }
        let furnitureInside = document.unclaimed.filter { chosen.contains($0) && classes[$0].isFurnitureByText }

        let headline = claimHeadline(in: &document, title: titleIndex, anchors: anchors.filter { $0 < chosen.lowerBound })
        for index in (outside + furnitureInside).sorted() where document.lines[index].role == nil {
            let isHeaderMetadata = headline.map { $0 < index && index <= chosen.lowerBound + 2 } == true
                && HeaderLine.fields(of: lines[index].text) != nil
            if isHeaderMetadata { continue }
            document.remove(index, reason: index == titleIndex ? "page title" : "page furniture", by: name)
        }
    }

    /// Lines that repeat the page title (or its headline part), above the cut-off.
    private func headlineOccurrences(of title: String, after first: Int, before limit: Int, in lines: [TextLine]) -> [Int] {
        let candidates = PageTitle.candidates(title)
        guard !candidates.isEmpty, first + 1 < limit else { return [] }
        return (first + 1..<limit).filter { lines[$0].role == nil && candidates.contains(PageTitle.normalized(lines[$0].text)) }
    }

    /// Claims the headline: the last repeat of the title above the article, else the title
    /// line itself without its site name. Returns the headline's line.
    private func claimHeadline(in document: inout TextDocument, title: Int?, anchors: [Int]) -> Int? {
        if let index = anchors.last, HeadlineStage.isHeadlineLike(document.lines[index].text) {
            document.claim(index, as: .headline)
            document.article.headline = document.lines[index].text
            return index
        }
        guard let index = title, HeadlineStage.isHeadlineLike(document.lines[index].text) else { return nil }
        document.claim(index, as: .headline)
        document.article.headline = PageTitle.withoutSiteName(document.lines[index].text)
        return index
    }
}
