/// Reads the English date formats news pages print: `08 February, 2018`, `February 8, 2018`,
/// `Thu 8 Feb 2018 10.32 GMT`, `2018-02-08T10:32:00Z`, `Thursday, February 8th, 2018 at 2:05 p.m. EST`.
///
/// The whole text must be a date: any word that is not a month, weekday, meridiem, zone or
/// filler makes it fail, so a sentence that merely mentions a date is never taken for one.
public enum DateText {
    public static func parse(_ text: String) -> ParsedDate? {
        guard text.utf8.count <= 320, text.utf8.contains(where: { (0x30...0x39).contains($0) }) else { return nil }
        var lowered = text.lowercased()
        if lowered.utf8.containsASCII(caseInsensitive: ".m.") {
            lowered = lowered.replacingOccurrences(of: "a.m.", with: "am").replacingOccurrences(of: "p.m.", with: "pm")
        }
        guard lowered.count <= 80 else { return nil }
        if let iso = ISODate.parse(lowered.trimmed) { return iso }
        return interpret(DateTokenizer.tokens(lowered))
    }

    private static func interpret(_ tokens: [DateToken]) -> ParsedDate? {
        var year: Int?, month: Int?, day: Int?
        var time: (hour: Int, minute: Int, second: Int)?
        var meridiem: String?
        var offset: Int?
        for token in tokens {
            switch token {
            case .number(let value, let digits):
                if digits == 4, (1900...2100).contains(value), year == nil {
                    year = value
                } else if digits <= 2, (1...31).contains(value), day == nil {
                    day = value
                } else {
                    return nil
                }
            case .ordinal(let value):
                guard day == nil, (1...31).contains(value) else { return nil }
                day = value
            case .time(let hour, let minute, let second):
                guard time == nil else { return nil }
                time = (hour, minute, second)
            case .offset(let minutes):
                guard time != nil else { return nil }
                offset = (offset ?? 0) + minutes
            case .word(let word):
                if let value = DateWords.months[word] {
                    guard month == nil else { return nil }
                    month = value
                } else if word == "am" || word == "pm" {
                    meridiem = word
                } else if let minutes = DateWords.zones[word] {
                    offset = minutes
                } else if !DateWords.weekdays.contains(word) && !DateWords.fillers.contains(word) && !DateWords.ambiguousZones.contains(word) {
                    return nil
                }
            }
        }
        guard let year, let month, let day else { return nil }
        if var clock = time, let meridiem {
            guard (1...12).contains(clock.hour) else { return nil }
            clock.hour = clock.hour % 12 + (meridiem == "pm" ? 12 : 0)
            time = clock
        }
        return ParsedDate(year: year, month: month, day: day, time: time, offsetMinutes: offset)
    }
}

/// `2018-02-08`, `2018/02/08`, `2018-02-08T10:32:00.000+03:00`, `2018-02-08 10:32`.
enum ISODate {
    private static let pattern = Pattern(
        #"^(\d{4})[-/](\d{1,2})[-/](\d{1,2})(?:[t ](\d{1,2}):(\d{2})(?::(\d{2})(?:[.,]\d+)?)?\s*(z|utc|gmt|[+-]\d{2}:?\d{2})?)?$"#)

    static func parse(_ text: String) -> ParsedDate? {
        guard let groups = pattern.groups(text) else { return nil }
        let numbers = groups.prefix(7).map { $0.flatMap { Int($0) } }
        guard let year = numbers[1], let month = numbers[2], let day = numbers[3] else { return nil }
        var time: (hour: Int, minute: Int, second: Int)?
        if let hour = numbers[4], let minute = numbers[5] { time = (hour, minute, numbers[6] ?? 0) }
        return ParsedDate(year: year, month: month, day: day, time: time, offsetMinutes: groups[7].flatMap(offsetMinutes))
    }

    /// `z`, `utc`, `+03:00`, `-0500` as minutes east of UTC.
    static func offsetMinutes(_ text: String) -> Int? {
        if text == "z" || text == "utc" || text == "gmt" { return 0 }
        let digits = text.dropFirst().filter(\.isNumber)
        guard digits.count == 4, let hours = Int(digits.prefix(2)), let minutes = Int(digits.suffix(2)) else { return nil }
        return (text.first == "-" ? -1 : 1) * (hours * 60 + minutes)
    }
}
