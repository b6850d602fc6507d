/// lede's own light tree of a parsed page: flat arrays indexed by node number, with all text
/// and attribute values in one UTF-8 buffer and tag and attribute names interned.
///
/// One allocation per array instead of one per node (libxml2's tree) is what makes parsing
/// and freeing cheap, and names compared as numbers are what make the stages' walks cheap.
/// Node 0 is the document; its one element child is `<html>`, always present (implied when
/// the page has none). Only elements and text are kept: comments, doctypes and processing
/// instructions are dropped by the parser, as the stages never read them.
public final class HTMLTree {
    public typealias NodeID = Int32
    /// "No node": the parent of the document, the child of a leaf.
    public static let none: NodeID = -1
    public static let document: NodeID = 0

    public enum Kind: UInt8 { case document, element, text }

    struct Node {
        var kind: Kind
        /// An element's tag, an index into `names`; -1 for others.
        var name: Int32
        var parent: NodeID
        var firstChild: NodeID = HTMLTree.none
        var lastChild: NodeID = HTMLTree.none
        var nextSibling: NodeID = HTMLTree.none
        /// An element's attributes are `attributes[firstAttribute ..< firstAttribute + attributeCount]`.
        var firstAttribute: Int32 = 0
        var attributeCount: Int32 = 0
        /// A text node's text is `characters[textStart ..< textEnd]`.
        var textStart: Int32 = 0
        var textEnd: Int32 = 0
    }

    struct Attribute {
        var name: Int32
        var valueStart: Int32
        var valueEnd: Int32
    }

    let nodes: [Node]
    let attributes: [Attribute]
    /// Text and attribute values, decoded (entities resolved), valid UTF-8.
    let characters: [UInt8]
    /// Interned lowercase tag and attribute names; `names[i]` is the name numbered `i`.
    public let names: [String]
    private let nameNumbers: [String: Int32]
    /// The vocabulary groups of each name, by number.
    let categories: [HTMLVocabulary.Categories]
    /// Each name's length in UTF-8, by number: most names a lookup compares differ in it.
    private let nameLengths: [Int]

    /// The tree a builder made. (Stored properties are constants: the stages read them
    /// millions of times, and a `var` in a class costs a dynamic exclusivity check per read.)
    init(_ builder: consuming Builder) {
        nodes = builder.nodes
        attributes = builder.attributes
        characters = builder.characters
        names = builder.names
        nameNumbers = builder.nameNumbers
        categories = names.map(HTMLVocabulary.categories(of:))
        nameLengths = names.map(\.utf8.count)
    }

    /// The tree `HTMLParser` built, in the arrays it filled (in a struct of its own, where
    /// appends cost no exclusivity checks).
    convenience init(nodes: [Node], attributes: [Attribute], characters: [UInt8], names: [String]) {
        var builder = Builder()
        builder.nodes = nodes
        builder.attributes = attributes
        builder.characters = characters
        builder.names = names
        builder.nameNumbers.reserveCapacity(names.count)
        for (number, name) in names.enumerated() { builder.nameNumbers[name] = Int32(number) }
        self.init(builder)
    }

    /// Appends `node` to `nodes` as the last child of its parent: for `Builder` and the parser.
    @inline(__always)
    static func link(_ node: Node, into nodes: inout [Node]) -> NodeID {
        let id = NodeID(nodes.count)
        let parent = Int(node.parent)
        nodes.append(node)
        let last = nodes[parent].lastChild
        if last == none { nodes[parent].firstChild = id } else { nodes[Int(last)].nextSibling = id }
        nodes[parent].lastChild = id
        return id
    }

    // MARK: Reading

    public var count: Int { nodes.count }
    public func kind(_ node: NodeID) -> Kind { nodes[Int(node)].kind }
    public func parent(_ node: NodeID) -> NodeID { nodes[Int(node)].parent }
    public func firstChild(_ node: NodeID) -> NodeID { nodes[Int(node)].firstChild }
    public func nextSibling(_ node: NodeID) -> NodeID { nodes[Int(node)].nextSibling }
    /// The element's tag as its number in `names` (compare with `number(of:)`); -1 for others.
    public func tag(_ node: NodeID) -> Int32 { nodes[Int(node)].name }
    /// The number of an interned name, nil when no element or attribute on the page has it.
    public func number(of name: String) -> Int32? { nameNumbers[name] }

    /// The `<html>` element.
    public var root: NodeID { firstChild(Self.document) }

    /// Calls `body` with a text node's UTF-8 bytes (empty for other nodes).
    public func withText<R>(_ node: NodeID, _ body: (UnsafeBufferPointer<UInt8>) -> R) -> R {
        let record = nodes[Int(node)]
        return characters.withUnsafeBufferPointer { all in
            body(UnsafeBufferPointer(rebasing: all[Int(record.textStart)..<Int(record.textEnd)]))
        }
    }

