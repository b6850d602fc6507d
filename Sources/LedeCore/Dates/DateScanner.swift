import Foundation

/// Finds calendar dates inside longer text, in the forms news pages print them in many
/// languages: `2019-03-12`, `2019/03/12`, `2019. 03. 12.`, `12.03.2019`, `12/03/2019`, `12. März 2019`,
/// `12 de marzo de 2019`, `March 12, 2019`, `2019年3月12日`. Unlike `DateText`, the text around a
/// date does not matter; each hit comes with its position so callers can prefer the first.
public enum DateScanner {
    /// A date found in text, with where it started (in UTF-16 units) and whether it gave a time.
    public struct Hit: Sendable {
        public var date: ParsedDate
        public var offset: Int
    }

    private static let monthAlternation: String = {
        DateWords.monthsInManyLanguages.keys.sorted { $0.count > $1.count }.map(NSRegularExpression.escapedPattern(for:))
            .joined(separator: "|")
    }()

    enum Shape { case ymd, dmyNumeric, slashed, dmyWords, mdyWords, cjk }

    static let shapes: [(Shape, NSRegularExpression)] = {
        let months = monthAlternation
        let list: [(Shape, String)] = [
            (.ymd, #"(?<![\d.])(\d{4})(?:[-/.]|\.\s)(\d{1,2})(?:[-/.]|\.\s)(\d{1,2})(?![\d])"#),
            (.cjk, #"(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日"#),
            (.dmyNumeric, #"(?<![\d.])(\d{1,2})\.\s?(\d{1,2})\.\s?(\d{4}|\d{2})(?![\d])"#),
            (.slashed, #"(?<![\d/.-])(\d{1,2})([/-])(\d{1,2})[/-](\d{4})(?![\d])"#),
            (.dmyWords, #"(?<![\d\p{L}])(\d{1,2})(?:\.|er|st|nd|rd|th|º|°)?\s*(?:de\s+|of\s+)?("# + months
                + #")(?![\p{L}])\.?,?\s*(?:de\s+)?(\d{4})(?![\d])"#),
            (.mdyWords, #"(?<![\p{L}])("# + months + #")(?![\p{L}])\.?\s*(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})(?![\d])"#),
        ]
        return list.map { shape, pattern in
            do { return (shape, try NSRegularExpression(pattern: pattern, options: [.caseInsensitive])) } catch {
                preconditionFailure("invalid built-in pattern \(pattern): \(error)")
            }
        }
    }()

    /// Every date in `text`, in the order they appear. `monthFirst` reads `03/12/2019` as
    /// March 12 (American usage); a part above 12 settles the order either way.
    public static func dates(in text: String, monthFirst: Bool = false) -> [Hit] {
        guard text.utf8.contains(where: { (0x30...0x39).contains($0) }) else { return [] }
        let lowered = text.lowercased()
        let nsText = lowered as NSString
        var hits: [Hit] = []
        var taken: [NSRange] = []
        // A hit needs a year in 1900-2100, and `Int` reads only ASCII digits: every shape but
        // `dmyNumeric` (whose two-digit years are any digits) needs four of them in a row, so
        // without them those shapes, each a scan of the whole text, find nothing worth trying.
        let hasFourDigitYear = hasFourASCIIDigits(lowered)
        let units = Array(lowered.utf16)
        // `2019年3月12日` needs its 年, which has no case to fold.
        let hasYearSign = units.contains(0x5E74)
        for (shape, regex) in shapes where (hasFourDigitYear || shape == .dmyNumeric) && (hasYearSign || shape != .cjk) {
            for match in windows(for: shape, in: units).matches(of: regex) {
                guard !taken.contains(where: { NSIntersectionRange($0, match[0]).length > 0 }) else { continue }
                func group(_ index: Int) -> String { nsText.substring(with: match[index]) }
                func number(_ index: Int) -> Int { Int(group(index)) ?? 0 }
                var date: ParsedDate?
                switch shape {
                case .ymd, .cjk:
                    date = ParsedDate(year: number(1), month: number(2), day: number(3))
                case .dmyNumeric:
                    var year = number(3)
                    if group(3).count == 2 { year += year < 70 ? 2000 : 1900 }
                    date = ParsedDate(year: year, month: number(2), day: number(1))
                case .slashed:
                    let first = number(1), second = number(3), year = number(4)
                    let dayFirst = first > 12 || (second <= 12 && !monthFirst) || group(2) == "-"
                    date = dayFirst ? ParsedDate(year: year, month: second, day: first) : ParsedDate(year: year, month: first, day: second)
                case .dmyWords:
                    if let month = DateWords.monthsInManyLanguages[group(2)] {
                        date = ParsedDate(year: number(3), month: month, day: number(1))
                    }
                case .mdyWords:
                    if let month = DateWords.monthsInManyLanguages[group(1)] {
                        date = ParsedDate(year: number(3), month: month, day: number(2))
                    }
                }
                guard let date, (1900...2100).contains(date.year) else { continue }
                taken.append(match[0])
                hits.append(Hit(date: date, offset: match[0].location))
            }
        }
        return hits.sorted { $0.offset < $1.offset }
    }

    /// Where a shape's matches can lie (see `MatchWindows`). Beside a month name, a match holds
    /// at most 14 characters that are not white space (`12.er de`, `., de 2019`), 11 in the
    /// numeric shapes, each at most two UTF-16 units; the year (anchor) ends the match in most
    /// shapes and starts it in `2019-03-12`, and may begin up to three digits off the anchor.
    /// Between a day and the year after it, `12. März 2019` holds at most those 14 characters
    /// (28 units) beside the month name, and `March 12, 2019` a suffix and a comma (3 units, 6
    /// allowed); see `MatchWindows+Years`.
    static func windows(for shape: Shape, in units: [UInt16]) -> MatchWindows {
        switch shape {
        case .dmyNumeric: MatchWindows(units: units, anchor: .digitAndPeriod, before: 24, after: 24)
        case .ymd: MatchWindows(units: units, anchor: .yearThenSeparator, before: 8, after: 24)
        case .cjk: MatchWindows(units: units, anchor: .fourDigits, before: 8, after: 24)
        case .slashed: MatchWindows(units: units, anchor: .yearAfterSeparator, before: 24, after: 8)
        case .dmyWords: MatchWindows(units: units, anchor: .yearAfterMonth(reach: 28 + monthReach), before: 32 + monthReach, after: 8)
        case .mdyWords: MatchWindows(units: units, anchor: .yearAfterDay(reach: 6), before: 32 + monthReach, after: 8)
        }
    }

    /// UTF-16 units a month name may take in the text: case-insensitive matching reads each
    /// character of the name (whose case folding is one character, as a test checks) from one
    /// character of the text, of up to two units.
    static let monthReach = 2 * (DateWords.monthsInManyLanguages.keys.map(\.unicodeScalars.count).max() ?? 0)

    /// True when four ASCII digits stand in a row somewhere in `text`.
    private static func hasFourASCIIDigits(_ text: String) -> Bool {
        var run = 0
        for byte in text.utf8 {
            run = (0x30...0x39).contains(byte) ? run + 1 : 0
            if run == 4 { return true }
        }
        return false
    }

    /// The first date in `text`, or nil.
    public static func firstDate(in text: String, monthFirst: Bool = false) -> ParsedDate? {
        dates(in: text, monthFirst: monthFirst).first?.date
    }

    private static let isoPrefix = Pattern(
        #"^(\d{4})-(\d{2})-(\d{2})(?:[t ](\d{1,2}):(\d{2})(?::(\d{1,2})(?:[.,]\d+)?)?\s*(z|[+-]\d{2}:?\d{2})?)?"#)
    private static let compact = Pattern(#"^(\d{4})(\d{2})(\d{2})(?:t?(\d{2}):?(\d{2}):?(\d{2})?\s*(z|[+-]\d{2}:?\d{2})?)?$"#)

    /// A date as pages write it in attributes and scripts: what `DateText` reads, an ISO date-time
    /// followed by anything (`2020-09-25T16:02:50CDT`), `20200925`, `2020/09/25`, or failing
    /// those the first date in the text. The page's own offset is kept when it gave one.
    public static func machineDate(_ text: String, monthFirst: Bool = false) -> ParsedDate? {
        let value = text.trimmed
        guard !value.isEmpty, value.utf8.count <= 200 else { return nil }
        if let date = DateText.parse(value) { return date }
        let lowered = value.lowercased()
        for pattern in [isoPrefix, compact] {
            if let groups = pattern.groups(lowered) {
                let numbers = groups.prefix(7).map { $0.flatMap { Int($0) } }
                guard let year = numbers[1], let month = numbers[2], let day = numbers[3] else { continue }
                var time: (hour: Int, minute: Int, second: Int)?
                if let hour = numbers[4], let minute = numbers[5] { time = (hour, minute, numbers[6] ?? 0) }
                if let date = ParsedDate(year: year, month: month, day: day, time: time, offsetMinutes: groups[7].flatMap(ISODate.offsetMinutes)) {
                    return date
                }
            }
        }
        if value.count == 10, let seconds = Int(value) { return unixDate(seconds) }
        return firstDate(in: value, monthFirst: monthFirst)
    }

    /// A Unix timestamp's calendar date in UTC (with its time and offset zero).
    private static func unixDate(_ seconds: Int) -> ParsedDate? {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(secondsFromGMT: 0)!
        let parts = calendar.dateComponents([.year, .month, .day, .hour, .minute, .second], from: Date(timeIntervalSince1970: TimeInterval(seconds)))
        guard let year = parts.year, let month = parts.month, let day = parts.day else { return nil }
        return ParsedDate(year: year, month: month, day: day, time: (parts.hour ?? 0, parts.minute ?? 0, parts.second ?? 0), offsetMinutes: 0)
    }

    /// True for a date a page could have been published on: not before 1995 and not after
    /// tomorrow (`now` in UTC, a day's grace for zones ahead of it).
    public static func isPlausible(_ date: ParsedDate, now: Date = Date()) -> Bool {
        guard date.year >= 1995 else { return false }
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(secondsFromGMT: 0)!
        let tomorrow = calendar.dateComponents([.year, .month, .day], from: now.addingTimeInterval(86_400))
        let limit = (tomorrow.year ?? 0) * 10_000 + (tomorrow.month ?? 0) * 100 + (tomorrow.day ?? 0)
        return date.year * 10_000 + date.month * 100 + date.day <= limit
    }

    /// Days from `a` to `b`, by calendar date only.
    static func dayDistance(_ a: ParsedDate, _ b: ParsedDate) -> Int {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(secondsFromGMT: 0)!
        guard let first = calendar.date(from: DateComponents(year: a.year, month: a.month, day: a.day)),
            let second = calendar.date(from: DateComponents(year: b.year, month: b.month, day: b.day))
        else { return Int.max }
        return calendar.dateComponents([.day], from: first, to: second).day ?? Int.max
    }
}
