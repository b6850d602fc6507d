#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// The tokenizer: HTML5's data, tag, attribute and comment states over the page's bytes.
/// Text and attribute values are written straight into the tree's `characters` (entities
/// decoded, CR LF and CR made LF as HTML5's input stream does); tags go to the tree builder.
extension HTMLParser {
    /// Reads the whole page.
    mutating func run() {
        while position < end {
            readText()
            if position < end { readMarkup() }
        }
    }

    // MARK: Text

    /// Reads text up to the next `<` into the pending text.
    mutating func readText() {
        var index = position
        if skipNewline { index = afterLeadingNewline(index) }
        var run = index
        while true {
            index = scan(from: index, stoppingAt: UInt8(ascii: "<"))
            appendInput(run, index)
            guard index < end else { break }
            switch input[index] {
            case UInt8(ascii: "<"):
                position = index
                return
            case UInt8(ascii: "&"):
                index = characterReference(at: index, inAttribute: false)
            case UInt8(ascii: "\r"):
                index = newline(at: index)
            default:
                index += 1  // NUL, which HTML5 drops from text
            }
            run = index
        }
        position = end
    }

    /// The index of the first byte from `start` that is `byte`, `&`, CR or NUL, or `end`;
    /// eight bytes at a time, as most text and attribute values have none of them. On a
    /// page without CR or NUL (most), only `byte` and `&` are looked for.
    @inline(__always)
    func scan(from start: Int, stoppingAt byte: UInt8) -> Int {
        var index = start
        let pattern = Self.ones &* UInt64(byte)
        if plainInput {
            while index &+ 8 <= end {
                let word = UnsafeRawPointer(input + index).loadUnaligned(as: UInt64.self)
                if Self.zeroBytes(word ^ pattern) | Self.zeroBytes(word ^ Self.ampersands) != 0 { break }
                index &+= 8
            }
        } else {
            while index &+ 8 <= end {
                let word = UnsafeRawPointer(input + index).loadUnaligned(as: UInt64.self)
                let hits = Self.zeroBytes(word ^ pattern) | Self.zeroBytes(word ^ Self.ampersands)
                    | Self.zeroBytes(word ^ Self.returns) | Self.zeroBytes(word)
                if hits != 0 { break }
                index &+= 8
            }
        }
        while index < end {
            let next = input[index]
            if next == byte || next == UInt8(ascii: "&") || next == UInt8(ascii: "\r") || next == 0 { return index }
            index &+= 1
        }
        return end
    }

    /// The index of the next `<` from `start`, or `end` (memchr: raw text such as scripts is
    /// long and has few).
    @inline(__always)
    func nextLessThan(from start: Int) -> Int {
        guard start < end, let found = memchr(input + start, Int32(UInt8(ascii: "<")), end - start) else { return end }
        return input.distance(to: found.assumingMemoryBound(to: UInt8.self))
    }

    static let ones: UInt64 = 0x0101_0101_0101_0101
    static let ampersands = ones &* UInt64(UInt8(ascii: "&"))
    static let returns = ones &* UInt64(UInt8(ascii: "\r"))

    /// Nonzero when some byte of `word` is zero (the high bit set in the lowest such byte).
    @inline(__always)
    static func zeroBytes(_ word: UInt64) -> UInt64 {
        (word &- ones) & ~word & 0x8080_8080_8080_8080
    }

    @inline(__always)
    mutating func appendInput(_ from: Int, _ to: Int) {
        if to > from { characters.append(contentsOf: UnsafeBufferPointer(start: input + from, count: to - from)) }
    }

    /// The index after a line break (LF, CR or CR LF) at `index`, which HTML5 drops right after
    /// `<pre>`, `<listing>` and `<textarea>`; `index` when there is none.
    mutating func afterLeadingNewline(_ index: Int) -> Int {
        skipNewline = false
        guard index < end else { return index }
        if input[index] == UInt8(ascii: "\n") { return index + 1 }
        if input[index] == UInt8(ascii: "\r") { return index + 1 < end && input[index + 1] == UInt8(ascii: "\n") ? index + 2 : index + 1 }
        return index
    }

    /// A CR at `index` becomes a LF (a CR LF pair one LF); returns the index after it.
    @inline(__always)
    mutating func newline(at index: Int) -> Int {
        characters.append(UInt8(ascii: "\n"))
        return index + 1 < end && input[index + 1] == UInt8(ascii: "\n") ? index + 2 : index + 1
    }

    @inline(__always)
    mutating func appendReplacementCharacter() {
        characters.append(contentsOf: [0xEF, 0xBF, 0xBD] as [UInt8])
    }

