#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// lede's HTML parser: a tokenizer and an "HTML5-lite" tree builder in one pass over the
/// page's UTF-8, filling an `HTMLTree`. It replaces libxml2's parser, whose tree building
/// cost more than a whole run of the fastest competitor.
///
/// Robust rather than complete: it follows HTML5's tokenizer closely (so text, entities,
/// comments and raw text come out as browsers see them) and its tree builder where real pages
/// need it (implied `html`/`head`/`body`, void elements, implied end tags), without the
/// adoption agency or foster parenting. Every step is constant time per byte or per tag (end
/// tags find their element through per-name stack links, not a search), and elements nest at
/// most `depthLimit` deep, because lede walks trees recursively.
///
/// The parser is one struct spread over several files by job: this one holds the state and
/// the entry points; `HTMLTokenizer`, `HTMLRawText` and `HTMLCharacterReferences` read the
/// bytes, `HTMLTreeBuilder` and `HTMLOpenElements` decide where elements go.
public struct HTMLParser {
    /// No element is deeper than this (`<html>` is at depth 1): elements that would be are
    /// appended beside the ones at this depth instead.
    public static let depthLimit = 512

    // The page.
    let input: UnsafePointer<UInt8>
    let end: Int
    var position = 0
    let byteClass: UnsafePointer<UInt8>
    /// The page has no CR and no NUL, so text scans need not look for them.
    let plainInput: Bool
    let tagTraits: UnsafePointer<HTMLTag.Traits>

    // The tree under construction (see `HTMLTree` for their meaning). While a tag is read its
    // attributes' names are parser name numbers; they become tree name numbers when the
    // element is inserted.
    var nodes: [HTMLTree.Node]
    var attributes: [HTMLTree.Attribute] = []
    var characters: [UInt8] = []

    // Names: the parser numbers every tag and attribute name it meets (the tags it knows
    // first, see `HTMLTag`); the tree numbers only those its elements keep.
    var names: ByteStringTable
    var nameScratch: [UInt8] = []
    var treeNumber: [Int32]
    var treeNames: [String] = []
    /// Per parser name: the index in `open` of the topmost open element of that name, or -1.
    var topOpen: [Int32]
    /// Per parser name: the tag (`tagSerial`) that last had an attribute of that name.
    var attributeSeen: [Int32]
    var tagSerial: Int32 = 0

    /// Text read since the last tag is `characters[pendingText...]`, not yet in the tree.
    var pendingText = 0
    /// Where the current tag's attribute values start in `characters`.
    var tagCharacters = 0
    /// The next byte is dropped if it is a line feed (after `<pre>`, as HTML5 does).
    var skipNewline = false

    // Tree construction state.
    var open: [OpenElement] = []
    var topSpecial: Int32 = -1
    var topScope: Int32 = -1
    /// The index in `open` of the outermost open `<svg>` or `<math>`, or -1.
    var foreignRoot: Int32 = -1
    var html: HTMLTree.NodeID = HTMLTree.none
    var head: HTMLTree.NodeID = HTMLTree.none
    var body: HTMLTree.NodeID = HTMLTree.none
    var headClosed = false
    /// Attribute merges of repeated `<html>`/`<body>` tags, bounded because each copies.
    var attributeMerges = 0

    init(_ input: UnsafePointer<UInt8>, count: Int) {
        self.input = input
        end = count
        byteClass = ByteClass.table
        plainInput = memchr(input, 0x0D, count) == nil && memchr(input, 0, count) == nil
        tagTraits = HTMLTag.traitTable
        nodes = [HTMLTree.Node(kind: .document, name: -1, parent: HTMLTree.none)]
        nodes.reserveCapacity(count / 48 + 16)
        characters.reserveCapacity(count + 64)
        names = HTMLTag.seededNames
        treeNumber = Array(repeating: -1, count: names.count)
        topOpen = Array(repeating: -1, count: names.count)
        attributeSeen = Array(repeating: -1, count: names.count)
        open.reserveCapacity(64)
    }

