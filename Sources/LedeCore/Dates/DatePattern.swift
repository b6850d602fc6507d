import Foundation

/// A date format given as a Unicode TR35 pattern (`dd MMMM, yyyy`, `yyyy-MM-dd'T'HH:mm`), as
/// outlet rules and plugins name them; read with locale `en_US_POSIX` and, unless the pattern
/// has a zone, as UTC with the time kept without an offset.
public final class DatePattern: @unchecked Sendable {
    public let pattern: String
    private let formatter: DateFormatter
    private let lock = NSLock()
    private let hasTime: Bool
    private let hasZone: Bool

    public init(_ pattern: String) {
        self.pattern = pattern
        formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.timeZone = TimeZone(secondsFromGMT: 0)
        formatter.dateFormat = pattern
        formatter.isLenient = false
        let fields = Self.fieldLetters(of: pattern)
        hasTime = !fields.isDisjoint(with: ["H", "h", "k", "K", "m"])
        hasZone = !fields.isDisjoint(with: ["z", "Z", "X", "x", "O", "v", "V"])
    }

    /// The date the whole text states in this pattern, or nil.
    public func parse(_ text: String) -> ParsedDate? {
        let date: Date? = lock.withLock { formatter.date(from: text.trimmingCharacters(in: .whitespaces)) }
        guard let date else { return nil }
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(secondsFromGMT: 0)!
        let parts = calendar.dateComponents([.year, .month, .day, .hour, .minute, .second], from: date)
        guard let year = parts.year, let month = parts.month, let day = parts.day else { return nil }
        let time = hasTime ? (hour: parts.hour ?? 0, minute: parts.minute ?? 0, second: parts.second ?? 0) : nil
        return ParsedDate(year: year, month: month, day: day, time: time, offsetMinutes: hasZone ? 0 : nil)
    }

    /// The pattern letters outside quoted literals.
    private static func fieldLetters(of pattern: String) -> Set<Character> {
        var letters = Set<Character>()
        var quoted = false
        for character in pattern {
            if character == "'" { quoted.toggle() } else if !quoted, character.isLetter { letters.insert(character) }
        }
        return letters
    }
}
