/// Recursive-descent parser for lede's CSS subset, writing XPath and the parsed selector
/// (`CSSComplexSelector`, which lede matches natively) as it goes.
///
/// ```
/// list     := complex ("," complex)*
/// complex  := compound ((" " | ">") compound)*
/// compound := (type | "*")? ("." name | "#" name | "[" attribute "]" | ":" pseudo)*
/// ```
struct CSSSelectorParser {
    /// One compound selector: the element name to test (nil for any), XPath predicates,
    /// and the same conditions parsed.
    struct Compound {
        var type: String?
        var conditions: [String] = []
        var tests: [CSSTest] = []

        var parsed: CSSCompound { CSSCompound(type: type, tests: tests) }

        /// The location step: `div[...]`.
        var step: String { (type ?? "*") + conditions.map { "[\($0)]" }.joined() }
    }

    var scanner: CSSScanner

    init(_ css: String) { scanner = CSSScanner(css) }

    /// The XPath of each selector in the list, and the selector parsed, in order.
    mutating func parseList() throws(SelectorError) -> [(xpath: String, parsed: CSSComplexSelector)] {
        scanner.skipWhitespace()
        if scanner.atEnd { throw scanner.error("empty selector") }
        var paths: [(xpath: String, parsed: CSSComplexSelector)] = []
        while true {
            paths.append(try complex())
            guard scanner.current == "," else { return paths }
            let comma = scanner.position
            scanner.advance()
            scanner.skipWhitespace()
            if scanner.atEnd || scanner.current == "," { throw scanner.error("empty selector after ,", at: comma) }
        }
    }

    /// Compounds and combinators up to a `,` or the end.
    private mutating func complex() throws(SelectorError) -> (xpath: String, parsed: CSSComplexSelector) {
        let first = try compound()
        var path = ".//" + first.step
        var parsed = CSSComplexSelector(compounds: [first.parsed], combinators: [])
        while true {
            let hadSpace = scanner.skipWhitespace()
            guard let character = scanner.current, character != "," else { return (path, parsed) }
            let offset = scanner.position
            switch character {
            case ">":
                scanner.advance()
                scanner.skipWhitespace()
                if scanner.atEnd || scanner.current == "," { throw scanner.error("selector ends with combinator >", at: offset) }
                let next = try compound()
                path += "/" + next.step
                parsed.compounds.append(next.parsed)
                parsed.combinators.append(.child)
            case "+", "~":
                throw scanner.error("unsupported combinator \(character)")
            default:
                guard hadSpace else { throw scanner.unexpected() }
                let next = try compound()
                path += "//" + next.step
                parsed.compounds.append(next.parsed)
                parsed.combinators.append(.descendant)
            }
        }
    }

    /// `outerType` is the type of the compound around a `:not(...)`, for `:nth-of-type` in it.
    private mutating func compound(inNot: Bool = false, outerType: String? = nil) throws(SelectorError) -> Compound {
        let start = scanner.position
        var result = Compound()
        if scanner.current == "*" {
            scanner.advance()
        } else if let name = scanner.xmlName() {
            result.type = name
        }
        reading: while let character = scanner.current {
            switch character {
            case ".", "#":
                let offset = scanner.position
                scanner.advance()
                guard let name = scanner.name() else {
                    throw scanner.error("expected \(character == "." ? "a class" : "an id") name after \(character)", at: offset)
                }
                result.conditions.append(character == "."
                    ? "contains(concat(' ', normalize-space(@class), ' '), \(CSSSelector.literal(" \(name) ")))"
                    : "@id = \(CSSSelector.literal(name))")
                result.tests.append(character == "." ? .classWord(name) : .attributeEquals("id", name))
            case "[":
                let (condition, test) = try attribute()
                result.conditions.append(condition)
                result.tests.append(test)
            case ":":
                let (condition, test) = try pseudoClass(inNot: inNot, type: result.type ?? outerType)
                result.conditions.append(condition)
                result.tests.append(test)
            default:
                break reading
            }
        }
        guard scanner.position == start else { return result }
        switch scanner.current {
        case let combinator? where combinator == "+" || combinator == "~": throw scanner.error("unsupported combinator \(combinator)")
        case ">": throw scanner.error("missing selector before combinator >")
        case ",": throw scanner.error("empty selector before ,")
        default: throw scanner.unexpected()
        }
    }

