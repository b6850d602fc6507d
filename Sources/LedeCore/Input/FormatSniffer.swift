/// Decides whether an input is HTML or plain text when the user did not say.
public enum FormatSniffer {
    private static let markers = ["<html", "<!doctype", "<body", "<head"]

    /// HTML when one of `<html`, `<!doctype`, `<body`, `<head` appears in the first 1024 bytes
    /// (case-insensitively), or when the file is named `.html`/`.htm` and starts with `<`.
    public static func format(of bytes: [UInt8], path: String?) -> Source.Format {
        let head = String(decoding: bytes.prefix(1024), as: UTF8.self).lowercased()
        if markers.contains(where: head.contains) { return .html }
        let name = path?.lowercased() ?? ""
        let namedHTML = [".html", ".htm", ".html.gz", ".htm.gz"].contains(where: name.hasSuffix)
        if namedHTML, head.drop(while: \.isWhitespace).first == "<" { return .html }
        return .text
    }
}
