import Foundation

/// The date-bearing parts of one page, gathered in one walk: publication keys in scripts,
/// `<time pubdate>` and `itemprop=datePublished` elements, `<time>` elements and elements named
/// for a date, the page text with where each text node starts, and where the article starts.
/// Dates in comments and lists of other stories are left out. `PublicationDateStage`
/// chooses among them.
struct DateSurvey {
    struct Candidate {
        var date: ParsedDate
        /// The element's position in document order.
        var index: Int
        var inNoise: Bool
    }

    /// A text node of the page text (one that is not only white space), with the index of its
    /// element, its element, the block it stands in, and whether it opens that block (where a
    /// dateline stands). The text itself is read only when the page's other sources are silent.
    struct TextPart {
        let node: HTMLNode
        let index: Int
        let parent: HTMLNode
        let block: HTMLNode
        let opensBlock: Bool
    }

    let now: Date
    let monthFirst: Bool
    let page: HTMLPage
    /// Scripts that may hold JavaScript or JSON, read by `scriptDate`.
    var scripts: [(isJSONLD: Bool, node: HTMLNode)] = []
    /// `<time pubdate>` and `itemprop=datePublished` on elements other than `<meta>`.
    var marked: [Candidate] = []
    /// `<time>` elements and elements named for a date.
    var named: [Candidate] = []
    /// The text nodes of the page text, in order (see `PageText`).
    var textParts: [TextPart] = []
    /// Where the article starts: the headline's element and the first content element.
    var anchors: [Int] = []
    /// Where the article's header has surely ended: at the second paragraph (a `<p>` of a line
    /// or more) after the headline; the first may be the standfirst.
    var bodyStart: Int?
    var url: String?

    private static let dateName = KeywordPattern(
        [
            "date", "datum", "time", "zeit", "publi", "posted", "byline", "dateline", "fecha", "data", "entry-meta", "post-meta",
            "article-meta", "meta-info", "infoline", "created", "veroeff", "erschienen", "submitted",
        ],
        wholeWords: ["stand"]
    )
    private static let notPublication = KeywordPattern([
        "modif", "updat", "aktualisiert", "geaendert", "comment", "kommentar", "reply", "antwort", "expir", "event", "termin",
        "birth", "calendar", "kalender", "archive", "widget", "related", "popular", "recent", "sidebar", "footer", "copyright",
        "weather", "wetter", "clock", "uhrzeit", "runtime", "duration", "reading", "lesezeit",
    ])
    /// Class or id words of the parts of a page that hold readers' or other stories' dates.
    private static let elsewhere = KeywordPattern([
        "comment", "kommentar", "reply", "replies", "respond", "related", "recommend", "popular", "most-read", "trending",
        "more-stories", "more-news",
    ])

    init(page: HTMLPage, now: Date) {
        self.now = now
        self.page = page
        let language = (page.article.language ?? "").lowercased()
        let monthFirst = language == "en" || language == "en-us"
        self.monthFirst = monthFirst
        url = page.article.source.url
        let headline = page.article.headline.map(InlineText.tidy)
        var index = 0
        var headlineIndex: Int?
        var contentIndex: Int?
        let contentStart = page.content.first
        var paragraphs = 0
        let furniture = Furniture(page: page)
        var path = Path()
        page.document.root?.walk { node in
            path.enter(parent: node.parent)
            if node.isText {
                guard let parent = path.top, node.withTextBytes({ $0.contains { $0 > 0x20 } }), contentIndex == nil || !path.isElsewhere(parent, furniture)
                else { return false }
                let block = path.block(of: parent)
                textParts.append(TextPart(node: node, index: index, parent: node.parent ?? node, block: block.node, opensBlock: block.isNew))
                // Only whether a new `<p>` has 60 characters matters here, and only up to the second one.
                if paragraphs < 2, block.isNew, block.isParagraph, headlineIndex.map({ index > $0 }) ?? true,
                    InlineText.tidyCount(of: block.node, limit: 59) >= 60
                {
                    paragraphs += 1
                    if paragraphs == 2 { bodyStart = index }
                }
                return false
            }
            guard node.isElement else { return false }
            index += 1
            let name = node.name
            // Names are compared only with names of their length: String comparisons cost a call each.
            let length = name.utf8.count
            switch (length, name) {
            case (6, "script"):
                let type = node.attribute("type")?.lowercased() ?? ""
                if type.isEmpty || Self.contains(type, "javascript") || Self.contains(type, "json") {
                    scripts.append((Self.contains(type, "ld+json"), node))
                }
                return false
            case (3, "svg"), (5, "style"), (5, "title"), (6, "select"), (6, "option"), (6, "iframe"), (8, "noscript"), (8, "template"), (8, "textarea"):
                return false
            default: break
            }
            if contentIndex == nil, node == contentStart { contentIndex = index }
            if length == 2, name == "h1", headlineIndex == nil || (headline != nil && InlineText.tidy(node.text) == headline) {
                if headlineIndex == nil || !page.isNoise(node) { headlineIndex = index }
            }
            if length == 4, name == "meta" { return false }
            let isTime = length == 4 && name == "time"
            // A link named for a date or a publication leads to another page (a press release, an
            // archive day); only a `<time>` inside it, or its own itemprop, is read.
            let label = length == 1 && name == "a" ? nil : Label(node)
            path.push(node, name: name, label: label)
            let itemprop = label.map(\.itemprop) ?? node.attribute("itemprop")
            let isMarked = (isTime && node.attribute("pubdate") != nil) || itemprop?.lowercased() == "datepublished"
            let isNamed = isTime || label?.names(Self.dateName) == true
            guard isMarked || isNamed, !(label ?? Label(node)).names(Self.notPublication),
                contentIndex == nil || !path.isElsewhere(path.top ?? 0, furniture)
            else { return true }
            if let date = date(of: node) {
                let candidate = Candidate(date: date, index: index, inNoise: page.isNoise(node))
                if isMarked { marked.append(candidate) } else { named.append(candidate) }
            }
            return true
        }
        anchors = [headlineIndex, contentIndex].compactMap { $0 }
        if anchors.isEmpty { anchors = [0] }
    }