    /// `[name]`, `[name=value]`, `[name*=value]`, `[name^=value]`.
    private mutating func attribute() throws(SelectorError) -> (String, CSSTest) {
        let open = scanner.position
        scanner.advance()
        scanner.skipWhitespace()
        guard let name = scanner.xmlName() else { throw expected("an attribute name", at: open) }
        scanner.skipWhitespace()
        var operation = ""
        if scanner.current != "]" {
            let offset = scanner.position
            if let first = scanner.current, "*^$~|!".contains(first) {
                operation.append(first)
                scanner.advance()
            }
            guard scanner.current == "=" else { throw expected("= or ]", at: open) }
            operation.append("=")
            scanner.advance()
            guard operation == "=" || operation == "*=" || operation == "^=" else {
                throw scanner.error("unsupported attribute operator \(operation)", at: offset)
            }
            scanner.skipWhitespace()
        }
        var value = ""
        if !operation.isEmpty {
            if scanner.current == "'" || scanner.current == "\"" {
                value = try scanner.quoted()
            } else if let bare = scanner.name() {
                value = bare
            } else {
                throw expected("an attribute value", at: open)
            }
            scanner.skipWhitespace()
        }
        guard scanner.current == "]" else { throw expected("]", at: open) }
        scanner.advance()
        let literal = CSSSelector.literal(value)
        switch operation {
        case "=": return ("@\(name) = \(literal)", .attributeEquals(name, value))
        // CSS: an empty substring or prefix matches nothing.
        case "*=": return value.isEmpty ? ("false()", .never) : ("contains(@\(name), \(literal))", .attributeContains(name, value))
        case "^=": return value.isEmpty ? ("false()", .never) : ("starts-with(@\(name), \(literal))", .attributePrefix(name, value))
        default: return ("@\(name)", .hasAttribute(name))
        }
    }

    private mutating func pseudoClass(inNot: Bool, type: String?) throws(SelectorError) -> (String, CSSTest) {
        let colon = scanner.position
        scanner.advance()
        if scanner.current == ":" {
            scanner.advance()
            throw scanner.error("unsupported pseudo-element ::\(scanner.name() ?? "")", at: colon)
        }
        guard let name = scanner.name()?.lowercased() else { throw scanner.error("expected a pseudo-class name after :", at: colon) }
        switch name {
        case "first-child":
            return ("not(preceding-sibling::*)", .firstChild)
        case "nth-of-type":
            guard let type else { throw scanner.error(":nth-of-type without a type selector (write p:nth-of-type(2))", at: colon) }
            let n = try nthArgument()
            return ("count(preceding-sibling::\(type)) = \(n - 1)", .nthOfType(type: type, n: n))
        case "not":
            if inNot { throw scanner.error(":not cannot be nested", at: colon) }
            let open = scanner.position
            guard scanner.current == "(" else { throw scanner.error("expected ( after :not") }
            scanner.advance()
            scanner.skipWhitespace()
            let inner = try compound(inNot: true, outerType: type)
            scanner.skipWhitespace()
            if let character = scanner.current, character != ")" {
                throw scanner.error(":not takes one compound selector; unexpected \(character)")
            }
            if scanner.atEnd { throw scanner.error("unclosed (", at: open) }
            scanner.advance()
            let conditions = (inner.type.map { ["self::\($0)"] } ?? []) + inner.conditions
            return conditions.isEmpty ? ("false()", .never) : ("not(\(conditions.joined(separator: " and ")))", .not(inner.parsed))
        default:
            throw scanner.error("unsupported pseudo-class :\(name)", at: colon)
        }
    }

    /// The `(n)` of `:nth-of-type`: a positive integer; `2n+1`, `odd` and `even` are not supported.
    private mutating func nthArgument() throws(SelectorError) -> Int {
        let open = scanner.position
        guard scanner.current == "(" else { throw scanner.error("expected ( after :nth-of-type") }
        scanner.advance()
        var argument = ""
        while let character = scanner.current, character != ")" {
            argument.append(character)
            scanner.advance()
        }
        guard scanner.current == ")" else { throw scanner.error("unclosed (", at: open) }
        scanner.advance()
        let trimmed = argument.split(whereSeparator: CSSScanner.isWhitespace).joined(separator: " ")
        guard let n = Int(trimmed), n >= 1 else {
            throw scanner.error("unsupported :nth-of-type argument \(trimmed) (only a positive integer is supported)", at: open + 1)
        }
        return n
    }

    /// "unclosed [" at the end of the text, else "expected ..." where the scanner is.
    private func expected(_ what: String, at open: Int) -> SelectorError {
        scanner.atEnd ? scanner.error("unclosed [", at: open) : scanner.error("expected \(what)")
    }
}
