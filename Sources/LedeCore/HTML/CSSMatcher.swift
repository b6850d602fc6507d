/// CSS selectors matched on lede's own tree, with exactly the meaning of the XPath they
/// compile to (see `CSSSelector`), so that rules written in CSS — the usual kind, and the
/// `match` functions that run on every page — never need libxml2's copy of the page.
///
/// Names are resolved to the tree's numbers and values to bytes once per query; a type or
/// attribute name the page never uses cannot match.
struct CSSMatcher {
    private let tree: HTMLTree
    private let list: [Complex]

    private struct Complex {
        var compounds: [Compound]
        var combinators: [CSSComplexSelector.Combinator]
    }

    private struct Compound {
        /// nil: any element; `.some(nil)`: a type the page does not have.
        var type: Int32??
        var tests: [Test]
    }

    private indirect enum Test {
        case classWord(Int32, [UInt8]), has(Int32), equals(Int32, [UInt8]), contains(Int32, [UInt8]), prefix(Int32, [UInt8])
        case firstChild, nthOfType(Int32, Int), not(Compound), never
    }

    init(_ list: [CSSComplexSelector], in tree: HTMLTree) {
        self.tree = tree
        func compound(_ parsed: CSSCompound) -> Compound {
            Compound(type: parsed.type.map { tree.number(of: $0) }, tests: parsed.tests.map(test))
        }
        func test(_ parsed: CSSTest) -> Test {
            func attribute(_ name: String, _ make: (Int32) -> Test) -> Test { tree.number(of: name).map(make) ?? .never }
            switch parsed {
            case .classWord(let word): return attribute("class") { .classWord($0, Array(word.utf8)) }
            case .hasAttribute(let name): return attribute(name) { .has($0) }
            case .attributeEquals(let name, let value): return attribute(name) { .equals($0, Array(value.utf8)) }
            case .attributeContains(let name, let value): return attribute(name) { .contains($0, Array(value.utf8)) }
            case .attributePrefix(let name, let value): return attribute(name) { .prefix($0, Array(value.utf8)) }
            case .firstChild: return .firstChild
            case .nthOfType(let type, let n): return tree.number(of: type).map { .nthOfType($0, n) } ?? .never
            case .not(let inner): return .not(compound(inner))
            case .never: return .never
            }
        }
        self.list = list.map { Complex(compounds: $0.compounds.map(compound), combinators: $0.combinators) }
    }

    /// The elements below `context` that one of the selectors matches, in document order.
    /// (A plain loop over the tree: rules' `match` functions run this on every page.)
    func select(below context: HTMLTree.NodeID) -> [HTMLTree.NodeID] {
        var found: [HTMLTree.NodeID] = []
        var node = tree.firstChild(context)
        while node != HTMLTree.none {
            if tree.kind(node) == .element {
                for complex in list where matches(complex, complex.compounds.count - 1, node, below: context) {
                    found.append(node)
                    break
                }
            }
            // Next in document order: the first child, else the next sibling of the node or
            // of its nearest ancestor below `context` that has one.
            var next = tree.firstChild(node)
            while next == HTMLTree.none, node != context {
                next = tree.nextSibling(node)
                if next == HTMLTree.none { node = tree.parent(node) }
            }
            node = next
        }
        return found
    }

    /// Whether `element` matches compound `index` and, through the combinators, the ones
    /// before it on its ancestors below `context`.
    private func matches(_ complex: Complex, _ index: Int, _ element: HTMLTree.NodeID, below context: HTMLTree.NodeID) -> Bool {
        guard matches(complex.compounds[index], element) else { return false }
        guard index > 0 else { return true }
        var ancestor = tree.parent(element)
        while ancestor != context, ancestor != HTMLTree.none {
            if matches(complex, index - 1, ancestor, below: context) { return true }
            if complex.combinators[index - 1] == .child { return false }
            ancestor = tree.parent(ancestor)
        }
        return false
    }

    private func matches(_ compound: Compound, _ element: HTMLTree.NodeID) -> Bool {
        if let type = compound.type, type != tree.tag(element) { return false }
        return compound.tests.allSatisfy { passes($0, element) }
    }

    private func passes(_ test: Test, _ element: HTMLTree.NodeID) -> Bool {
        switch test {
        case .classWord(let name, let word): return value(element, name) { Self.hasWord(word, in: $0) } ?? false
        case .has(let name): return tree.attributeIndex(element, name: name) != nil
        case .equals(let name, let wanted): return value(element, name) { $0.elementsEqual(wanted) } ?? false
        case .contains(let name, let wanted): return value(element, name) { Self.contains(wanted, in: $0) } ?? false
        case .prefix(let name, let wanted): return value(element, name) { $0.starts(with: wanted) } ?? false
        case .firstChild: return precedingSiblings(of: element) { _ in true } == 0
        case .nthOfType(let type, let n): return precedingSiblings(of: element) { tree.tag($0) == type } == n - 1
        case .not(let inner): return !matches(inner, element)
        case .never: return false
        }
    }

    private func value(_ element: HTMLTree.NodeID, _ name: Int32, _ test: (UnsafeBufferPointer<UInt8>) -> Bool) -> Bool? {
        guard let index = tree.attributeIndex(element, name: name) else { return nil }
        return tree.withAttributeValue(element, at: index, test)
    }

    /// The number of element siblings before `element` that pass `counted`.
    private func precedingSiblings(of element: HTMLTree.NodeID, _ counted: (HTMLTree.NodeID) -> Bool) -> Int {
        var count = 0
        var sibling = tree.firstChild(tree.parent(element))
        while sibling != element, sibling != HTMLTree.none {
            if tree.kind(sibling) == .element, counted(sibling) { count += 1 }
            sibling = tree.nextSibling(sibling)
        }
        return count
    }

    /// `word` as one of the value's words split at XPath's white space (`normalize-space`).
    static func hasWord(_ word: [UInt8], in value: UnsafeBufferPointer<UInt8>) -> Bool {
        var start = 0
        while start < value.count {
            while start < value.count, isSpace(value[start]) { start += 1 }
            var end = start
            while end < value.count, !isSpace(value[end]) { end += 1 }
            if end > start, value[start..<end].elementsEqual(word) { return true }
            start = end
        }
        return false
    }

    private static func isSpace(_ byte: UInt8) -> Bool { byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D }

    static func contains(_ wanted: [UInt8], in value: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let first = wanted.first, value.count >= wanted.count else { return wanted.isEmpty }
        for start in 0...(value.count - wanted.count) where value[start] == first {
            if value[start..<(start + wanted.count)].elementsEqual(wanted) { return true }
        }
        return false
    }
}