    /// The date an element states: in a machine-readable attribute or a short title, else in its
    /// own short text.
    private func date(of node: HTMLNode) -> ParsedDate? {
        for attribute in ["datetime", "content", "data-datetime", "data-date", "title"] {
            // A title is read only when it is about as short as a date: "Pressemitteilung vom 8.
            // November 2021" on a link names another page's date.
            if let value = node.attribute(attribute), attribute != "title" || value.count <= 32, let parsed = plausible(DateScanner.machineDate(value, monthFirst: monthFirst)) {
                return parsed
            }
        }
        let inner = node.text
        var units = 0  // read no further than 300 units: the text of a big element is long
        for _ in inner.utf16 {
            units += 1
            if units > 300 { return nil }
        }
        return DateScanner.dates(in: InlineText.tidy(inner), monthFirst: monthFirst).map(\.date).first { DateScanner.isPlausible($0, now: now) }
    }

    /// `text.contains(needle)`, as a byte search when the text is ASCII (Foundation's `contains`
    /// bridges both strings).
    static func contains(_ text: String, _ needle: String) -> Bool {
        guard text.utf8.allSatisfy({ $0 < 0x80 }) else { return text.contains(needle) }
        let bytes = Array(text.utf8), pattern = Array(needle.utf8)
        guard bytes.count >= pattern.count else { return false }
        return (0...(bytes.count - pattern.count)).contains { start in pattern.indices.allSatisfy { bytes[start + $0] == pattern[$0] } }
    }

    func plausible(_ date: ParsedDate?) -> ParsedDate? {
        guard let date, DateScanner.isPlausible(date, now: now) else { return nil }
        return date
    }

    /// Characters beyond which a block is prose rather than a header line.
    static let proseLength = 160

    /// The page text: the text parts joined with line breaks, and where each starts in it (in
    /// UTF-16 units, as `DateScanner` gives offsets).
    struct PageText {
        let text: String
        let offsets: [Int]
    }

    func pageText() -> PageText {
        var values: [String] = []
        var offsets: [Int] = []
        var length = 0
        for part in textParts {
            let value = part.node.text
            values.append(value)
            offsets.append(length)
            length += value.utf16.count + 1
        }
        return PageText(text: values.joined(separator: "\n"), offsets: offsets)
    }

    /// Whether a text part stands in prose, a block of more than a line or two: a date there is
    /// one the story mentions.
    func isProse(_ part: TextPart) -> Bool {
        InlineText.tidyCount(of: part.block, limit: Self.proseLength) > Self.proseLength
    }

    /// Whether a text part is in the page's furniture.
    func isNoise(_ part: TextPart) -> Bool { page.isNoise(part.parent) }

    /// Which elements after the start of the article's content sit in comments and lists of other
    /// stories: an element whose class or id names one (and not also a date: a header's
    /// "ArticleHeaderComment_publishDate"), or that lies inside one, unless it also holds the
    /// article's headline or content (a wrapper named "with-related" around the whole
    /// page, the header of an opinion piece named "comment"). `Path` asks it of each element.
    struct Furniture {
        private let article: Set<HTMLNode>

        init(page: HTMLPage) {
            var article = Set<HTMLNode>()
            for start in [page.content.first, Self.headline(of: page)].compactMap({ $0 }) {
                var current: HTMLNode? = start
                while let node = current {
                    article.insert(node)
                    current = node.parent
                }
            }
            self.article = article
        }

        /// The `<h1>` that reads as the article's headline, else the first `<h1>`.
        private static func headline(of page: HTMLPage) -> HTMLNode? {
            let headline = page.article.headline.map(InlineText.tidy)
            var first: HTMLNode?
            var matching: HTMLNode?
            page.document.root?.walk { node in
                guard node.isElement, matching == nil else { return false }
                if node.name == "h1" {
                    if first == nil { first = node }
                    if headline != nil, InlineText.tidy(node.text) == headline { matching = node }
                    return false
                }
                return true
            }
            return matching ?? first
        }

        /// Whether `node` holds the article's headline or the start of its content.
        func holdsArticle(_ node: HTMLNode) -> Bool { article.contains(node) }

        /// Whether the class or id names comments or other stories, and not a date.
        func namesElsewhere(_ label: Label) -> Bool {
            DateSurvey.elsewhere.matches(joining: label.classes, label.id) && !DateSurvey.dateName.matches(joining: label.classes, label.id)
        }
    }
}
