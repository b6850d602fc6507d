import Foundation

/// An outlet rule, compiled: what a user's Lua rule says about one outlet's pages, checked
/// when it loaded (selectors, patterns and date formats all valid), so extraction only applies it.
///
/// Each field the rule gives overrides the generic stage; a field it leaves out, or whose
/// selector finds nothing on a page, comes from the generic stage with a diagnostic.
public struct OutletRule: Sendable {
    public var name: String
    public var version: String
    /// The rule's file, as its errors and diagnostics name it.
    public var chunkName: String
    /// Hosts the rule is for; a subdomain of one matches too.
    public var domains: [String]
    /// The rule has a Lua `match(input)` function, asked when no domain decides.
    public var hasMatch: Bool
    /// The rule has a Lua `fixup(article, input)` function, run after extraction.
    public var hasFixup: Bool
    public var html: HTMLOutletRule
    public var text: TextOutletRule

    public init(name: String, version: String, chunkName: String, domains: [String] = [], hasMatch: Bool = false,
                hasFixup: Bool = false, html: HTMLOutletRule = HTMLOutletRule(), text: TextOutletRule = TextOutletRule()) {
        self.name = name
        self.version = version
        self.chunkName = chunkName
        self.domains = domains.map { $0.lowercased() }
        self.hasMatch = hasMatch
        self.hasFixup = hasFixup
        self.html = html
        self.text = text
    }

    /// `name@version`, as `by` in `removed`.
    public var identity: String { "\(name)@\(version)" }

    /// True when the URL's host is one of `domains` or a subdomain of one.
    public func matches(url: String) -> Bool {
        Self.host(of: url).map(matches(host:)) ?? false
    }

    /// True when `host` (lowercase, as `host(of:)` gives it) is one of `domains` or a
    /// subdomain of one. Resolvers find the host once and ask every rule.
    public func matches(host: String) -> Bool {
        domains.contains { host == $0 || host.hasSuffix("." + $0) }
    }

    /// The lowercase host of an absolute http(s) URL (or a `//host/...` one), without `www.`-style
    /// stripping: `domains` entries match subdomains anyway.
    public static func host(of url: String) -> String? {
        var rest = Substring(url).drop { $0 == " " || $0 == "\t" }
        while let last = rest.last, last == " " || last == "\t" { rest = rest.dropLast() }
        if let scheme = rest.firstRange(of: "://") {
            rest = rest[scheme.upperBound...]
        } else if rest.hasPrefix("//") {
            rest = rest.dropFirst(2)
        } else {
            return nil
        }
        let authority = rest.prefix { $0 != "/" && $0 != "?" && $0 != "#" }
        let hostPort = authority.split(separator: "@").last ?? authority
        let host = hostPort.prefix { $0 != ":" }.lowercased()
        return host.isEmpty ? nil : host
    }
}

/// The `html` part of a rule: a selector per field (CSS or XPath, see `Selector`).
public struct HTMLOutletRule: Sendable {
    public var headline: Selector?
    public var body: Selector?
    public var strip: [Selector] = []
    public var authors: Selector?
    public var date: DateSelector?
    public var description: Selector?
    public var caption: Selector?

    public init() {}

    public var isEmpty: Bool {
        headline == nil && body == nil && strip.isEmpty && authors == nil && date == nil && description == nil && caption == nil
    }
}

/// Where the publication date is on an outlet's pages, and how it is written there.
public struct DateSelector: Sendable {
    public var selector: Selector
    /// The attribute holding the date (`datetime`), else the element's text.
    public var attribute: String?
    /// A TR35 pattern for the text; without one, lede's date reader takes it.
    public var format: DatePattern?

    public init(selector: Selector, attribute: String? = nil, format: DatePattern? = nil) {
        self.selector = selector
        self.attribute = attribute
        self.format = format
    }
}

/// The `text` part of a rule: ICU patterns matched line by line.
public struct TextOutletRule: Sendable {
    public var artefacts: [Pattern] = []
    public var trailers: [Pattern] = []
    public var dateline: (pattern: Pattern, format: DatePattern)?
    public var readtime: Pattern?
    public var captionCredit: Pattern?

    public init() {}

    public var isEmpty: Bool {
        artefacts.isEmpty && trailers.isEmpty && dateline == nil && readtime == nil && captionCredit == nil
    }
}
