/// A calendar date, with a time and a UTC offset when the source gave them.
public struct ParsedDate: Sendable, Equatable {
    public var year: Int
    public var month: Int
    public var day: Int
    /// Hour, minute and second, when a time was given.
    public var time: (hour: Int, minute: Int, second: Int)?
    /// Minutes east of UTC, when a zone was given.
    public var offsetMinutes: Int?

    public init?(year: Int, month: Int, day: Int, time: (hour: Int, minute: Int, second: Int)? = nil, offsetMinutes: Int? = nil) {
        guard (1..<10000).contains(year), (1...12).contains(month), (1...ParsedDate.daysIn(month: month, year: year)).contains(day) else {
            return nil
        }
        if let time, !(0...23).contains(time.hour) || !(0...59).contains(time.minute) || !(0...60).contains(time.second) {
            return nil
        }
        self.year = year
        self.month = month
        self.day = day
        self.time = time
        self.offsetMinutes = time == nil ? nil : offsetMinutes
    }

    /// ISO 8601: `2018-02-08`, `2018-02-08T10:32:00`, or `2018-02-08T10:32:00+00:00`.
    public var iso: String {
        var out = "\(pad(year, 4))-\(pad(month, 2))-\(pad(day, 2))"
        guard let time else { return out }
        out += "T\(pad(time.hour, 2)):\(pad(time.minute, 2)):\(pad(time.second, 2))"
        if let offset = offsetMinutes {
            out += (offset < 0 ? "-" : "+") + "\(pad(abs(offset) / 60, 2)):\(pad(abs(offset) % 60, 2))"
        }
        return out
    }

    public static func == (lhs: ParsedDate, rhs: ParsedDate) -> Bool { lhs.iso == rhs.iso }

    static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: return year % 4 == 0 && (year % 100 != 0 || year % 400 == 0) ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }

    private func pad(_ value: Int, _ width: Int) -> String {
        let digits = String(value)
        return String(repeating: "0", count: max(0, width - digits.count)) + digits
    }
}
