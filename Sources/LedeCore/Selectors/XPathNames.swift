/// Finds names that libxml2 compiles but fails on whenever it evaluates them, so that such a
/// rule is refused when it loads instead of matching nothing on every page: a function
/// libxml2 does not define (`contain(...)`), a variable, a namespace prefix (lede registers
/// neither). A light XPath 1.0 tokenizer, run only on expressions that compile.
enum XPathNames {
    /// XPath 1.0's core library, which is what libxml2 registers without a prefix.
    static let functions: Set<String> = [
        "last", "position", "count", "id", "local-name", "namespace-uri", "name", "string", "concat", "starts-with",
        "contains", "substring-before", "substring-after", "substring", "string-length", "normalize-space",
        "translate", "boolean", "not", "true", "false", "lang", "number", "sum", "floor", "ceiling", "round",
    ]
    static let nodeTypes: Set<String> = ["node", "text", "comment", "processing-instruction"]
    static let operatorNames: Set<String> = ["and", "or", "mod", "div"]

    /// Nil when every name resolves, else the problem and its character offset.
    static func problem(in expression: String) -> String? {
        let characters = Array(expression)
        var index = 0
        // XPath's disambiguation rule: after an operand, `*` multiplies and a name is an operator.
        var afterOperand = false
        while index < characters.count {
            let start = index
            let character = characters[index]
            index += 1
            switch character {
            case " ", "\t", "\n", "\r":
                continue
            case "'", "\"":
                while index < characters.count, characters[index] != character { index += 1 }
                index += 1
                afterOperand = true
            case "$":
                return "undefined variable $\(name(characters, &index)) at \(start)"
            case ")", "]", ".":
                while character == ".", index < characters.count, characters[index] == "." || characters[index].isASCII && characters[index].isNumber { index += 1 }
                afterOperand = true
            case "*":
                afterOperand = !afterOperand
            case _ where character.isASCII && character.isNumber:
                while index < characters.count, characters[index] == "." || characters[index].isASCII && characters[index].isNumber { index += 1 }
                afterOperand = true
            case _ where isNameStart(character):
                index = start
                var local = name(characters, &index)
                var prefix: String?
                if index + 1 < characters.count, characters[index] == ":", characters[index + 1] != ":" {
                    prefix = local
                    index += 1
                    if characters[index] == "*" { index += 1; local = "*" } else { local = name(characters, &index) }
                }
                if afterOperand, prefix == nil, operatorNames.contains(local) {
                    afterOperand = false
                    continue
                }
                var next = index
                while next < characters.count, characters[next].isWhitespace { next += 1 }
                let isCall = next < characters.count && characters[next] == "("
                let isAxis = next + 1 < characters.count && characters[next] == ":" && characters[next + 1] == ":"
                if let prefix, prefix != "xml" { return "undefined namespace prefix \(prefix) at \(start)" }
                if isCall, prefix == nil, !functions.contains(local), !nodeTypes.contains(local) {
                    return "unknown function \(local)() at \(start)"
                }
                afterOperand = !isCall && !isAxis
            default: // ( [ , @ / | + - = ! < > : and anything libxml2 accepted
                afterOperand = false
            }
        }
        return nil
    }

    private static func isNameStart(_ character: Character) -> Bool {
        character.isASCII ? character.isLetter || character == "_" : !character.isWhitespace
    }

    /// An NCName: letters, digits, `.`, `-`, `_` and anything beyond ASCII.
    private static func name(_ characters: [Character], _ index: inout Int) -> String {
        let start = index
        while index < characters.count {
            let character = characters[index]
            guard character.isASCII ? character.isLetter || character.isNumber || "._-".contains(character) : !character.isWhitespace else { break }
            index += 1
        }
        return String(characters[start..<index])
    }
}
