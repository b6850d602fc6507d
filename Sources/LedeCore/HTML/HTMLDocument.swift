/// A parsed HTML page: lede's own tree of it, and, made when a rule first asks for XPath,
/// a libxml2 copy to evaluate it on.
public final class HTMLDocument {
    let tree: HTMLTree
    private var mirror: XPathMirror?
    /// What decoding the page found worth saying (an unknown charset).
    public let finding: String?

    /// Decodes the bytes from `encoding` (an IANA name: `UTF-8`, `windows-1252`) and parses
    /// them with lede's own parser, which reads any bytes (so this never fails). `checkedUTF8`:
    /// the caller found them valid UTF-8 already.
    public init(bytes: [UInt8], encoding: String, checkedUTF8: Bool = false) {
        let decoded = Transcoding.utf8(bytes, from: encoding, checked: checkedUTF8)
        tree = HTMLParser.parse(decoded.utf8)
        finding = decoded.finding
    }

    /// Sets up libxml2's global state (used for XPath only) before pages are queried on
    /// several threads; lede's own parser needs none.
    public static func prepareForThreads() {
        XPathMirror.prepareForThreads()
    }

    /// The `<html>` element.
    public var root: HTMLNode? {
        let root = tree.root
        return root == HTMLTree.none ? nil : HTMLNode(tree, root)
    }

    /// The nodes a rule's selector picks, in document order, evaluated relative to
    /// `context` (a node of this document; the document itself when nil). Elements, text
    /// and attribute nodes come back; results that are not node sets (`count(//p)`) and
    /// evaluation errors (`count()` without an argument) give none.
    public func select(_ selector: Selector, in context: HTMLNode? = nil) -> [HTMLNode] {
        if let css = selector.css {
            guard context?.isAttribute != true else { return [] }
            return CSSMatcher(css, in: tree).select(below: context?.id ?? HTMLTree.document).map { HTMLNode(tree, $0) }
        }
        if mirror == nil { mirror = XPathMirror(tree) }
        return mirror!.select(selector.xpath, in: context?.id).map { HTMLNode(tree, $0.id, attributeIndex: $0.attributeIndex) }
    }

    /// Nil when `expression` compiles, else what is wrong with it and where, so that rules
    /// with broken XPath fail when they load.
    static func validateXPath(_ expression: String) -> String? {
        XPathMirror.problem(in: expression)
    }
}
