import Foundation

/// Finds an HTML page's character encoding: a byte-order mark, then `<meta charset>` or the
/// `http-equiv` content type in the first 4 KB, then UTF-8 if the bytes are valid UTF-8,
/// else Windows-1252 (what mislabelled "Latin-1" pages really are), with a diagnostic.
enum CharsetSniffer {
    struct Result: Equatable {
        var encoding: String
        var finding: String?
    }

    static func encoding(of bytes: [UInt8]) -> Result {
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { return Result(encoding: "UTF-8") }
        if bytes.starts(with: [0xFF, 0xFE]) { return Result(encoding: "UTF-16LE") }
        if bytes.starts(with: [0xFE, 0xFF]) { return Result(encoding: "UTF-16BE") }
        if let declared = declaredCharset(in: bytes.prefix(4096)) {
            let name = declared == "iso-8859-1" || declared == "latin1" || declared == "us-ascii" || declared == "ascii" ? "windows-1252" : declared
            if name == "utf-8" || name == "utf8", String(validating: bytes, as: UTF8.self) == nil {
                return Result(encoding: "windows-1252", finding: "the page says UTF-8 but is not valid UTF-8; decoded as Windows-1252")
            }
            return Result(encoding: name)
        }
        if String(validating: bytes, as: UTF8.self) != nil { return Result(encoding: "UTF-8") }
        return Result(encoding: "windows-1252", finding: "no charset declared and not valid UTF-8; decoded as Windows-1252")
    }

    /// `charset=NAME` after `<meta` in the head, lowercased.
    static func declaredCharset(in head: ArraySlice<UInt8>) -> String? {
        let text = String(decoding: head, as: UTF8.self).lowercased()
        var searchFrom = text.startIndex
        while let meta = text.range(of: "<meta", range: searchFrom..<text.endIndex) {
            let tagEnd = text[meta.upperBound...].firstIndex(of: ">") ?? text.endIndex
            let tag = text[meta.upperBound..<tagEnd]
            if let charset = tag.range(of: "charset") {
                var value = tag[charset.upperBound...].drop { $0 == " " || $0 == "=" || $0 == "\"" || $0 == "'" }
                value = value.prefix { $0.isLetter || $0.isNumber || $0 == "-" || $0 == "_" }
                if !value.isEmpty { return String(value) }
            }
            searchFrom = tagEnd
        }
        return nil
    }
}
