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

    let now: Date
    let monthFirst: Bool
    var scripts: [(isJSONLD: Bool, text: String)] = []
    /// `<time pubdate>` and `itemprop=datePublished` on elements other than `<meta>`.
    var marked: [Candidate] = []
    /// `<time>` elements and elements named for a date.
    var named: [Candidate] = []
    var text = ""
    /// Where each text node starts in `text`, the index of its element, and whether it stands in
    /// prose (a block of more than a line or two: a date there is one the story mentions) and
    /// opens its block (where a dateline stands).
    var textStarts: [(offset: Int, index: Int, inNoise: Bool, inProse: Bool, opensBlock: Bool)] = []
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
    private static let skipped: Set<String> = ["style", "noscript", "template", "svg", "title", "select", "option", "textarea", "iframe"]

    init(page: HTMLPage, now: Date) {
        self.now = now
        let language = (page.article.language ?? "").lowercased()
        let monthFirst = language == "en" || language == "en-us"
        self.monthFirst = monthFirst
        url = page.article.source.url
        let headline = page.article.headline.map(InlineText.tidy)
        var index = 0
        var headlineIndex: Int?
        var contentIndex: Int?
        let contentStart = page.content.first
        var textParts: [String] = []
        var textLength = 0
        var paragraphs = 0
        var furniture = Furniture(page: page)
        var blocks = Blocks()
        page.document.root?.walk { node in
            if node.isText {
                let value = node.text
                if value.utf8.contains(where: { $0 > 0x20 }), let parent = node.parent, contentIndex == nil || !furniture.isElsewhere(parent) {
                    let block = blocks.block(of: parent)
                    textStarts.append((textLength, index, page.isNoise(parent), block.isProse, block.isNew))
                    if block.isNew, block.paragraphLength >= 60, headlineIndex.map({ index > $0 }) ?? true {
                        paragraphs += 1
                        if paragraphs == 2 { bodyStart = index }
                    }
                    textParts.append(value)
                    textLength += (value as NSString).length + 1
                }
                return false
            }
            guard node.isElement else { return false }
            index += 1
            let name = node.name
            if name == "script" {
                let type = node.attribute("type")?.lowercased() ?? ""
                if type.isEmpty || type.contains("javascript") || type.contains("json") {
                    scripts.append((type.contains("ld+json"), node.text))
                }
                return false
            }
            if Self.skipped.contains(name) { return false }
            if contentIndex == nil, node == contentStart { contentIndex = index }
            if name == "h1", headlineIndex == nil || (headline != nil && InlineText.tidy(node.text) == headline) {
                if headlineIndex == nil || !page.isNoise(node) { headlineIndex = index }
            }
            let itemprop = node.attribute("itemprop")?.lowercased() ?? ""
            if name == "meta" { return false }
            let label = [node.attribute("class"), node.attribute("id"), node.attribute("itemprop")].compactMap { $0 }.joined(separator: " ")
                .lowercased()
            let isTime = name == "time"
            let isMarked = (isTime && node.attribute("pubdate") != nil) || itemprop == "datepublished"
            // A link named for a date or a publication leads to another page (a press release, an
            // archive day); only a `<time>` inside it is read.
            let isNamed = isTime || (name != "a" && !label.isEmpty && Self.dateName.matches(label))
            guard isMarked || isNamed, !Self.notPublication.matches(label), contentIndex == nil || !furniture.isElsewhere(node) else { return true }
            if let date = date(of: node) {
                let candidate = Candidate(date: date, index: index, inNoise: page.isNoise(node))
                if isMarked { marked.append(candidate) } else { named.append(candidate) }
            }
            return true
        }
        text = textParts.joined(separator: "\n")
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
        guard (inner as NSString).length <= 300 else { return nil }
        return DateScanner.dates(in: InlineText.tidy(inner), monthFirst: monthFirst).map(\.date).first { DateScanner.isPlausible($0, now: now) }
    }

    func plausible(_ date: ParsedDate?) -> ParsedDate? {
        guard let date, DateScanner.isPlausible(date, now: now) else { return nil }
        return date
    }

    /// The length of the text of the block each text node stands in, remembered per block: its
    /// paragraph (`<p>`, `<li>`, a heading, ...) when it is in one, else the outermost inline
    /// element it is in (a `<small>` line under a title stands for itself).
    private struct Blocks {
        private var lengths: [HTMLNode: Int] = [:]
        private static let inline: Set<String> = [
            "a", "abbr", "b", "bdi", "cite", "em", "font", "i", "mark", "q", "s", "small", "span", "strong", "sub", "sup", "time", "u",
        ]

        private static let paragraphs: Set<String> = [
            "p", "li", "dd", "dt", "blockquote", "figcaption", "caption", "td", "th", "h1", "h2", "h3", "h4", "h5", "h6",
        ]

        /// Whether the block `element` stands in is prose, whether this is the first time it is
        /// asked about, and its length when it is a `<p>` (else 0).
        mutating func block(of element: HTMLNode) -> (isProse: Bool, isNew: Bool, paragraphLength: Int) {
            var block = element
            while Self.inline.contains(block.name), let parent = block.parent, parent.isElement,
                Self.inline.contains(parent.name) || Self.paragraphs.contains(parent.name)
            {
                block = parent
            }
            let isParagraph = block.name == "p"
            if let length = lengths[block] { return (length > DateSurvey.proseLength, false, isParagraph ? length : 0) }
            let length = InlineText.tidy(block.text).count
            lengths[block] = length
            return (length > DateSurvey.proseLength, true, isParagraph ? length : 0)
        }
    }

    /// Characters beyond which a block is prose rather than a header line.
    static let proseLength = 160

    /// Which elements after the start of the article's content sit in comments and lists of other
    /// stories: an element whose class or id names one (and not also a date: a header's
    /// "ArticleHeaderComment_publishDate"), or that lies inside one, unless it also holds the
    /// article's headline or content (a wrapper named "with-related" around the whole
    /// page, the header of an opinion piece named "comment").
    private struct Furniture {
        private var known: [HTMLNode: Bool] = [:]
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

        mutating func isElsewhere(_ node: HTMLNode) -> Bool {
            if let answer = known[node] { return answer }
            var answer = false
            if !article.contains(node) {
                let label = [node.attribute("class"), node.attribute("id")].compactMap { $0 }.joined(separator: " ").lowercased()
                answer = !label.isEmpty && DateSurvey.elsewhere.matches(label) && !DateSurvey.dateName.matches(label)
                if !answer, let parent = node.parent, parent.isElement { answer = isElsewhere(parent) }
            }
            known[node] = answer
            return answer
        }
    }
}
