import Glibc

/// Page bytes in the encoding `CharsetSniffer` found, as the valid UTF-8 lede's parser reads.
///
/// UTF-8 is checked and repaired (each bad sequence becomes U+FFFD); Windows-1252, by far the
/// most common other encoding, is mapped here; the rest go through iconv, with an
/// unconvertible byte becoming U+FFFD. An encoding iconv does not know is read as UTF-8 when
/// the bytes are valid UTF-8, else as Windows-1252, which decodes every byte, and said so in
/// `finding`.
enum Transcoding {
    struct Result {
        var utf8: [UInt8]
        var finding: String?
    }

    /// `checked`: the caller found the bytes valid UTF-8 already.
    static func utf8(_ bytes: [UInt8], from encoding: String, checked: Bool = false) -> Result {
        switch encoding.lowercased() {
        case "utf-8", "utf8":
            if checked, !bytes.starts(with: [0xEF, 0xBB, 0xBF]) { return Result(utf8: bytes) }
            let body = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? Array(bytes[3...]) : bytes
            if UTF8Validation.isValid(body) { return Result(utf8: body) }
            return Result(utf8: Array(String(decoding: body, as: UTF8.self).utf8))
        case "windows-1252", "cp1252":
            return Result(utf8: windows1252(bytes))
        default:
            if let converted = iconv(bytes, from: encoding) { return Result(utf8: converted) }
            if UTF8Validation.isValid(bytes) { return Result(utf8: bytes, finding: "unknown charset '\(encoding)'; read as UTF-8") }
            return Result(utf8: windows1252(bytes), finding: "unknown charset '\(encoding)'; decoded as Windows-1252")
        }
    }

    private static func windows1252(_ bytes: [UInt8]) -> [UInt8] {
        if bytes.allSatisfy({ $0 < 0x80 }) { return bytes }
        return Array(TextDecoder.windows1252(bytes[...]).utf8)
    }

    private static func iconv(_ bytes: [UInt8], from encoding: String) -> [UInt8]? {
        guard !bytes.isEmpty else { return [] }
        let converter = iconv_open("UTF-8", encoding)
        guard let converter, converter != iconv_t(bitPattern: -1) else { return nil }
        defer { iconv_close(converter) }
        var output = [UInt8](repeating: 0, count: bytes.count * 4 + 16)
        var written = 0
        var input = bytes
        input.withUnsafeMutableBufferPointer { source in
            output.withUnsafeMutableBufferPointer { target in
                var inPointer: UnsafeMutablePointer<CChar>? = UnsafeMutableRawPointer(source.baseAddress!).assumingMemoryBound(to: CChar.self)
                var inLeft = source.count
                var outPointer: UnsafeMutablePointer<CChar>? = UnsafeMutableRawPointer(target.baseAddress!).assumingMemoryBound(to: CChar.self)
                var outLeft = target.count
                while inLeft > 0 {
                    if Glibc.iconv(converter, &inPointer, &inLeft, &outPointer, &outLeft) != -1 { break }
                    guard errno == EILSEQ || errno == EINVAL, outLeft >= 3 else { break }
                    // An unconvertible or cut-off sequence: one replacement character, then on.
                    for byte in [UInt8(0xEF), 0xBF, 0xBD] {
                        outPointer?.pointee = CChar(bitPattern: byte)
                        outPointer = outPointer.map { $0 + 1 }
                    }
                    outLeft -= 3
                    inPointer = inPointer.map { $0 + 1 }
                    inLeft -= 1
                }
                written = target.count - outLeft
            }
        }
        output.removeSubrange(written...)
        return output
    }
}
