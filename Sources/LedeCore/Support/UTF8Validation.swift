/// Checks that bytes are well-formed UTF-8 without making a String of them: the encoding
/// sniffer asks this of every page, and `String(validating:)` would copy the whole page.
enum UTF8Validation {
    /// True exactly when `String(validating: bytes, as: UTF8.self)` is not nil: the
    /// well-formed sequences of the Unicode standard's table 3-7 (no overlong forms, no
    /// surrogates, nothing above U+10FFFF). ASCII runs are skipped eight bytes at a time.
    static func isValid(_ bytes: [UInt8]) -> Bool {
        bytes.withUnsafeBufferPointer { buffer in
            guard let base = buffer.baseAddress else { return true }
            let count = buffer.count
            var index = 0
            while index < count {
                while index + 8 <= count, UnsafeRawPointer(base + index).loadUnaligned(as: UInt64.self) & 0x8080_8080_8080_8080 == 0 {
                    index += 8
                }
                guard index < count else { break }
                let lead = base[index]
                if lead < 0x80 {
                    index += 1
                    continue
                }
                guard let length = sequenceLength(base, at: index, count: count) else { return false }
                index += length
            }
            return true
        }
    }

    /// The length of the well-formed multi-byte sequence at `index`, or nil.
    private static func sequenceLength(_ base: UnsafePointer<UInt8>, at index: Int, count: Int) -> Int? {
        let lead = base[index]
        let length: Int
        var secondRange: ClosedRange<UInt8> = 0x80...0xBF
        switch lead {
        case 0xC2...0xDF: length = 2
        case 0xE0: length = 3; secondRange = 0xA0...0xBF
        case 0xE1...0xEC, 0xEE...0xEF: length = 3
        case 0xED: length = 3; secondRange = 0x80...0x9F
        case 0xF0: length = 4; secondRange = 0x90...0xBF
        case 0xF1...0xF3: length = 4
        case 0xF4: length = 4; secondRange = 0x80...0x8F
        default: return nil
        }
        guard index + length <= count, secondRange.contains(base[index + 1]) else { return nil }
        for offset in 2..<max(2, length) where !(0x80...0xBF).contains(base[index + offset]) { return nil }
        return length
    }
}
