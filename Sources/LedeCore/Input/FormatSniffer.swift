/// Decides whether an input is HTML or plain text when the user did not say.
public enum FormatSniffer {
    private static let markers = ["<html", "<!doctype", "<body", "<head"]

    /// HTML when one of `<html`, `<!doctype`, `<body`, `<head` appears in the first 1024 bytes
    /// (case-insensitively), or when the file is named `.html`/`.htm` and starts with `<`.
    public static func format(of bytes: [UInt8], path: String?) -> Source.Format {
        let head = bytes.prefix(1024)
        if markers.contains(where: { head.containsASCII(caseInsensitive: $0) }) { return .html }
        let name = path?.lowercased() ?? ""
        let namedHTML = [".html", ".htm", ".html.gz", ".htm.gz"].contains(where: name.hasSuffix)
        let firstVisible = head.first { ![0x20, 0x09, 0x0A, 0x0D, 0xEF, 0xBB, 0xBF].contains($0) }
        if namedHTML, firstVisible == UInt8(ascii: "<") { return .html }
        return .text
    }
}