    /// The number of attributes an element has, and each one's name and value, in source order.
    public func attributeCount(_ node: NodeID) -> Int { Int(nodes[Int(node)].attributeCount) }
    public func attributeName(_ node: NodeID, at index: Int) -> String {
        names[Int(attributes[Int(nodes[Int(node)].firstAttribute) + index].name)]
    }
    public func withAttributeValue<R>(_ node: NodeID, at index: Int, _ body: (UnsafeBufferPointer<UInt8>) -> R) -> R {
        let attribute = attributes[Int(nodes[Int(node)].firstAttribute) + index]
        return characters.withUnsafeBufferPointer { all in
            body(UnsafeBufferPointer(rebasing: all[Int(attribute.valueStart)..<Int(attribute.valueEnd)]))
        }
    }

    /// The index of the element's attribute called `name` (lowercase), if it has one.
    /// Names are compared as strings: elements have few attributes, and comparing is
    /// cheaper than hashing the name to find its number.
    public func attributeIndex(_ node: NodeID, named name: String) -> Int? {
        let record = nodes[Int(node)]
        var index = Int(record.firstAttribute)
        let end = index + Int(record.attributeCount)
        let length = name.utf8.count
        while index < end {
            let number = Int(attributes[index].name)
            if nameLengths[number] == length, names[number] == name { return index - Int(record.firstAttribute) }
            index += 1
        }
        return nil
    }

    /// The index of the element's attribute numbered `name` (see `number(of:)`), if it has one.
    public func attributeIndex(_ node: NodeID, name: Int32) -> Int? {
        let record = nodes[Int(node)]
        var index = Int(record.firstAttribute)
        let end = index + Int(record.attributeCount)
        while index < end {
            if attributes[index].name == name { return index - Int(record.firstAttribute) }
            index += 1
        }
        return nil
    }
}

extension HTMLTree {
    /// The parser's side: a tree being filled in, node by node in document order.
    struct Builder {
        var nodes: [Node]
        var attributes: [Attribute] = []
        var characters: [UInt8] = []
        var names: [String] = []
        var nameNumbers: [String: Int32] = [:]

        /// An empty tree: the document node alone.
        init(capacity: Int = 0) {
            nodes = [Node(kind: .document, name: -1, parent: HTMLTree.none)]
            nodes.reserveCapacity(capacity / 32)
            characters.reserveCapacity(capacity / 2)
        }

        /// The number of a lowercase name, interning it on first sight.
        mutating func intern(_ name: String) -> Int32 {
            if let number = nameNumbers[name] { return number }
            let number = Int32(names.count)
            names.append(name)
            nameNumbers[name] = number
            return number
        }

        /// Adds an element as the last child of `parent`, with attributes already given as
        /// (name number, value bytes) pairs; the first of a repeated attribute name wins.
        @discardableResult
        mutating func appendElement(name: Int32, to parent: NodeID, attributes pairs: [(name: Int32, value: ArraySlice<UInt8>)] = []) -> NodeID {
            let first = Int32(attributes.count)
            for pair in pairs where !attributes[Int(first)...].contains(where: { $0.name == pair.name }) {
                let start = Int32(characters.count)
                characters.append(contentsOf: pair.value)
                attributes.append(Attribute(name: pair.name, valueStart: start, valueEnd: Int32(characters.count)))
            }
            var node = Node(kind: .element, name: name, parent: parent)
            node.firstAttribute = first
            node.attributeCount = Int32(attributes.count) - first
            return link(node)
        }

        /// Adds text as the last child of `parent`, joined to a text node already there.
        mutating func appendText(_ bytes: some Collection<UInt8>, to parent: NodeID) {
            guard !bytes.isEmpty else { return }
            let last = nodes[Int(parent)].lastChild
            if last != HTMLTree.none, nodes[Int(last)].kind == .text {
                let record = nodes[Int(last)]
                if record.textEnd != Int32(characters.count) {  // something was stored since: move the text to the end
                    characters.append(contentsOf: characters[Int(record.textStart)..<Int(record.textEnd)])
                    nodes[Int(last)].textStart = Int32(characters.count) - (record.textEnd - record.textStart)
                }
                characters.append(contentsOf: bytes)
                nodes[Int(last)].textEnd = Int32(characters.count)
                return
            }
            let start = Int32(characters.count)
            characters.append(contentsOf: bytes)
            var node = Node(kind: .text, name: -1, parent: parent)
            node.textStart = start
            node.textEnd = Int32(characters.count)
            link(node)
        }

        @discardableResult
        private mutating func link(_ node: Node) -> NodeID { HTMLTree.link(node, into: &nodes) }
    }
}
