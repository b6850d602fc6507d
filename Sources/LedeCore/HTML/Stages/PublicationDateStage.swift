import Foundation

/// Finds when the article was first published when the page's metadata does not say, and
/// checks what the metadata says against the date printed in the article's header.
///
/// Sources, best first: the metadata `MetadataStage` read (JSON-LD, publication meta names,
/// `itemprop`); publication keys in scripts (`"datePublished": "..."` in JSON-LD that does not
/// parse, `publish_date = '...'` in page variables); `<time pubdate>` or
/// `itemprop=datePublished`; `<time>` elements and elements whose class, id or itemprop says
/// date, published, posted or time, the nearest to the headline winning; dates after a label
/// such as "Veröffentlicht am", "Published", "publié le" in the page text; a date in the
/// page's URL (`/2019/11/19/`, `20191119`); last, the date printed nearest the start of the article.
/// Dates in the future or before 1995 are never taken, nor modification dates. A metadata
/// date-time given in UTC that falls one day off the date printed in the header yields to the
/// printed one, which is in the publisher's own zone.
public struct PublicationDateStage: HTMLStage {
    public let name = "publication-date"
    private let now: Date

    public init(now: Date = Date()) { self.now = now }

    public func run(_ page: HTMLPage) {
        let survey = DateSurvey(page: page, now: now)
        if let stated = page.article.datePublished {
            if let printed = survey.markedDate() ?? survey.printedDate(), let metadata = DateScanner.machineDate(stated),
                Self.isZoneShift(from: metadata, to: printed)
            {
                page.article.datePublished = printed.iso
            }
            return
        }
        let found = survey.scriptDate() ?? survey.markedDate() ?? survey.printedDate() ?? survey.labelledTextDate()
            ?? survey.urlDate() ?? survey.nearestTextDate()
        if let found { page.article.datePublished = found.iso }
    }
}

extension PublicationDateStage {
    /// True when `printed` is the day before or after a UTC date-time, as the same moment reads
    /// in a zone west of UTC late at night, or east of it early in the morning (UTC-10 to UTC+9).
    static func isZoneShift(from metadata: ParsedDate, to printed: ParsedDate) -> Bool {
        guard let time = metadata.time, metadata.offsetMinutes == 0 else { return false }
        switch DateScanner.dayDistance(metadata, printed) {
        case -1: return time.hour < 10
        case 1: return time.hour >= 15
        default: return false
        }
    }
}

/// The date-bearing parts of one page, gathered in one walk.
struct DateSurvey {
    private struct Candidate {
        var date: ParsedDate
        /// The element's position in document order.
        var index: Int
        var inNoise: Bool
    }

    private let now: Date
    private let monthFirst: Bool
    private var scripts: [(isJSONLD: Bool, text: String)] = []
    /// `<time pubdate>` and `itemprop=datePublished` on elements other than `<meta>`.
    private var marked: [Candidate] = []
    /// `<time>` elements and elements named for a date.
    private var named: [Candidate] = []
    private var text = ""
    /// Where each text node starts in `text`, and the index of its element.
    private var textStarts: [(offset: Int, index: Int, inNoise: Bool)] = []
    /// Where the article starts: the headline's element and the first content element.
    private var anchors: [Int] = []
    private var url: String?

    private static let dateName = Pattern(
        #"date|datum|time|zeit|publi|posted|byline|dateline|fecha|data|entry-meta|post-meta|article-meta|meta-info|infoline|\bstand\b|created|veroeff|erschienen"#
    )
    private static let notPublication = Pattern(
        #"modif|updat|aktualisiert|geaendert|comment|kommentar|reply|antwort|expir|event|termin|birth|calendar|kalender|archive|widget|related|popular|recent|sidebar|footer|copyright|weather|wetter|clock|uhrzeit|runtime|duration|reading|lesezeit"#
    )
    private static let skipped: Set<String> = ["style", "noscript", "template", "svg", "title", "select", "option", "textarea", "iframe"]

