/// White space tests for hot loops over page text, where `properties.isWhitespace` costs a
/// Unicode property lookup for every character, and most characters are ASCII.
extension Unicode.Scalar {
    /// Unicode's White_Space property, exactly as `properties.isWhitespace` answers it: the
    /// property is looked up only for the few scalars that can have it (a test checks every
    /// scalar against the property).
    var isWhiteSpace: Bool {
        switch value {
        case 0x09...0x0D, 0x20: true
        case 0x85, 0xA0, 0x1680, 0x2000...0x3000: properties.isWhitespace
        default: false
        }
    }
}

extension UInt8 {
    /// ASCII white space as Unicode has it (tab, line feed, vertical tab, form feed, carriage
    /// return, space): also what `Character.isWhitespace` says of an ASCII character.
    var isASCIIWhiteSpace: Bool { (0x09...0x0D).contains(self) || self == 0x20 }
}

/// Reads the scalars of valid UTF-8 (a Swift string's bytes) without decoding ASCII.
enum UTF8Scalars {
    /// The length in bytes of the scalar whose first byte is `lead`.
    static func length(lead: UInt8) -> Int {
        lead < 0x80 ? 1 : lead < 0xE0 ? 2 : lead < 0xF0 ? 3 : 4
    }

    /// True when `bytes` are valid UTF-8 (as a Swift string would keep them, unrepaired).
    static func isValid(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        if bytes.allSatisfy({ $0 < 0x80 }) { return true }
        let failed = transcode(bytes.makeIterator(), from: UTF8.self, to: UTF32.self, stoppingOnError: true, into: { _ in })
        return !failed
    }

    /// The scalar of `length` bytes at `start`.
    static func scalar(in bytes: UnsafeBufferPointer<UInt8>, at start: Int, length: Int) -> Unicode.Scalar {
        var value = length == 1 ? UInt32(bytes[start]) : UInt32(bytes[start]) & (0xFF >> (length + 1))
        for offset in 1..<length { value = value << 6 | UInt32(bytes[start + offset] & 0x3F) }
        return Unicode.Scalar(value) ?? "\u{FFFD}"
    }
}
