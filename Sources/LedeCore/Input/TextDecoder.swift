/// Bytes to text: a byte-order mark wins, then strict UTF-8, then Windows-1252.
///
/// Windows-1252 is the fallback because it is what mislabelled "Latin-1" pages really are,
/// and every byte sequence decodes under it, so no input is lost to its encoding.
public enum TextDecoder {
    public enum Encoding: String, Sendable {
        case utf8 = "UTF-8", utf16LE = "UTF-16LE", utf16BE = "UTF-16BE", windows1252 = "Windows-1252"
    }

    public struct Decoded: Sendable {
        public var text: String
        public var encoding: Encoding
        /// True when a UTF-8 decode was attempted and failed.
        public var fellBack: Bool
    }

    public static func decode(_ bytes: [UInt8]) -> Decoded {
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) {
            return decodeUTF8OrFallBack(bytes[3...])
        }
        if bytes.starts(with: [0xFF, 0xFE]) { return Decoded(text: utf16(bytes[2...], littleEndian: true), encoding: .utf16LE, fellBack: false) }
        if bytes.starts(with: [0xFE, 0xFF]) { return Decoded(text: utf16(bytes[2...], littleEndian: false), encoding: .utf16BE, fellBack: false) }
        return decodeUTF8OrFallBack(bytes[...])
    }

    /// True when the bytes carry a UTF-16 byte-order mark (whose text legitimately holds NULs).
    public static func hasUTF16Mark(_ bytes: [UInt8]) -> Bool {
        bytes.starts(with: [0xFF, 0xFE]) || bytes.starts(with: [0xFE, 0xFF])
    }

    private static func decodeUTF8OrFallBack(_ bytes: ArraySlice<UInt8>) -> Decoded {
        if let text = String(validating: bytes, as: UTF8.self) {
            return Decoded(text: text, encoding: .utf8, fellBack: false)
        }
        return Decoded(text: windows1252(bytes), encoding: .windows1252, fellBack: true)
    }

    /// Windows-1252: Latin-1 except for 0x80-0x9F, which hold typographic characters.
    public static func windows1252(_ bytes: ArraySlice<UInt8>) -> String {
        var scalars = String.UnicodeScalarView()
        for byte in bytes {
            if (0x80...0x9F).contains(byte), let scalar = Unicode.Scalar(high1252[Int(byte - 0x80)]), scalar != "\u{0}" {
                scalars.append(scalar)
            } else {
                scalars.append(Unicode.Scalar(byte))
            }
        }
        return String(scalars)
    }

    // 0x80-0x9F; 0 marks the five bytes Windows-1252 leaves undefined (kept as C1 controls).
    private static let high1252: [UInt32] = [
        0x20AC, 0, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0, 0x017D, 0,
        0, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0, 0x017E, 0x0178,
    ]

    private static func utf16(_ bytes: ArraySlice<UInt8>, littleEndian: Bool) -> String {
        var units: [UInt16] = []
        units.reserveCapacity(bytes.count / 2)
        var index = bytes.startIndex
        while index + 1 < bytes.endIndex {
            let (low, high) = littleEndian ? (bytes[index], bytes[index + 1]) : (bytes[index + 1], bytes[index])
            units.append(UInt16(high) << 8 | UInt16(low))
            index += 2
        }
        return String(decoding: units, as: UTF16.self)
    }
}
