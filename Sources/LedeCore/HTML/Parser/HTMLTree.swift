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

    /// The tree `HTMLParser` built, in the arrays it filled (in a struct of its own, where
    /// appends cost no exclusivity checks). Stored properties are constants: the stages read
    /// them millions of times, and a `var` in a class costs a dynamic exclusivity check per read.
    init(nodes: [Node], attributes: [Attribute], characters: [UInt8], names: [String]) {
        self.nodes = nodes
        self.attributes = attributes
        self.characters = characters
        self.names = names
        var numbers: [String: Int32] = [:]
        numbers.reserveCapacity(names.count)
        for (number, name) in names.enumerated() { numbers[name] = Int32(number) }
        nameNumbers = numbers
        categories = names.map(HTMLVocabulary.categories(of:))
        nameLengths = names.map(\.utf8.count)
    }

    /// Appends `node` to `nodes` as the last child of its parent (the parser's appends).
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
