import Foundation

/// A FiveFilters (Full-Text RSS) site config, read into its directives in file order with their
/// line numbers, so that an import can say exactly which line it could not carry over.
///
/// The format: one file per host, `example.com.txt` (a leading dot, `.example.com.txt`, means the
/// host and its subdomains); lines `directive: value`, split at the first colon as FiveFilters
/// does; `#` starts a comment line; blank lines are ignored.
public struct FTRSiteConfig: Sendable {
    /// One `directive: value` line. `argument` is what a directive such as
    /// `replace_string(find)` or `http_header(user-agent)` holds in its parentheses.
    public struct Directive: Sendable, Equatable {
        public var name: String
        public var argument: String?
        public var value: String
        public var line: Int
    }

    /// The host the file is for, from its name: `.example.com.txt` gives `example.com`.
    public var host: String
    public var directives: [Directive] = []
    /// Lines that are neither blank, a comment nor `directive: value`, by line number.
    public var malformed: [(line: Int, text: String)] = []

    /// Parses `text`, the contents of the file named `fileName` (its last path component).
    public init(fileName: String, text: String) {
        host = Self.host(fromFileName: fileName)
        // Character.isNewline covers LF, CR and CRLF (a single Character), so no line keeps a CR.
        let lines = text.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline)
        for (index, raw) in lines.enumerated() {
            let line = raw.trimmingCharacters(in: .whitespaces)
            if line.isEmpty || line.hasPrefix("#") { continue }
            if let directive = Self.directive(line, number: index + 1) {
                directives.append(directive)
            } else {
                malformed.append((index + 1, line))
            }
        }
    }

    /// `name: value` or `name(argument): value`; nil when the line has neither shape.
    static func directive(_ line: String, number: Int) -> Directive? {
        let name = line.prefix { $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "_") }
        guard !name.isEmpty else { return nil }
        var rest = line[name.endIndex...]
        var argument: String?
        if rest.hasPrefix("(") {
            guard let close = rest.range(of: "):") else { return nil }
            argument = String(rest[rest.index(after: rest.startIndex)..<close.lowerBound])
            rest = rest[rest.index(before: close.upperBound)...]
        }
        rest = rest.drop { $0 == " " || $0 == "\t" }
        guard rest.hasPrefix(":") else { return nil }
        let value = rest.dropFirst().trimmingCharacters(in: .whitespaces)
        return Directive(name: String(name), argument: argument, value: value, line: number)
    }

    /// The host a site config file is named for: its name without `.txt` and a leading dot.
    public static func host(fromFileName fileName: String) -> String {
        var host = Substring(fileName)
        if host.hasSuffix(".txt") { host = host.dropLast(4) }
        while host.hasPrefix(".") { host = host.dropFirst() }
        return String(host)
    }

    /// The site config files an argument names: a file as it is, or every `*.txt` directly in a
    /// folder (hidden ones included, since `.example.com.txt` is how subdomain configs are named),
    /// sorted byte-wise so runs are reproducible.
    public static func files(for argument: String) throws -> [String] {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: argument, isDirectory: &isDirectory), isDirectory.boolValue else {
            return [argument]
        }
        let folder = argument.hasSuffix("/") ? String(argument.dropLast()) : argument
        return try FileManager.default.contentsOfDirectory(atPath: folder)
            .filter { $0.hasSuffix(".txt") }
            .sorted { Array($0.utf8).lexicographicallyPrecedes(Array($1.utf8)) }
            .map { folder + "/" + $0 }
            .filter { path in
                var isFolder: ObjCBool = false
                return FileManager.default.fileExists(atPath: path, isDirectory: &isFolder) && !isFolder.boolValue
            }
    }
}
