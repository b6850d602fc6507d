/// Finds the authors in the page's visible byline when its metadata names none: the first
/// element after the headline whose class, id, rel or itemprop says byline or author, read
/// like a text byline ("By Jane Doe and John Roe"), so agencies and desks stay out.
public struct HTMLBylineStage: HTMLStage {
    public let name = "byline"

    private static let markers: Set<String> = ["byline", "author", "authors", "writer", "contributor", "author-name", "byline-name"]
    private static let markerNames = ClassWordList(markers)

    public init() {}

    public func run(_ page: HTMLPage) {
        guard page.article.authors.isEmpty, let root = page.document.root else { return }
        let text = InlineText(page: page)
        var seenHeadline = false
        var found: [String] = []
        root.walk { node in
            guard found.isEmpty, node.isElement else { return false }
            let name = node.name
            if node.is(.neverContent) { return false }
            if name == "h1" { seenHeadline = true }
            guard seenHeadline, Self.isBylineElement(node) else { return true }
            let content = text.of(node)
            guard !content.isEmpty, content.count <= 120 else { return true }
            found = PageMetadata.people([content])
            return found.isEmpty
        }
        page.article.authors = found
    }

    static func isBylineElement(_ node: HTMLNode) -> Bool {
        if node.attribute("rel")?.lowercased() == "author" { return true }
        if let property = node.attribute("itemprop")?.lowercased(), property == "author" { return true }
        return node.isNamed(by: markerNames)
    }
}
