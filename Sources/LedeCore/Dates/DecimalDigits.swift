/// The decimal digits (general category Nd, what ICU's `\d` matches) of the Basic Multilingual
/// Plane, one bit each. `MatchWindows` asks this of every unit of a page's text, and the Unicode
/// property lookup cost a few hundred instructions for each unit beyond Latin-1. They all come
/// in runs of ten; a test checks the table against the property for every scalar of the plane.
enum DecimalDigits {
    /// Where each run of ten digits beyond ASCII starts.
    static let runStarts: [UInt16] = [
        0x660, 0x6F0, 0x7C0, 0x966, 0x9E6, 0xA66, 0xAE6, 0xB66, 0xBE6, 0xC66, 0xCE6, 0xD66, 0xDE6, 0xE50, 0xED0, 0xF20, 0x1040,
        0x1090, 0x17E0, 0x1810, 0x1946, 0x19D0, 0x1A80, 0x1A90, 0x1B50, 0x1BB0, 0x1C40, 0x1C50, 0xA620, 0xA8D0, 0xA900, 0xA9D0,
        0xA9F0, 0xAA50, 0xABF0, 0xFF10,
    ]

    static let bits: [UInt64] = {
        var bits = [UInt64](repeating: 0, count: 0x10000 / 64)
        for start in [0x30] + runStarts.map(Int.init) {
            for value in start..<start + 10 { bits[value >> 6] |= 1 << UInt64(value & 63) }
        }
        return bits
    }()

    /// True when `unit`, a scalar of the Basic Multilingual Plane, is a decimal digit.
    static func contains(_ unit: UInt16) -> Bool {
        bits[Int(unit >> 6)] & (1 << UInt64(unit & 63)) != 0
    }
}
