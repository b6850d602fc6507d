import Foundation

/// A case-insensitive pattern that is only literal words to look for (`date|posted|\bstand\b`),
/// for tests run on every element of a page (class and id names).
///
/// ICU folds the case of every character at every position it tries, which made such tests
/// the costliest step of finding a page's date. ASCII text, which class names almost always
/// are, is searched byte by byte instead; other text goes to the equivalent ICU pattern, so the
/// answer is always the one the regular expression gives.
public struct KeywordPattern: Sendable {
    private struct Word: Sendable {
        /// Lowercase ASCII bytes.
        var bytes: [UInt8]
        /// Matches only between non-word characters (`\bword\b`).
        var isWhole: Bool
    }

    /// The words by their first byte, so each position of the text is tried only against the
    /// words that can start there.
    private let wordsByFirstByte: [[Word]]
    /// The pairs of ASCII bytes a word starts with, in either case, one bit per pair (first byte
    /// times 128 plus the second): most positions of a text start no word, and one bit test
    /// says so.
    private let openings: [UInt64]
    private let fallback: Pattern

    /// `anywhere` and `wholeWords` are lowercase ASCII words, letters, digits and `-` or `_`.
    public init(_ anywhere: [String], wholeWords: [String] = []) {
        var table = [[Word]](repeating: [], count: 128)
        var openings = [UInt64](repeating: 0, count: 128 * 128 / 64)
        for (word, isWhole) in anywhere.map({ ($0, false) }) + wholeWords.map({ ($0, true) }) {
            let bytes = Array(word.utf8)
            table[Int(bytes[0])].append(Word(bytes: bytes, isWhole: isWhole))
            // A one-byte word opens at its byte whatever follows it.
            for first in Self.cases(of: bytes[0]) {
                for second in bytes.count > 1 ? Self.cases(of: bytes[1]) : Array(0..<128) {
                    let pair = Int(first) << 7 | Int(second)
                    openings[pair >> 6] |= 1 << UInt64(pair & 63)
                }
            }
        }
        wordsByFirstByte = table
        self.openings = openings
        let alternatives = anywhere.map(NSRegularExpression.escapedPattern(for:))
            + wholeWords.map { #"\b"# + NSRegularExpression.escapedPattern(for: $0) + #"\b"# }
        fallback = Pattern(alternatives.joined(separator: "|"))
    }

    /// The pattern's source, as ICU reads it for non-ASCII text.
    public var source: String { fallback.source }

    public func matches(_ text: String) -> Bool {
        let answer = text.utf8.withContiguousStorageIfAvailable { bytes -> Bool? in
            bytes.allSatisfy { $0 < 0x80 } ? matchesASCII(bytes) : nil
        }
        if let answer = answer ?? nil { return answer }
        return fallback.matches(text)
    }

    /// Whether the words occur in `parts` (an element's class, id and itemprop) joined with
    /// spaces and lowercased, as `matches` answers for that label. No word holds a space, so none
    /// spans two parts and ASCII parts are searched one by one without being joined or lowercased.
    func matches(joining first: String?, _ second: String?, _ third: String? = nil) -> Bool {
        let answers = (asciiAnswer(first), asciiAnswer(second), asciiAnswer(third))
        if answers.0 == true || answers.1 == true || answers.2 == true { return true }
        guard answers.0 == nil || answers.1 == nil || answers.2 == nil else { return false }
        return matches([first, second, third].compactMap { $0 }.joined(separator: " ").lowercased())
    }

    /// The answer for ASCII text (false for none), or nil for other text.
    private func asciiAnswer(_ text: String?) -> Bool? {
        guard var text, !text.isEmpty else { return false }
        return text.withUTF8 { bytes in bytes.allSatisfy { $0 < 0x80 } ? matchesASCII(bytes) : nil }
    }

    private func matchesASCII(_ text: UnsafeBufferPointer<UInt8>) -> Bool {
        guard !text.isEmpty else { return false }
        return openings.withUnsafeBufferPointer { openings in
            var pair = Int(text[0])
            for start in text.indices {
                pair = (pair & 0x7F) << 7 | (start + 1 < text.count ? Int(text[start + 1]) : 0)
                guard openings[pair >> 6] & (1 << UInt64(pair & 63)) != 0 else { continue }
                for word in wordsByFirstByte[Int(Self.lowercase(text[start]))] where Self.occurs(word, in: text, at: start) {
                    return true
                }
            }
            return false
        }
    }

    private static func occurs(_ word: Word, in text: UnsafeBufferPointer<UInt8>, at start: Int) -> Bool {
        let end = start + word.bytes.count
        guard end <= text.count else { return false }
        for offset in 1..<word.bytes.count where lowercase(text[start + offset]) != word.bytes[offset] { return false }
        return !word.isWhole || ((start == 0 || !isWordByte(text[start - 1])) && (end == text.count || !isWordByte(text[end])))
    }

    /// A lowercase ASCII byte and, for a letter, its uppercase.
    private static func cases(of byte: UInt8) -> [UInt8] {
        byte >= 0x61 && byte <= 0x7A ? [byte, byte - 0x20] : [byte]
    }

    private static func lowercase(_ byte: UInt8) -> UInt8 {
        byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte
    }

    /// ICU's `\w` restricted to ASCII: letters, digits and the underscore.
    private static func isWordByte(_ byte: UInt8) -> Bool {
        let lower = byte | 0x20
        return (lower >= 0x61 && lower <= 0x7A) || (byte >= 0x30 && byte <= 0x39) || byte == 0x5F
    }
}
