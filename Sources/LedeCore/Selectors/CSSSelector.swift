/// CSS selectors for outlet rules, compiled to XPath 1.0 so that one engine (libxml2's)
/// evaluates both kinds of rule selector.
///
/// The subset: type (`div`, `*`), `.class`, `#id`, `[attr]`, `[attr=v]`, `[attr*=v]`,
/// `[attr^=v]`, the descendant (space) and child (`>`) combinators, lists (`,`),
/// `:first-child`, `:nth-of-type(n)` with an integer n, and `:not(compound)`. Anything else
/// is a `SelectorError` naming the problem and its character offset, so a rule fails when
/// it loads rather than matching nothing on every page.
public enum CSSSelector {
    /// The XPath for `css`, relative to the context node: each selector of a list becomes
    /// `.//step/step...`, joined with `|`. Evaluated against the document it finds matches
    /// anywhere; against an element, only below it, and every compound must match below
    /// it too (like `:scope div p`, unlike `querySelectorAll`, where `div` may be an ancestor).
    /// Element and attribute names are lowercased, as libxml2's HTML parser lowercases the page's.
    public static func xpath(_ css: String) throws(SelectorError) -> String {
        try parse(css).xpath
    }

    /// The XPath for `css` and the selectors of its list parsed, which lede matches on its
    /// own tree with the same meaning.
    static func parse(_ css: String) throws(SelectorError) -> (xpath: String, list: [CSSComplexSelector]) {
        var parser = CSSSelectorParser(css)
        let list = try parser.parseList()
        return (list.map(\.xpath).joined(separator: " | "), list.map(\.parsed))
    }

    /// `value` as an XPath string literal: in whichever quotes it does not contain, or, when
    /// it holds both kinds, as `concat()` of pieces with the apostrophes in double quotes.
    static func literal(_ value: String) -> String {
        if !value.contains("'") { return "'\(value)'" }
        if !value.contains("\"") { return "\"\(value)\"" }
        let pieces = value.split(separator: "'", omittingEmptySubsequences: false).map { "'\($0)'" }
        return "concat(\(pieces.joined(separator: ", \"'\", ")))"
    }
}

/// Why a rule's selector cannot be used: the problem and its character offset in the
/// selector (`unsupported pseudo-class :hover at 5`), for the error that names the rule.
public struct SelectorError: Error, Equatable, Sendable, CustomStringConvertible {
    public let message: String

    public init(_ message: String) { self.message = message }

    public var description: String { message }
}