    init(page: HTMLPage, now: Date) {
        self.now = now
        let language = (page.article.language ?? "").lowercased()
        monthFirst = language == "en" || language == "en-us"
        url = page.article.source.url
        let headline = page.article.headline.map(InlineText.tidy)
        var index = 0
        var scripts: [(isJSONLD: Bool, text: String)] = []
        var marked: [Candidate] = []
        var named: [Candidate] = []
        var textStarts: [(offset: Int, index: Int, inNoise: Bool)] = []
        var headlineIndex: Int?
        var contentIndex: Int?
        let contentStart = page.content.first
        var textParts: [String] = []
        var textLength = 0
        page.document.root?.walk { node in
            if node.isText {
                let value = node.text
                if value.utf8.contains(where: { $0 > 0x20 }) {
                    textStarts.append((textLength, index, page.isNoise(node.parent ?? node)))
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
            let monthFirst = language == "en" || language == "en-us"
            let label = [node.attribute("class"), node.attribute("id"), node.attribute("itemprop")].compactMap { $0 }.joined(separator: " ")
                .lowercased()
            let isTime = name == "time"
            let isMarked = (isTime && node.attribute("pubdate") != nil) || itemprop == "datepublished"
            let isNamed = isTime || (!label.isEmpty && Self.dateName.matches(label))
            guard isMarked || isNamed, !Self.notPublication.matches(label) else { return true }
            var date: ParsedDate?
            for attribute in ["datetime", "content", "data-datetime", "data-date", "title"] {
                if let value = node.attribute(attribute), let parsed = DateScanner.machineDate(value, monthFirst: monthFirst),
                    DateScanner.isPlausible(parsed, now: now)
                {
                    date = parsed
                    break
                }
            }
            if date == nil {
                let inner = node.text
                if (inner as NSString).length <= 300 {
                    date = DateScanner.dates(in: InlineText.tidy(inner), monthFirst: monthFirst).map(\.date)
                        .first { DateScanner.isPlausible($0, now: now) }
                }
            }
            if let date {
                let candidate = Candidate(date: date, index: index, inNoise: page.isNoise(node))
                if isMarked { marked.append(candidate) } else { named.append(candidate) }
            }
            return true
        }
        text = textParts.joined(separator: "\n")
        self.scripts = scripts
        self.marked = marked
        self.named = named
        self.textStarts = textStarts
        anchors = [headlineIndex, contentIndex].compactMap { $0 }
        if anchors.isEmpty { anchors = [0] }
    }

    private func plausible(_ date: ParsedDate?) -> ParsedDate? {
        guard let date, DateScanner.isPlausible(date, now: now) else { return nil }
        return date
    }

    private static let scriptKey = try! NSRegularExpression(
        pattern: #"["']?\b(datePublished|dateCreated|article_?publication_?date|publication_?(?:date|time)|publish(?:ed)?_?(?:date|time|at|on)|publishingDate|cmsPublishingDate|pub_?date|first_?published(?:_?(?:date|time|at))?|date_?published)["']?\s*[:=]\s*["']([^"'<>\n]{6,40})["']"#,
        options: [.caseInsensitive])

    /// A publication key in a script: JSON-LD first, then page variables.
    func scriptDate() -> ParsedDate? {
        for wantJSONLD in [true, false] {
            for script in scripts where script.isJSONLD == wantJSONLD {
                let source = script.text as NSString
                for match in Self.scriptKey.matches(in: script.text, range: NSRange(location: 0, length: source.length)) {
                    let value = source.substring(with: match.range(at: 2)).replacingOccurrences(of: "\\/", with: "/")
                    if let date = plausible(DateScanner.machineDate(value, monthFirst: monthFirst)) { return date }
                }
            }
        }
        return nil
    }

    /// `<time pubdate>` or `itemprop=datePublished` in the page.
    func markedDate() -> ParsedDate? {
        (marked.first { !$0.inNoise } ?? marked.first)?.date
    }

    /// The dated element nearest the headline: after it by preference, outside furniture by preference.
    func printedDate() -> ParsedDate? {
        guard !named.isEmpty else { return nil }
        let best = named.min { a, b in
            if a.inNoise != b.inNoise { return !a.inNoise }
            return distance(a.index) < distance(b.index)
        }
        return best?.date
    }

    /// How far an element is from the start of the article, in elements; those before it count triple.
    private func distance(_ index: Int) -> Int {
        anchors.map { index >= $0 ? index - $0 : ($0 - index) * 3 }.min() ?? index
    }

    private static let label = Pattern(
        #"(ver[öo]e?ffentlicht|erschienen|publiziert|erstellt|eingestellt|geschrieben|datum|published|posted|written|released|publié|publie|mis en ligne|publicado|publicada|pubblicato|gepubliceerd|geplaatst)\W{0,3}(am|on|le|el|em|il|op|den|:)?\s*[:\-–]?\s*$"#
    )
    private static let modifiedLabel = Pattern(#"(aktualisiert|geändert|updated|modified|mis à jour|actualizado|aggiornato)"#)

    /// A date right after a publication label in the page text.
    func labelledTextDate() -> ParsedDate? {
        let source = text as NSString
        for hit in DateScanner.dates(in: text, monthFirst: monthFirst) {
            let start = max(0, hit.offset - 40)
            let before = source.substring(with: NSRange(location: start, length: hit.offset - start)).lowercased()
            let trimmedBefore = before.split(separator: "\n").last.map(String.init) ?? before
            guard Self.label.matches(trimmedBefore), !Self.modifiedLabel.matches(trimmedBefore) else { continue }
            if let date = plausible(hit.date) { return date }
        }
        return nil
    }

    private static let urlPatterns = [
        Pattern(#"/((?:19|20)\d{2})/(\d{1,2})/(\d{1,2})(?:/|$|[-_])"#),
        Pattern(#"[/_-]((?:19|20)\d{2})-(\d{2})-(\d{2})(?:[/_.-]|$)"#),
        Pattern(#"[/_-]((?:19|20)\d{2})(\d{2})(\d{2})(?:[/_.-]|$)"#),
    ]

    /// A full date in the page's URL.
    func urlDate() -> ParsedDate? {
        guard let url else { return nil }
        for pattern in Self.urlPatterns {
            if let groups = pattern.groups(url), let year = groups[1].flatMap({ Int($0) }), let month = groups[2].flatMap({ Int($0) }),
                let day = groups[3].flatMap({ Int($0) }), let date = plausible(ParsedDate(year: year, month: month, day: day))
            {
                return date
            }
        }
        return nil
    }

    /// The date printed nearest the start of the article (a few elements before it, or after it),
    /// outside furniture.
    func nearestTextDate() -> ParsedDate? {
        var best: (date: ParsedDate, inNoise: Bool, distance: Int)?
        for hit in DateScanner.dates(in: text, monthFirst: monthFirst) {
            guard let part = textStarts.lastIndex(where: { $0.offset <= hit.offset }).map({ textStarts[$0] }),
                let date = plausible(hit.date), anchors.contains(where: { part.index >= $0 - 15 })
            else { continue }
            let away = distance(part.index)
            if let current = best, current.inNoise == part.inNoise ? current.distance <= away : !current.inNoise { continue }
            best = (date, part.inNoise, away)
        }
        return best?.date
    }
}
