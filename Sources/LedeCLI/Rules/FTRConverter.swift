import LedeCore

/// A site config line the generated rule does not carry out, and why (or, for a test page, what
/// to do with it), so that nothing is dropped without the user being told.
public struct FTRNote: Sendable, Equatable, CustomStringConvertible {
    public var line: Int
    /// The directive as written (`next_page_link`, `replace_string(<br>)`), or the whole line.
    public var subject: String
    public var message: String

    public var description: String { "line \(line): \(subject): \(message)" }
}

/// One site config turned into an outlet rule: the rule file's Lua text, and in line order
/// what it could not carry (`notConverted`) and what else to do (`hints`).
public struct FTRConversion: Sendable {
    public var ruleName: String
    public var lua: String
    public var notConverted: [FTRNote] = []
    public var hints: [FTRNote] = []

    /// Every note in line order, as the command reports them.
    public var notes: [FTRNote] { (notConverted + hints).sorted { $0.line < $1.line } }
}

/// Converts FiveFilters site configs into lede outlet rules: XPaths become `html` selectors (each
/// checked as rules are checked, so a generated rule always loads), everything lede cannot do
/// is listed, and nothing is invented for it.
public enum FTRConverter {
    static let fields = ["title": "headline", "body": "body", "author": "authors", "date": "date"]
    static let rawHTML = "lede rules cannot replace text in the raw HTML"
    static let noFetching = "lede never fetches pages"
    static let noSwitch = "lede's extractor has no such switch"
    static let noRewriting = "lede rules cannot rewrite elements"
    static let reasons: [String: String] = [
        "next_page_link": "lede has no multi-page support", "single_page_link": noFetching,
        "find_string": rawHTML, "replace_string": rawHTML, "http_header": noFetching,
        "requires_login": noFetching, "not_logged_in_xpath": noFetching, "login_uri": noFetching,
        "login_username_field": noFetching, "login_password_field": noFetching, "login_extra_fields": noFetching,
        "prune": noSwitch, "tidy": noSwitch, "autodetect_on_failure": noSwitch, "parser": noSwitch, "skip_json_ld": noSwitch,
        "native_ad_clue": "lede rules have no native-ad check", "if_page_contains": "lede rules have no conditions",
        "dissolve": noRewriting, "wrap_in": noRewriting, "strip_attr": noRewriting, "src_lazy_load_attr": noRewriting,
    ]

    /// The rule name for a host (`www.example.com` gives `www-example-com`), or nil when the host
    /// cannot name a plugin (lowercase letters, digits, `-`, `_`).
    public static func ruleName(forHost host: String) -> String? {
        let name = host.lowercased().replacingOccurrences(of: ".", with: "-")
        let allowed = { (scalar: Unicode.Scalar) in ("a"..."z").contains(scalar) || ("0"..."9").contains(scalar) }
        guard let first = name.unicodeScalars.first, allowed(first),
            name.unicodeScalars.allSatisfy({ allowed($0) || $0 == "-" || $0 == "_" })
        else { return nil }
        return name
    }

    /// The rule for `config`, which must have a host `ruleName(forHost:)` accepts. `fileName`
    /// is only quoted in the rule's first comment.
    public static func convert(_ config: FTRSiteConfig, fileName: String) -> FTRConversion? {
        guard let name = ruleName(forHost: config.host) else { return nil }
        var conversion = FTRConversion(ruleName: name, lua: "")
        var chosen: [String: String] = [:], comments: [String: [String]] = [:]
        var strip: [String] = [], header: [String] = [], unsupported: [(line: Int, text: String)] = []
        func skip(_ line: Int, _ subject: String, _ reason: String) {
            conversion.notConverted.append(FTRNote(line: line, subject: subject, message: "not converted (\(reason))"))
        }
        for (line, text) in config.malformed {
            skip(line, String(text.prefix(60)), "not a 'directive: value' line")
            unsupported.append((line, text))
        }
        for directive in config.directives {
            let subject = directive.argument.map { "\(directive.name)(\($0))" } ?? directive.name
            let source = "\(subject): \(directive.value) (line \(directive.line))"
            if directive.value.isEmpty && directive.argument == nil {
                skip(directive.line, subject, "no value")
                continue
            }
            if directive.argument == nil, let key = fields[directive.name] {
                switch checked(directive.value) {
                case .failure(let problem):
                    skip(directive.line, subject, problem.description)
                    comments[key, default: []].append("not converted (\(problem)): \(source)")
                case .success(let selector) where chosen[key] == nil:
                    chosen[key] = selector
                case .success:
                    skip(directive.line, subject, "lede takes one selector per field; first used")
                    comments[key, default: []].append("also in the site config: \(source)")
                }
                continue
            }
            let xpath: String
            switch (directive.name, directive.argument) {
            case ("test_url", nil):
                header.append("test page: \(directive.value)")
                let record = "save it as tests/CASE.html beside the rule (its URL in tests/CASE.url), then 'lede rules record tests/CASE.html --outlet \(name)'"
                conversion.hints.append(FTRNote(line: directive.line, subject: subject, message: "a test page: " + record))
                continue
            case ("test_contains", nil):
                header.append("  which should contain: \(directive.value)")
                continue
            case ("strip", nil): xpath = directive.value
            case ("strip_id_or_class", nil):
                let literal = xpathLiteral(directive.value)
                xpath = "//*[contains(@class,\(literal)) or contains(@id,\(literal))]"
            case ("strip_image_src", nil): xpath = "//img[contains(@src,\(xpathLiteral(directive.value)))]"
            default:
                skip(directive.line, subject, reasons[directive.name] ?? "unknown directive")
                unsupported.append((directive.line, "\(subject): \(directive.value)"))
                continue
            }
            switch checked(xpath) {
            case .success(let selector): strip.append(luaString(selector) + ",")
            case .failure(let problem):
                skip(directive.line, subject, problem.description)
                strip.append("-- not converted (\(problem)): \(source)")
            }
        }
        conversion.notConverted.sort { $0.line < $1.line }
        let unconverted = unsupported.sorted { $0.line < $1.line }.map { "line \($0.line): \($0.text)" }
        conversion.lua = FTRRuleText(name: name, host: config.host, fileName: fileName, header: header, unsupported: unconverted,
                                     chosen: chosen, comments: comments, strip: strip).lua
        return conversion
    }

