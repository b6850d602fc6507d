import Foundation

/// A compiled ICU regular expression for matching whole lines and reading their groups.
///
/// Patterns in lede are literals checked by tests, so a bad one is a programming error and
/// traps at first use. `NSRegularExpression` is documented as thread-safe, hence `@unchecked`.
public struct Pattern: @unchecked Sendable {
    private let regex: NSRegularExpression

    public init(_ pattern: String, caseInsensitive: Bool = true) {
        var options: NSRegularExpression.Options = []
        if caseInsensitive { options.insert(.caseInsensitive) }
        do {
            regex = try NSRegularExpression(pattern: pattern, options: options)
        } catch {
            preconditionFailure("invalid built-in pattern \(pattern): \(error)")
        }
    }

    /// A pattern from outside (an outlet rule, a plugin): a bad one is the user's error, and
    /// the message is ICU's reason.
    public init(validating pattern: String, caseInsensitive: Bool = false) throws(PatternError) {
        var options: NSRegularExpression.Options = []
        if caseInsensitive { options.insert(.caseInsensitive) }
        do {
            regex = try NSRegularExpression(pattern: pattern, options: options)
        } catch {
            throw PatternError(pattern: pattern)
        }
    }

    /// The pattern's source.
    public var source: String { regex.pattern }

    public func matches(_ text: String) -> Bool {
        regex.firstMatch(in: text, range: NSRange(text.startIndex..., in: text)) != nil
    }

    /// The capture groups of the first match (index 0 is the whole match); nil when it does not match.
    /// A group that did not take part is nil.
    public func groups(_ text: String) -> [String?]? {
        guard let match = regex.firstMatch(in: text, range: NSRange(text.startIndex..., in: text)) else { return nil }
        return (0..<match.numberOfRanges).map { index in
            Range(match.range(at: index), in: text).map { String(text[$0]) }
        }
    }

    /// The ranges of every match, for splitting a line at separators.
    public func ranges(in text: String) -> [Range<String.Index>] {
        regex.matches(in: text, range: NSRange(text.startIndex..., in: text)).compactMap { Range($0.range, in: text) }
    }
}

/// A regular expression ICU refuses.
public struct PatternError: Error, Sendable, CustomStringConvertible {
    public let pattern: String
    public var description: String { "invalid regular expression \(pattern)" }
}

extension String {
    /// The text with white space trimmed at both ends. Text that starts and ends with a
    /// visible ASCII character is returned as it is, without Foundation's bridging.
    var trimmed: String {
        if let first = utf8.first, let last = utf8.last, (0x21...0x7E).contains(first), (0x21...0x7E).contains(last) { return self }
        return trimmingCharacters(in: .whitespacesAndNewlines)
    }

    /// The number of Unicode scalars: lede's unit for lengths and offsets.
    var scalarCount: Int { unicodeScalars.count }

    /// The words, split at white space.
    var words: [Substring] { split(whereSeparator: \.isWhitespace) }
}
