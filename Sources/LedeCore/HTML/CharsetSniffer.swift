import Foundation

/// Finds an HTML page's character encoding: a byte-order mark, then `<meta charset>` or the
/// `http-equiv` content type in the first 4 KB, then UTF-8 if the bytes are valid UTF-8,
/// else Windows-1252 (what mislabelled "Latin-1" pages really are), with a diagnostic.
enum CharsetSniffer {
    struct Result: Equatable {
        var encoding: String
        var finding: String?
        /// The bytes were checked and are valid UTF-8, so decoding need not check again.
        var isCheckedUTF8 = false
    }

    static func encoding(of bytes: [UInt8]) -> Result {
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { return Result(encoding: "UTF-8") }
        if bytes.starts(with: [0xFF, 0xFE]) { return Result(encoding: "UTF-16LE") }
        if bytes.starts(with: [0xFE, 0xFF]) { return Result(encoding: "UTF-16BE") }
        if let declared = declaredCharset(in: bytes.prefix(4096)) {
            let name = declared == "iso-8859-1" || declared == "latin1" || declared == "us-ascii" || declared == "ascii" ? "windows-1252" : declared
            if name == "utf-8" || name == "utf8" {
                guard UTF8Validation.isValid(bytes) else {
                    return Result(encoding: "windows-1252", finding: "the page says UTF-8 but is not valid UTF-8; decoded as Windows-1252")
                }
                return Result(encoding: name, isCheckedUTF8: true)
            }
            return Result(encoding: name)
        }
        if UTF8Validation.isValid(bytes) { return Result(encoding: "UTF-8", isCheckedUTF8: true) }
        return Result(encoding: "windows-1252", finding: "no charset declared and not valid UTF-8; decoded as Windows-1252")
    }

    /// `charset=NAME` after `<meta` in the head, lowercased: read from the bytes, with ASCII
    /// case folding, when the `<meta ...>` tags it looks into are ASCII and stand between ASCII
    /// bytes (then Unicode lowercasing and character boundaries cannot make a difference),
    /// else from the lowercased text.
    static func declaredCharset(in head: ArraySlice<UInt8>) -> String? {
        let bytes = Array(head)
        var searchFrom = 0
        while let meta = bytes.firstASCIIOccurrence(of: "<meta", from: searchFrom) {
            let tagStart = meta + 5
            let tagEnd = bytes[tagStart...].firstIndex(of: UInt8(ascii: ">")) ?? bytes.endIndex
            let afterTag = min(tagEnd + 1, bytes.endIndex)
            guard meta == 0 || bytes[meta - 1] < 0x80, bytes[tagStart..<afterTag].allSatisfy({ $0 < 0x80 }),
                afterTag == bytes.endIndex || bytes[afterTag] < 0x80
            else { return declaredCharsetInText(head) }
            let tag = Array(bytes[tagStart..<tagEnd])
            var from = 0
            while let charset = tag.firstASCIIOccurrence(of: "charset", from: from) {
                from = charset + 7
                // `charset=NAME`, not the word alone (`<meta name="charset" content="utf-8">`).
                let afterName = tag[from...].drop { $0 == 0x20 }
                guard afterName.first == 0x3D else { continue }
                let value = afterName.drop { $0 == 0x20 || $0 == 0x3D || $0 == 0x22 || $0 == 0x27 }
                    .prefix { $0.isASCIILetterOrDigit || $0 == 0x2D || $0 == 0x5F }
                if !value.isEmpty { return String(decoding: value.map { $0 >= 0x41 && $0 <= 0x5A ? $0 | 0x20 : $0 }, as: UTF8.self) }
            }
            searchFrom = tagEnd
        }
        return nil
    }

    /// `declaredCharset` on the lowercased text, for heads whose tags hold other than ASCII.
    static func declaredCharsetInText(_ head: ArraySlice<UInt8>) -> String? {
        let text = String(decoding: head, as: UTF8.self).lowercased()
        var searchFrom = text.startIndex
        while let meta = text.range(of: "<meta", range: searchFrom..<text.endIndex) {
            let tagEnd = text[meta.upperBound...].firstIndex(of: ">") ?? text.endIndex
            let tag = text[meta.upperBound..<tagEnd]
            var from = tag.startIndex
            while let charset = tag.range(of: "charset", range: from..<tag.endIndex) {
                from = charset.upperBound
                let afterName = tag[from...].drop { $0 == " " }
                guard afterName.first == "=" else { continue }
                var value = afterName.drop { $0 == " " || $0 == "=" || $0 == "\"" || $0 == "'" }
                value = value.prefix { $0.isLetter || $0.isNumber || $0 == "-" || $0 == "_" }
                if !value.isEmpty { return String(value) }
            }
            searchFrom = tagEnd
        }
        return nil
    }
}

extension [UInt8] {
    /// Where `needle` (lowercase ASCII) first occurs at or after `start`, ignoring ASCII case.
    fileprivate func firstASCIIOccurrence(of needle: StaticString, from start: Int) -> Int? {
        let pattern = UnsafeBufferPointer(start: needle.utf8Start, count: needle.utf8CodeUnitCount)
        guard start + pattern.count <= count else { return nil }
        for index in start...(count - pattern.count) where Self.folded(self[index]) == pattern[0] {
            if (1..<pattern.count).allSatisfy({ offset in Self.folded(self[index + offset]) == pattern[offset] }) { return index }
        }
        return nil
    }

    private static func folded(_ byte: UInt8) -> UInt8 { byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte }
}

extension UInt8 {
    fileprivate var isASCIILetterOrDigit: Bool { (0x30...0x39).contains(self) || (0x41...0x5A).contains(self) || (0x61...0x7A).contains(self) }
}