    /// The selector text lede uses for a site config XPath, checked with `Selector` as a rule's
    /// selectors are. An XPath lede would not read as one (`id('x')`, which does not start with
    /// `/` or `(`) is put in parentheses, which keeps its meaning from the document node.
    static func checked(_ xpath: String) -> Result<String, SelectorError> {
        let written = ["/", "(", "./", "../"].contains(where: xpath.hasPrefix) ? xpath : "(\(xpath))"
        do {
            let selector = try Selector(written)
            guard selector.xpath == written, selector.attribute == nil else { return .failure(SelectorError("lede does not read it as XPath")) }
            return .success(written)
        } catch {
            return .failure(error)
        }
    }

    /// An XPath 1.0 string literal for any text: XPath has no escapes, so text holding both
    /// quote characters becomes a `concat()` of pieces.
    static func xpathLiteral(_ text: String) -> String {
        if !text.contains("'") { return "'\(text)'" }
        if !text.contains("\"") { return "\"\(text)\"" }
        let pieces = text.split(separator: "'", omittingEmptySubsequences: false).map { "'\($0)'" }
        return "concat(" + pieces.joined(separator: ", \"'\", ") + ")"
    }

    /// A double-quoted Lua string literal for any text: quotes and backslashes escaped, control
    /// characters written as escapes so that the file shows them.
    static func luaString(_ text: String) -> String {
        var result = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\\": result += "\\\\"
            case "\"": result += "\\\""
            case "\n": result += "\\n"
            case "\r": result += "\\r"
            case "\t": result += "\\t"
            case _ where scalar.value < 0x20 || scalar.value == 0x7F:
                let digits = String(scalar.value)
                result += "\\" + String(repeating: "0", count: 3 - digits.count) + digits
            default: result.unicodeScalars.append(scalar)
            }
        }
        return result + "\""
    }
}

/// The text of a generated rule file: the chosen selectors as Lua literals, and as comments
/// what the site config also said, beside the field it would have gone to.
struct FTRRuleText {
    var name, host, fileName: String
    var header, unsupported: [String]
    var chosen: [String: String]
    var comments: [String: [String]]
    var strip: [String]

    var lua: String {
        let quote = FTRConverter.luaString
        var lines = ["-- Imported by 'lede rules import-ftr' from the FiveFilters site config \(fileName)."] + header.map { "-- \($0)" }
        if !unsupported.isEmpty { lines += ["-- Not converted (the import's report says why):"] + unsupported.map { "--   \($0)" } }
        lines += [
            "return {", "  name = \(quote(name)),", "  version = \"1.0.0\",",
            "  description = \(quote("Imported from FiveFilters site config \(host)")),",
            "  outlet = {", "    domains = { \(quote(host.lowercased())) },",
        ]
        var html: [String] = []
        for key in ["headline", "body", "strip", "authors", "date"] {
            if key == "strip" {
                if !strip.isEmpty { html += ["strip = {"] + strip.map { "  " + $0 } + ["},"] }
            } else {
                if let value = chosen[key] { html.append("\(key) = \(quote(value)),") }
                html += (comments[key] ?? []).map { "-- \($0)" }
            }
        }
        if !html.isEmpty { lines += ["    html = {"] + html.map { "      " + $0 } + ["    },"] }
        return (lines + ["  },", "}"]).joined(separator: "\n") + "\n"
    }
}