    /// Parses a page given as valid UTF-8.
    public static func parse(_ utf8: UnsafeBufferPointer<UInt8>) -> HTMLTree {
        // An empty page still gets its html, head and body; any pointer will do for no bytes.
        let empty: StaticString = ""
        var parser = HTMLParser(utf8.baseAddress ?? empty.utf8Start, count: utf8.count)
        parser.run()
        return parser.finish()
    }

    public static func parse(_ bytes: [UInt8]) -> HTMLTree {
        bytes.withUnsafeBufferPointer { parse($0) }
    }

    /// The tree, with `html`, `head` and `body` present as HTML5 always has them.
    private mutating func finish() -> HTMLTree {
        flushText()
        if body == HTMLTree.none { openBody(attributesFrom: nil) }
        return HTMLTree(nodes: nodes, attributes: attributes, characters: characters, names: treeNames)
    }

    // MARK: Names

    /// The parser's number for the name `key` (lowercase) with FNV hash `hash`, numbering it if new.
    @inline(__always)
    mutating func nameNumber(_ key: UnsafeBufferPointer<UInt8>, hash: UInt32) -> Int32 {
        if let number = names.find(key, hash: hash) { return number }
        let number = names.insert(key, hash: hash)
        treeNumber.append(-1)
        topOpen.append(-1)
        attributeSeen.append(-1)
        return number
    }

    /// The tree's number for parser name `name`, interning it in the tree on first use.
    @inline(__always)
    mutating func treeName(_ name: Int32) -> Int32 {
        let number = treeNumber[Int(name)]
        if number >= 0 { return number }
        let new = Int32(treeNames.count)
        treeNames.append(String(decoding: names.key(name), as: UTF8.self))
        treeNumber[Int(name)] = new
        return new
    }

    @inline(__always)
    func traits(_ name: Int32) -> HTMLTag.Traits {
        name < HTMLTag.count ? tagTraits[Int(name)] : []
    }
}

extension HTMLTag {
    static let count = Int32(allCases.count)
    /// `traits` where the parser reads it without bounds checks or copies; never freed.
    nonisolated(unsafe) static let traitTable: UnsafePointer<Traits> = {
        let table = UnsafeMutablePointer<Traits>.allocate(capacity: traits.count)
        table.initialize(from: traits, count: traits.count)
        return UnsafePointer(table)
    }()
}

/// What the tokenizer needs to know of a byte, as bits, read from a table in its loops.
enum ByteClass {
    /// HTML5's ASCII white space: tab, line feed, form feed, carriage return, space.
    static let space: UInt8 = 1 << 0
    /// Ends a tag name: white space, `/`, `>`.
    static let endsTagName: UInt8 = 1 << 1
    /// Ends an attribute name: white space, `/`, `>`, `=`.
    static let endsAttributeName: UInt8 = 1 << 2
    static let alphanumeric: UInt8 = 1 << 3
    static let upper: UInt8 = 1 << 4
    /// Ends a run of an unquoted attribute value: white space, `>`, `&`, NUL.
    static let endsUnquotedRun: UInt8 = 1 << 5
    static let letter: UInt8 = 1 << 6

    nonisolated(unsafe) static let table: UnsafePointer<UInt8> = {
        let table = UnsafeMutablePointer<UInt8>.allocate(capacity: 256)
        table.initialize(repeating: 0, count: 256)
        for byte in [0x09, 0x0A, 0x0C, 0x0D, 0x20] { table[byte] |= space | endsTagName | endsAttributeName | endsUnquotedRun }
        for byte in "/>".utf8 { table[Int(byte)] |= endsTagName | endsAttributeName }
        table[Int(UInt8(ascii: "="))] |= endsAttributeName
        for byte in ">&".utf8 { table[Int(byte)] |= endsUnquotedRun }
        table[0] |= endsUnquotedRun
        for byte in UInt8(ascii: "0")...UInt8(ascii: "9") { table[Int(byte)] |= alphanumeric }
        for byte in UInt8(ascii: "a")...UInt8(ascii: "z") { table[Int(byte)] |= alphanumeric | letter }
        for byte in UInt8(ascii: "A")...UInt8(ascii: "Z") { table[Int(byte)] |= alphanumeric | letter | upper }
        return UnsafePointer(table)
    }()
}
