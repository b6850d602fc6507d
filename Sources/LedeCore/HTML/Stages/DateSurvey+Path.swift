extension DateSurvey {
    /// An element's class, id and itemprop: the words its purpose is read from.
    struct Label {
        let classes: String?
        let id: String?
        let itemprop: String?

        init(_ node: HTMLNode) {
            classes = node.attribute("class")
            id = node.attribute("id")
            itemprop = node.attribute("itemprop")
        }

        /// Whether `pattern` matches the class, id and itemprop joined with spaces, lowercased.
        func names(_ pattern: KeywordPattern) -> Bool { pattern.matches(joining: classes, id, itemprop) }
    }

    /// The elements from the root down to the one the survey's walk is in, each with what the
    /// survey asks of it, worked out at most once: whether it is in comments or lists of other
    /// stories (`Furniture`), and which block a text node in it stands in. The walk visits an
    /// element before what is inside it, so a node's ancestors are the entries below it: no
    /// parent hops, no memo dictionaries keyed by node.
    struct Path {
        private struct Entry {
            let node: HTMLNode
            let name: String
            /// Read when the element is pushed, or only once `isElsewhere` needs it.
            var label: Label?
            var kind: Kind?
            var elsewhere: Bool?
            /// Whether a text node has stood in this element's block yet.
            var blockSeen = false
        }

        private var entries: [Entry] = []

        /// The innermost element, after `enter(parent:)`; nil at the root.
        var top: Int? { entries.isEmpty ? nil : entries.count - 1 }

        /// Leaves the elements the walk has finished: those that are not `parent` or above it.
        mutating func enter(parent: HTMLNode?) {
            while let last = entries.last, last.node != parent { entries.removeLast() }
        }

        /// Steps into `node`, an element whose children the walk visits next.
        mutating func push(_ node: HTMLNode, name: String, label: Label?) {
            entries.append(Entry(node: node, name: name, label: label))
        }

        /// Whether the element at `index` is in comments or a list of other stories (see `Furniture`).
        mutating func isElsewhere(_ index: Int, _ furniture: Furniture) -> Bool {
            if let known = entries[index].elsewhere { return known }
            var answer = false
            if !furniture.holdsArticle(entries[index].node) {
                let label = entries[index].label ?? Label(entries[index].node)
                entries[index].label = label
                answer = furniture.namesElsewhere(label) || (index > 0 && isElsewhere(index - 1, furniture))
            }
            entries[index].elsewhere = answer
            return answer
        }

        /// The block a text node in the element at `index` stands in, whether this is the first
        /// text node in it, and whether it is a `<p>`. The block is the node's paragraph (`<p>`,
        /// `<li>`, a heading, ...) when it is in one, else the outermost inline element it is in
        /// (a `<small>` line under a title stands for itself).
        mutating func block(of index: Int) -> (node: HTMLNode, isNew: Bool, isParagraph: Bool) {
            var block = index
            while block > 0, kind(block) == .inline, kind(block - 1) != .other { block -= 1 }
            let isNew = !entries[block].blockSeen
            entries[block].blockSeen = true
            return (entries[block].node, isNew, kind(block) == .p)
        }

        private mutating func kind(_ index: Int) -> Kind {
            if let known = entries[index].kind { return known }
            let kind = Kind(entries[index].name)
            entries[index].kind = kind
            return kind
        }
    }

    /// How an element counts for `Path.block(of:)`.
    private enum Kind {
        case inline, paragraph, p, other

        /// Switches on the name's length first: this runs for most elements of a page.
        init(_ name: String) {
            switch name.utf8.count {
            case 1:
                switch name {
                case "p": self = .p
                case "a", "b", "i", "q", "s", "u": self = .inline
                default: self = .other
                }
            case 2:
                switch name {
                case "em": self = .inline
                case "li", "dd", "dt", "td", "th", "h1", "h2", "h3", "h4", "h5", "h6": self = .paragraph
                default: self = .other
                }
            case 3, 4, 5, 6:
                switch name {
                case "bdi", "sub", "sup", "span", "abbr", "cite", "font", "mark", "time", "small", "strong": self = .inline
                default: self = .other
                }
            case 7, 10:
                switch name {
                case "caption", "blockquote", "figcaption": self = .paragraph
                default: self = .other
                }
            default: self = .other
            }
        }
    }
}