    // MARK: Markup

    /// At a `<`: a tag, a comment or declaration (dropped), or a `<` that is text.
    mutating func readMarkup() {
        let next = position + 1
        guard next < end else {
            characters.append(UInt8(ascii: "<"))
            position = end
            return
        }
        let byte = input[next]
        if byteClass[Int(byte)] & ByteClass.letter != 0 {
            startTag(nameAt: next)
        } else if byte == UInt8(ascii: "/") {
            let name = next + 1
            if name >= end {
                characters.append(contentsOf: [UInt8(ascii: "<"), UInt8(ascii: "/")])
                position = end
            } else if byteClass[Int(input[name])] & ByteClass.letter != 0 {
                endTag(nameAt: name)
            } else if input[name] == UInt8(ascii: ">") {
                position = name + 1  // `</>` is dropped
            } else {
                position = skipBogusComment(from: name)
            }
        } else if byte == UInt8(ascii: "!") {
            let dashes = next + 1
            if dashes + 1 < end, input[dashes] == UInt8(ascii: "-"), input[dashes + 1] == UInt8(ascii: "-") {
                position = skipComment(from: dashes + 2)
            } else {
                position = skipBogusComment(from: dashes)  // doctype, CDATA, other declarations
            }
        } else if byte == UInt8(ascii: "?") {
            position = skipBogusComment(from: next)
        } else {
            characters.append(UInt8(ascii: "<"))
            position = next
        }
    }

    /// The index after the `>` that ends a bogus comment, or `end`.
    func skipBogusComment(from start: Int) -> Int {
        guard start < end, let found = memchr(input + start, Int32(UInt8(ascii: ">")), end - start) else { return end }
        return input.distance(to: found.assumingMemoryBound(to: UInt8.self)) + 1
    }

    /// The index after the `-->` (or `--!>`, or the `>` of `<!-->` and `<!--->`) that ends a
    /// comment whose `<!--` ends before `start`, or `end`.
    func skipComment(from start: Int) -> Int {
        if start < end, input[start] == UInt8(ascii: ">") { return start + 1 }
        if start + 1 < end, input[start] == UInt8(ascii: "-"), input[start + 1] == UInt8(ascii: ">") { return start + 2 }
        var index = start
        while index < end, let found = memchr(input + index, Int32(UInt8(ascii: ">")), end - index) {
            let close = input.distance(to: found.assumingMemoryBound(to: UInt8.self))
            let dash = UInt8(ascii: "-")
            if close - 2 >= start, input[close - 1] == dash, input[close - 2] == dash { return close + 1 }
            if close - 3 >= start, input[close - 1] == UInt8(ascii: "!"), input[close - 2] == dash, input[close - 3] == dash {
                return close + 1
            }
            index = close + 1
        }
        return end
    }

    // MARK: Tags

    mutating func startTag(nameAt start: Int) {
        flushText()
        tagSerial &+= 1
        tagCharacters = characters.count
        let attributeMark = attributes.count
        guard let tag = readTag(nameAt: start, keepingAttributes: true) else {
            dropTag(attributesFrom: attributeMark)  // HTML5 drops a tag cut off by the end of the page
            position = end
            return
        }
        switch insertStartTag(tag.name, attributesFrom: attributeMark, selfClosing: tag.selfClosing) {
        case .markup: break
        case .rawText(let element): readRawText(into: element, endTag: tag.name, decodingEntities: false)
        case .escapableRawText(let element): readRawText(into: element, endTag: tag.name, decodingEntities: true)
        case .plaintext(let element): readRawText(into: element, endTag: -1, decodingEntities: false)
        }
        pendingText = characters.count
    }

    mutating func endTag(nameAt start: Int) {
        flushText()
        tagCharacters = characters.count
        let tag = readTag(nameAt: start, keepingAttributes: false)
        characters.removeLast(characters.count - tagCharacters)
        if let tag { insertEndTag(tag.name) } else { position = end }
        pendingText = characters.count
    }

    /// Forgets the attributes (and their values) of a tag that makes no element.
    mutating func dropTag(attributesFrom first: Int) {
        attributes.removeLast(attributes.count - first)
        characters.removeLast(characters.count - tagCharacters)
    }

