/// A list of class and id words (`HTMLVocabulary.noiseWords`) asked of every element:
/// "does this `class` or `id` value name one of them?", answered on the value's bytes.
///
/// The answer is the one `HTMLVocabulary.words(of:)` would give — the value lowercased,
/// split at white space, each token and its parts between `-` and `_` — without making a
/// set of Strings per element. Values beyond ASCII (rare in class names) take that path.
struct ClassWordList: Sendable {
    private let words: Set<String>
    /// Lowercase ASCII words by their first byte.
    private let byFirstByte: [[[UInt8]]]

    init(_ words: Set<String>) {
        self.words = words
        var table = [[[UInt8]]](repeating: [], count: 128)
        for word in words {
            let bytes = Array(word.utf8)
            if let first = bytes.first, first < 0x80 { table[Int(first)].append(bytes) }
        }
        byFirstByte = table
    }

    /// True when a word of `value` is in the list.
    func isNamed(in value: UnsafeBufferPointer<UInt8>) -> Bool {
        guard value.allSatisfy({ $0 < 0x80 }) else {
            return !HTMLVocabulary.words(of: String(decoding: value, as: UTF8.self)).isDisjoint(with: words)
        }
        var start = 0
        while start < value.count {
            while start < value.count, value[start].isASCIIWhiteSpace { start += 1 }
            var end = start
            while end < value.count, !value[end].isASCIIWhiteSpace { end += 1 }
            if end > start, tokenIsNamed(value, start, end) { return true }
            start = end
        }
        return false
    }

    /// The token `value[start..<end]` or one of its parts between `-` and `_` is a word.
    private func tokenIsNamed(_ value: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> Bool {
        if isWord(value, start, end) { return true }
        var partStart = start
        for index in start...end where index == end || value[index] == UInt8(ascii: "-") || value[index] == UInt8(ascii: "_") {
            if index > partStart, (partStart != start || index != end), isWord(value, partStart, index) { return true }
            partStart = index + 1
        }
        return false
    }

    private func isWord(_ value: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> Bool {
        for word in byFirstByte[Int(Self.lowered(value[start]))] where word.count == end - start {
            var index = 0
            while index < word.count, Self.lowered(value[start + index]) == word[index] { index += 1 }
            if index == word.count { return true }
        }
        return false
    }

    private static func lowered(_ byte: UInt8) -> UInt8 { byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte }
}

extension HTMLNode {
    /// True when a word of the element's `class` or `id` is in `list`.
    func isNamed(by list: ClassWordList) -> Bool {
        guard isElement else { return false }
        for name in ["class", "id"] {
            if let index = tree.attributeIndex(id, named: name), tree.withAttributeValue(id, at: index, list.isNamed(in:)) { return true }
        }
        return false
    }
}
