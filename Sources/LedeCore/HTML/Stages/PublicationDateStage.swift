import Foundation

/// Finds when the article was first published when the page's metadata does not say, and
/// checks what the metadata says against what the page shows its readers.
///
/// Sources, best first: the metadata `MetadataStage` read (JSON-LD, publication meta names,
/// `itemprop`); publication keys in scripts (`"datePublished": "..."` in JSON-LD that does not
/// parse, `publish_date = '...'` in page variables); `<time pubdate>` or
/// `itemprop=datePublished`; a date in the page's URL (`/2019/11/19/`, `20191119`); `<time>`
/// elements and elements whose class, id or itemprop says date, published, posted or time, the
/// nearest to the headline winning; dates after a label such as "Veröffentlicht am",
/// "Published", "publié le" in the page text; last, the date printed nearest the start of the
/// article, on a line of its own rather than in prose. Dates in the future or before 1995 are
/// never taken, nor modification dates, nor dates in comments and lists of other stories
/// (`DateSurvey`). The metadata's date yields to a different date printed in the article's
/// header, and a UTC date-time one day off the URL's date to that date.
public struct PublicationDateStage: HTMLStage {
    public let name = "publication-date"
    private let now: Date

    public init(now: Date = Date()) { self.now = now }

    public func run(_ page: HTMLPage) {
        let survey = DateSurvey(page: page, now: now)
        if let stated = page.article.datePublished {
            page.article.datePublished = Self.checked(stated, against: survey)
            return
        }
        var found = survey.scriptDate() ?? survey.markedDate() ?? survey.urlDate() ?? survey.printedDate()
        if found == nil {
            // The page text is long: its dates are found once for the last two sources.
            let text = survey.pageText()
            let hits = DateScanner.dates(in: text.text, monthFirst: survey.monthFirst)
            found = survey.labelledTextDate(among: hits, in: text) ?? survey.nearestTextDate(among: hits, in: text)
        }
        if let found { page.article.datePublished = found.iso }
    }

    /// The metadata's publication date (kept when a `<time pubdate>` or `itemprop=datePublished`
    /// in the page agrees), or what the page shows its readers when the two disagree: the date
    /// printed in the article's header (metadata often carries a first draft's
    /// or the last revision's date, a generic `date` meta the day of the last edit), else a
    /// `<time pubdate>` or the URL's date when the metadata is a UTC date-time one day off it
    /// (the same moment in the publisher's own zone).
    static func checked(_ stated: String, against survey: DateSurvey) -> String {
        guard let metadata = DateScanner.machineDate(stated) else { return stated }
        let marked = survey.markedDate()
        if let marked, DateScanner.dayDistance(metadata, marked) == 0 { return stated }
        if let header = survey.headerDate() {
            return DateScanner.dayDistance(metadata, header) == 0 ? stated : header.iso
        }
        for shown in [marked, survey.urlDate()].compactMap({ $0 }) where isZoneShift(from: metadata, to: shown) {
            return shown.iso
        }
        return stated
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
