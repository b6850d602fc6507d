/// A selector from an outlet rule, checked and compiled once when the rule loads.
///
/// XPath when it starts with `/`, `(`, `./` or `../`, else CSS (see `CSSSelector`). A CSS
/// selector may end in `@name` to take that attribute of the matched elements
/// (`meta[name=description]@content`); it applies to the whole list (`a, b@href` takes
/// `href` of both). XPath says the same with its own `/@content`, and then the matched
/// nodes are the attributes themselves.
public struct Selector: Sendable, Hashable {
    /// As the rule wrote it.
    public let source: String
    /// What `HTMLDocument.select` evaluates.
    public let xpath: String
    /// The attribute a CSS selector's trailing `@name` asks for, lowercased; nil otherwise.
    public let attribute: String?
    /// A CSS selector parsed, which lede matches on its own tree; nil for XPath, which
    /// goes to libxml2.
    public let css: [CSSComplexSelector]?

    /// Throws for CSS outside the subset and for XPath that libxml2 cannot compile, so a
    /// broken rule fails at load time, not silently on every page.
    public init(_ source: String) throws(SelectorError) {
        self.source = source
        if Self.isXPath(source) {
            if let problem = HTMLDocument.validateXPath(source) { throw SelectorError("invalid XPath: \(problem)") }
            xpath = source
            attribute = nil
            css = nil
        } else {
            let (css, attribute) = try Self.splitAttribute(source)
            (xpath, self.css) = try CSSSelector.parse(css)
            self.attribute = attribute
        }
    }

    /// Whether `source` is XPath (leading white space aside); a CSS selector never starts so.
    static func isXPath(_ source: String) -> Bool {
        let text = source.drop { CSSScanner.isWhitespace($0) }
        return text.hasPrefix("/") || text.hasPrefix("(") || text.hasPrefix("./") || text.hasPrefix("../")
    }

    /// Splits a trailing `@name` from CSS: the first `@` outside brackets, parentheses and
    /// quotes (`a[href^='mailto:x@y']` has none), which must be followed only by a name.
    static func splitAttribute(_ source: String) throws(SelectorError) -> (css: String, attribute: String?) {
        let characters = Array(source)
        var depth = 0
        var quote: Character?
        var index = 0
        while index < characters.count {
            let character = characters[index]
            if let open = quote {
                if character == "\\" { index += 1 } else if character == open { quote = nil }
            } else {
                switch character {
                case "'", "\"": quote = character
                case "[", "(": depth += 1
                case "]", ")": depth = max(0, depth - 1)
                case "@" where depth == 0: return try attribute(after: index, in: characters)
                default: break
                }
            }
            index += 1
        }
        return (source, nil)
    }

    private static func attribute(after at: Int, in characters: [Character]) throws(SelectorError) -> (css: String, attribute: String?) {
        var end = at + 1
        while end < characters.count, isAttributeNameCharacter(characters[end]) { end += 1 }
        guard end > at + 1 else { throw SelectorError("expected an attribute name after @ at \(at)") }
        if let rest = characters[end...].firstIndex(where: { !CSSScanner.isWhitespace($0) }) {
            throw SelectorError("@\(String(characters[(at + 1)..<end])) must end the selector; unexpected \(characters[rest]) at \(rest)")
        }
        return (String(characters[..<at]), String(characters[(at + 1)..<end]).lowercased())
    }

    /// Letters, digits, `-`, `_`, `.` and `:` (`data-src`, `xlink:href`).
    private static func isAttributeNameCharacter(_ character: Character) -> Bool {
        guard let ascii = character.asciiValue else { return false }
        return character.isLetter || character.isNumber || ascii == UInt8(ascii: "-") || ascii == UInt8(ascii: "_")
            || ascii == UInt8(ascii: ".") || ascii == UInt8(ascii: ":")
    }
}
