/// Character references (`&amp;`, `&#8217;`, `&#x2014;`), decoded as HTML5's tokenizer does.
extension HTMLParser {
    /// At a `&`: appends what the reference stands for, or the `&` itself when none starts
    /// here, and returns the index after what was consumed.
    mutating func characterReference(at ampersand: Int, inAttribute: Bool) -> Int {
        let start = ampersand + 1
        guard start < end else {
            characters.append(UInt8(ascii: "&"))
            return start
        }
        if input[start] == UInt8(ascii: "#") { return numericReference(at: ampersand) }
        guard byteClass[Int(input[start])] & ByteClass.alphanumeric != 0 else {
            characters.append(UInt8(ascii: "&"))
            return start
        }
        // The longest match, as HTML5 has it: a name with its `;` can only be the whole run
        // of letters and digits; failing that, the longest legacy name that starts the run.
        let limit = min(end, start + HTMLEntityTable.longestName)
        var index = start
        while index < limit, byteClass[Int(input[index])] & ByteClass.alphanumeric != 0 { index += 1 }
        let references = HTMLCharacterReferences.table
        if index < end, input[index] == UInt8(ascii: ";"),
            let value = references.value(UnsafeBufferPointer(start: input + start, count: index + 1 - start))
        {
            characters.append(contentsOf: value)
            return index + 1
        }
        var length = min(index - start, HTMLEntityTable.longestLegacyName)
        while length >= 2 {
            if let value = references.value(UnsafeBufferPointer(start: input + start, count: length)) {
                let after = start + length
                // In attribute values `&copy=` and `&copyx` stay as written (query strings).
                if inAttribute, after < end,
                    input[after] == UInt8(ascii: "=") || byteClass[Int(input[after])] & ByteClass.alphanumeric != 0
                {
                    break
                }
                characters.append(contentsOf: value)
                return after
            }
            length -= 1
        }
        characters.append(UInt8(ascii: "&"))
        return start
    }

    /// `&#` and decimal digits, or `&#x` and hex digits, with an optional `;`.
    private mutating func numericReference(at ampersand: Int) -> Int {
        var index = ampersand + 2
        var hex = false
        if index < end, input[index] | 0x20 == UInt8(ascii: "x") {
            hex = true
            index += 1
        }
        let digits = index
        var value: UInt32 = 0
        while index < end {
            let byte = input[index]
            let digit: UInt32
            switch byte {
            case UInt8(ascii: "0")...UInt8(ascii: "9"): digit = UInt32(byte - UInt8(ascii: "0"))
            case UInt8(ascii: "a")...UInt8(ascii: "f") where hex: digit = UInt32(byte - UInt8(ascii: "a") + 10)
            case UInt8(ascii: "A")...UInt8(ascii: "F") where hex: digit = UInt32(byte - UInt8(ascii: "A") + 10)
            default: digit = 16
            }
            guard digit < 16 else { break }
            value = min(value * (hex ? 16 : 10) + digit, 0x11_0000)  // saturates: stays out of range
            index += 1
        }
        guard index > digits else {
            characters.append(UInt8(ascii: "&"))
            return ampersand + 1
        }
        if index < end, input[index] == UInt8(ascii: ";") { index += 1 }
        appendScalar(HTMLCharacterReferences.replacement(for: value))
        return index
    }

    /// Appends a scalar value's UTF-8.
    mutating func appendScalar(_ value: UInt32) {
        switch value {
        case 0..<0x80:
            characters.append(UInt8(value))
        case 0x80..<0x800:
            characters.append(contentsOf: [UInt8(0xC0 | value >> 6), UInt8(0x80 | value & 0x3F)] as [UInt8])
        case 0x800..<0x10000:
            characters.append(contentsOf: [UInt8(0xE0 | value >> 12), UInt8(0x80 | value >> 6 & 0x3F), UInt8(0x80 | value & 0x3F)] as [UInt8])
        default:
            characters.append(contentsOf: [UInt8(0xF0 | value >> 18), UInt8(0x80 | value >> 12 & 0x3F),
                                           UInt8(0x80 | value >> 6 & 0x3F), UInt8(0x80 | value & 0x3F)] as [UInt8])
        }
    }
}

/// The named references, from `HTMLEntityTable`, as a hash table built on first use.
enum HTMLCharacterReferences {
    struct Table {
        var names: ByteStringTable
        /// Entry `i`'s replacement is `values[valueEnds[i - 1] ..< valueEnds[i]]` (from 0 for the first).
        var values: [UInt8] = []
        var valueEnds: [Int32] = []

        /// The UTF-8 that `name` (as written after `&`, with its `;` if any) stands for.
        @inline(__always)
        func value(_ name: UnsafeBufferPointer<UInt8>) -> ArraySlice<UInt8>? {
            guard let number = names.find(name, hash: ByteStringTable.hash(name)) else { return nil }
            let start = number == 0 ? 0 : Int(valueEnds[Int(number) - 1])
            return values[start..<Int(valueEnds[Int(number)])]
        }
    }

    /// Read from the source's bytes: Swift's `split` and `UInt32(_:radix:)` per line cost
    /// more than parsing a few pages.
    static let table: Table = {
        var table = Table(names: ByteStringTable(capacity: HTMLEntityTable.count))
        var source = HTMLEntityTable.source
        source.withUTF8 { bytes in
            var index = 0
            while index < bytes.count {
                let nameStart = index
                while bytes[index] != UInt8(ascii: " ") { index += 1 }
                let name = UnsafeBufferPointer(rebasing: bytes[nameStart..<index])
                table.names.insert(name, hash: ByteStringTable.hash(name))
                var value: UInt32 = 0
                repeat {
                    index += 1  // past the space, a comma or the newline
                    let byte = index < bytes.count ? bytes[index] : UInt8(ascii: "\n")
                    switch byte {
                    case UInt8(ascii: "0")...UInt8(ascii: "9"): value = value << 4 | UInt32(byte - UInt8(ascii: "0"))
                    case UInt8(ascii: "A")...UInt8(ascii: "F"): value = value << 4 | UInt32(byte - UInt8(ascii: "A") + 10)
                    default:
                        table.values.append(contentsOf: Unicode.UTF8.encode(Unicode.Scalar(value)!)!)
                        value = 0
                    }
                } while index < bytes.count && bytes[index] != UInt8(ascii: "\n")
                table.valueEnds.append(Int32(table.values.count))
                index += 1
            }
        }
        return table
    }()

    /// What a numeric reference to `value` gives in HTML5: U+FFFD for NUL, surrogates and
    /// values past Unicode; windows-1252's characters for the C1 controls it defines.
    static func replacement(for value: UInt32) -> UInt32 {
        switch value {
        case 0, 0xD800...0xDFFF, 0x11_0000...: 0xFFFD
        case 0x80...0x9F: windows1252[Int(value - 0x80)]
        default: value
        }
    }

    /// U+0080–U+009F as windows-1252 reads those bytes; the five it leaves undefined stay.
    private static let windows1252: [UInt32] = [
        0x20AC, 0x81, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0x8D, 0x017D, 0x8F,
        0x90, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x9D, 0x017E, 0x0178,
    ]
}
