/// Character-level reading of a CSS selector: names, quoted strings and white space, with
/// every position counted in characters so that errors can point at the offending one.
struct CSSScanner {
    let characters: [Character]
    var position = 0

    init(_ text: String) { characters = Array(text) }

    var atEnd: Bool { position >= characters.count }
    var current: Character? { position < characters.count ? characters[position] : nil }

    mutating func advance() { position += 1 }

    /// Skips CSS white space; true when there was some (white space is the descendant combinator).
    @discardableResult
    mutating func skipWhitespace() -> Bool {
        let start = position
        while let character = current, Self.isWhitespace(character) { position += 1 }
        return position > start
    }

    static func isWhitespace(_ character: Character) -> Bool {
        character == " " || character == "\t" || character == "\n" || character == "\r" || character == "\u{0C}"
    }

    /// Letters, digits, `-`, `_` and anything beyond ASCII, as CSS identifiers have them.
    static func isNameCharacter(_ character: Character) -> Bool {
        guard let ascii = character.asciiValue else { return !isWhitespace(character) }
        return ascii.isLetterOrDigit || ascii == UInt8(ascii: "-") || ascii == UInt8(ascii: "_")
    }

    /// A class, id or bare attribute value: any run of name characters (lenient: `#123` is
    /// accepted, since pages do use such ids).
    mutating func name() -> String? {
        let start = position
        while let character = current, Self.isNameCharacter(character) { position += 1 }
        return position > start ? String(characters[start..<position]) : nil
    }

    /// An element or attribute name, which becomes an XPath name test and so must be one:
    /// an ASCII letter or `_`, then letters, digits, `-` and `_`. Lowercased, as libxml2's
    /// HTML parser lowercases the names in the page.
    mutating func xmlName() -> String? {
        guard let first = current?.asciiValue, first.isLetter || first == UInt8(ascii: "_") else { return nil }
        let start = position
        while let ascii = current?.asciiValue, ascii.isLetterOrDigit || ascii == UInt8(ascii: "-") || ascii == UInt8(ascii: "_") {
            position += 1
        }
        return String(characters[start..<position]).lowercased()
    }

    /// A string in single or double quotes, the scanner on its opening quote. A backslash
    /// takes the next character literally; CSS's hexadecimal escapes are not supported.
    mutating func quoted() throws(SelectorError) -> String {
        let open = position
        let quote = characters[position]
        position += 1
        var value = ""
        while let character = current {
            position += 1
            if character == quote { return value }
            if character == "\\" {
                guard let escaped = current else { break }
                if escaped.isHexDigit { throw error("hexadecimal escapes are not supported", at: position - 1) }
                value.append(escaped)
                position += 1
            } else {
                value.append(character)
            }
        }
        throw error("unterminated string", at: open)
    }

    func error(_ problem: String, at offset: Int? = nil) -> SelectorError {
        SelectorError("\(problem) at \(offset ?? position)")
    }

    /// The error for a character that cannot come where it is (or for the end of the text).
    func unexpected() -> SelectorError {
        guard let character = current else { return error("unexpected end of selector") }
        switch character {
        case ")", "]": return error("unexpected \(character)")
        case "\\": return error("escapes are not supported")
        default: return error("unexpected character \(character)")
        }
    }
}

extension UInt8 {
    fileprivate var isLetter: Bool { (0x41...0x5A).contains(self) || (0x61...0x7A).contains(self) }
    fileprivate var isLetterOrDigit: Bool { isLetter || (0x30...0x39).contains(self) }
}