    /// Reads a tag from its name to its `>`, leaving `position` after it; its attributes (the
    /// first of each name) are appended to `attributes` unless `keep` is false. Nil when the
    /// page ends first.
    mutating func readTag(nameAt start: Int, keepingAttributes keep: Bool) -> (name: Int32, selfClosing: Bool)? {
        var index = start
        let tagName = readName(at: &index, endingAt: ByteClass.endsTagName)
        while true {
            while index < end, byteClass[Int(input[index])] & ByteClass.space != 0 { index += 1 }
            guard index < end else { return nil }
            let byte = input[index]
            if byte == UInt8(ascii: ">") {
                position = index + 1
                return (tagName, false)
            }
            if byte == UInt8(ascii: "/") {
                index += 1
                if index < end, input[index] == UInt8(ascii: ">") {
                    position = index + 1
                    return (tagName, true)
                }
                continue
            }
            // An attribute; its name's first character may be `=`, as in HTML5.
            let attributeName = readName(at: &index, endingAt: ByteClass.endsAttributeName, first: true)
            while index < end, byteClass[Int(input[index])] & ByteClass.space != 0 { index += 1 }
            let valueStart = characters.count
            if index < end, input[index] == UInt8(ascii: "=") {
                index += 1
                while index < end, byteClass[Int(input[index])] & ByteClass.space != 0 { index += 1 }
                guard index < end else { return nil }
                let quote = input[index]
                if quote == UInt8(ascii: "\"") || quote == UInt8(ascii: "'") {
                    index = readQuotedValue(from: index + 1, quote: quote)
                    guard index < end else { return nil }
                    index += 1
                } else if quote != UInt8(ascii: ">") {
                    index = readUnquotedValue(from: index)
                }
            }
            if keep, attributeSeen[Int(attributeName)] != tagSerial {
                attributeSeen[Int(attributeName)] = tagSerial
                attributes.append(HTMLTree.Attribute(name: attributeName, valueStart: Int32(valueStart), valueEnd: Int32(characters.count)))
            } else {
                characters.removeLast(characters.count - valueStart)
            }
        }
    }

    /// Reads a tag or attribute name (ASCII lowercased) up to a byte of class `stop`, and
    /// numbers it. With `first`, the first byte belongs to the name whatever it is.
    @inline(__always)
    mutating func readName(at index: inout Int, endingAt stop: UInt8, first: Bool = false) -> Int32 {
        let start = index
        var hash = ByteStringTable.hashSeed
        var upper = false
        if first, index < end {
            let byte = input[index]
            upper = byteClass[Int(byte)] & ByteClass.upper != 0
            hash = ByteStringTable.hash(hash, upper ? byte | 0x20 : byte)
            index += 1
        }
        while index < end {
            let byte = input[index]
            let kind = byteClass[Int(byte)]
            if kind & stop != 0 { break }
            if kind & ByteClass.upper != 0 {
                upper = true
                hash = ByteStringTable.hash(hash, byte | 0x20)
            } else {
                hash = ByteStringTable.hash(hash, byte)
            }
            index += 1
        }
        if !upper { return nameNumber(UnsafeBufferPointer(start: input + start, count: index - start), hash: hash) }
        nameScratch.removeAll(keepingCapacity: true)
        for offset in start..<index {
            let byte = input[offset]
            nameScratch.append(byteClass[Int(byte)] & ByteClass.upper != 0 ? byte | 0x20 : byte)
        }
        let lowered = nameScratch
        return lowered.withUnsafeBufferPointer { nameNumber($0, hash: hash) }
    }

    /// Reads a quoted value into `characters`; returns the index of the closing quote, or `end`.
    mutating func readQuotedValue(from start: Int, quote: UInt8) -> Int {
        var index = start
        var run = index
        while true {
            index = scan(from: index, stoppingAt: quote)
            appendInput(run, index)
            guard index < end else { return end }
            switch input[index] {
            case quote: return index
            case UInt8(ascii: "&"): index = characterReference(at: index, inAttribute: true)
            case UInt8(ascii: "\r"): index = newline(at: index)
            default:
                appendReplacementCharacter()
                index += 1
            }
            run = index
        }
    }

    /// Reads an unquoted value into `characters`; returns the index of the white space or
    /// `>` after it, or `end`.
    mutating func readUnquotedValue(from start: Int) -> Int {
        var index = start
        var run = index
        while true {
            while index < end, byteClass[Int(input[index])] & ByteClass.endsUnquotedRun == 0 { index += 1 }
            appendInput(run, index)
            guard index < end else { return end }
            switch input[index] {
            case UInt8(ascii: "&"): index = characterReference(at: index, inAttribute: true)
            case 0:
                appendReplacementCharacter()
                index += 1
            default: return index
            }
            run = index
        }
    }
}
