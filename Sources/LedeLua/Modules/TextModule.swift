import CLua
import LedeCore

/// `lede.text`: UTF-8-aware string helpers that Lua's byte-based string library lacks.
enum TextModule {
    static let functions: [(String, HostFunction)] = [
        ("text_lower", { state in transform(state, "lower") { $0.lowercased() } }),
        ("text_upper", { state in transform(state, "upper") { $0.uppercased() } }),
        ("text_trim", { state in transform(state, "trim") { $0.trimmingCharacters(in: .whitespacesAndNewlines) } }),
        ("text_split", { state in
            let call = HostCall(state, "split")
            guard case .success(let text) = call.requireString(1, "s") else { return call.error(HostFailure("bad argument #1 to 'split' (string expected)")) }
            guard case .success(let separator) = call.requireString(2, "sep"), !separator.isEmpty else {
                return call.error(HostFailure("bad argument #2 to 'split' (a non-empty separator expected)"))
            }
            call.pushList(text.components(separatedBy: separator))
            return 1
        }),
        ("text_words", { state in
            let call = HostCall(state, "words")
            guard case .success(let text) = call.requireString(1, "s") else { return call.error(HostFailure("bad argument #1 to 'words' (string expected)")) }
            call.pushList(words(in: text))
            return 1
        }),
        ("text_sentences", { state in
            let call = HostCall(state, "sentences")
            guard case .success(let text) = call.requireString(1, "s") else { return call.error(HostFailure("bad argument #1 to 'sentences' (string expected)")) }
            call.pushList(sentences(in: text))
            return 1
        }),
    ]

    private static func transform(_ state: OpaquePointer?, _ name: String, _ body: (String) -> String) -> Int32 {
        let call = HostCall(state, name)
        switch call.requireString(1, "s") {
        case .success(let text):
            call.push(body(text))
            return 1
        case .failure(let failure):
            return call.error(failure)
        }
    }

    /// Runs of letters and digits, keeping an apostrophe or hyphen between two of them
    /// (`al-Qaeda`, `Syria's`).
    static func words(in text: String) -> [String] {
        var words: [String] = []
        var current = ""
        let characters = Array(text)
        for (index, character) in characters.enumerated() {
            if character.isLetter || character.isNumber {
                current.append(character)
            } else if "'’-".contains(character), !current.isEmpty, index + 1 < characters.count,
                characters[index + 1].isLetter || characters[index + 1].isNumber
            {
                current.append(character)
            } else if !current.isEmpty {
                words.append(current)
                current = ""
            }
        }
        if !current.isEmpty { words.append(current) }
        return words
    }

    private static let abbreviations: Set<String> = [
        "mr", "mrs", "ms", "dr", "prof", "gen", "col", "lt", "sgt", "capt", "gov", "sen", "rep", "st", "jr", "sr",
        "inc", "ltd", "co", "corp", "vs", "etc", "e.g", "i.e", "u.s", "u.k", "u.n", "jan", "feb", "mar", "apr",
        "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
    ]

    /// Sentences: a stop (`.`, `!`, `?`, with any closing quotes or brackets after it) followed
    /// by white space and a capital, digit or opening quote ends one, unless the stop closes
    /// a known abbreviation or an initial.
    static func sentences(in text: String) -> [String] {
        let characters = Array(text)
        var sentences: [String] = []
        var start = 0
        var index = 0
        while index < characters.count {
            let character = characters[index]
            guard ".!?".contains(character) else { index += 1; continue }
            var end = index + 1
            while end < characters.count, "\"'”’)]»".contains(characters[end]) { end += 1 }
            guard end < characters.count, characters[end].isWhitespace else { index = end; continue }
            var next = end
            while next < characters.count, characters[next].isWhitespace { next += 1 }
            guard next < characters.count else { break }
            let opener = characters[next]
            let startsSentence = opener.isUppercase || opener.isNumber || "\"'“‘(«[".contains(opener) || (opener.isLetter && !opener.isLowercase)
            if character == ".", isAbbreviation(before: index, in: characters) || !startsSentence {
                index = end
                continue
            }
            if !startsSentence { index = end; continue }
            sentences.append(String(characters[start..<end]).trimmingCharacters(in: .whitespaces))
            start = next
            index = next
        }
        let rest = String(characters[start...]).trimmingCharacters(in: .whitespacesAndNewlines)
        if !rest.isEmpty { sentences.append(rest) }
        return sentences
    }

    private static func isAbbreviation(before stop: Int, in characters: [Character]) -> Bool {
        var wordStart = stop
        while wordStart > 0, characters[wordStart - 1].isLetter || characters[wordStart - 1] == "." { wordStart -= 1 }
        let word = String(characters[wordStart..<stop]).lowercased()
        return word.count == 1 || abbreviations.contains(word)
    }
}
