/// The content of raw text elements (`script`, `style`, …: no tags, no entities), escapable
/// raw text elements (`title`, `textarea`: entities, no tags) and `plaintext` (everything to
/// the end of the page): one text node, up to the end tag of the same name in any case.
extension HTMLParser {
    /// Reads the content into `element`, then skips its end tag. `endTag` is the parser name
    /// number of the element, -1 for `plaintext`, which has none.
    mutating func readRawText(into element: HTMLTree.NodeID, endTag name: Int32, decodingEntities decode: Bool) {
        let start = characters.count
        var index = position
        if skipNewline { index = afterLeadingNewline(index) }
        var run = index
        scanning: while true {
            // Without entities to decode nor CR or NUL to replace, only a `<` can stop the run.
            index = plainInput && !decode ? nextLessThan(from: index) : scan(from: index, stoppingAt: UInt8(ascii: "<"))
            appendInput(run, index)
            guard index < end else { break }
            switch input[index] {
            case UInt8(ascii: "<"):
                if name >= 0, isEndTag(at: index, of: name) { break scanning }
                characters.append(UInt8(ascii: "<"))
                index += 1
            case UInt8(ascii: "&"):
                if decode {
                    index = characterReference(at: index, inAttribute: false)
                } else {
                    characters.append(UInt8(ascii: "&"))
                    index += 1
                }
            case UInt8(ascii: "\r"):
                index = newline(at: index)
            default:
                appendReplacementCharacter()
                index += 1
            }
            run = index
        }
        appendText(from: start, to: element)
        position = index
        guard index < end else { return }
        tagCharacters = characters.count
        if readTag(nameAt: index + 2, keepingAttributes: false) == nil { position = end }
        characters.removeLast(characters.count - tagCharacters)
    }

    /// True when `</name` followed by white space, `/` or `>` starts at `index`.
    private func isEndTag(at index: Int, of name: Int32) -> Bool {
        let entry = names.entries[Int(name)]
        let length = Int(entry.length)
        guard index + 2 + length < end, input[index + 1] == UInt8(ascii: "/") else { return false }
        return names.keys.withUnsafeBufferPointer { keys in
            for offset in 0..<length where input[index + 2 + offset] | 0x20 != keys[Int(entry.start) + offset] { return false }
            return byteClass[Int(input[index + 2 + length])] & ByteClass.endsTagName != 0
        }
    }
}
