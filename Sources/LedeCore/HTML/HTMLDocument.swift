import CLibXML2

/// A parsed HTML page: owns libxml2's `xmlDoc`, freed in `deinit`.
///
/// This file is the only one that touches libxml2; the rest of lede sees `HTMLNode`s, which
/// are valid while their document lives (the extractor keeps it for the whole extraction).
public final class HTMLDocument {
    private let document: xmlDocPtr

    /// Parses with libxml2's HTML parser in recover mode, without network access or error
    /// output. `encoding` is an IANA name (`UTF-8`, `windows-1252`).
    public init(bytes: [UInt8], encoding: String) throws(InputError) {
        lede_xml_quiet()
        let parsed: xmlDocPtr? = bytes.withUnsafeBufferPointer { buffer in
            buffer.withMemoryRebound(to: CChar.self) { chars in
                htmlReadMemory(chars.baseAddress, Int32(clamping: chars.count), nil, encoding, lede_html_options())
            }
        }
        guard let parsed else { throw InputError(.unreadable, "the HTML could not be parsed") }
        document = parsed
    }

    deinit { xmlFreeDoc(document) }

    /// Initialises libxml2's global state once, before documents are parsed on several threads.
    public static func prepareForThreads() {
        xmlInitParser()
    }

    /// The `<html>` element.
    public var root: HTMLNode? { xmlDocGetRootElement(document).map(HTMLNode.init) }

    /// The nodes a rule's selector picks, in document order, evaluated relative to
    /// `context` (a node of this document; the document itself when nil). Elements, text
    /// and attribute nodes come back; other nodes, results that are not node sets
    /// (`count(//p)`) and evaluation errors (`count()` without an argument) give none.
    public func select(_ selector: Selector, in context: HTMLNode? = nil) -> [HTMLNode] {
        guard let xpath = xmlXPathNewContext(document) else { return [] }
        defer { xmlXPathFreeContext(xpath) }
        xpath.pointee.error = { _, _ in }
        xpath.pointee.node = context?.pointer ?? xmlNodePtr(OpaquePointer(document))
        guard let result = xmlXPathEval(selector.xpath, xpath) else { return [] }
        defer { xmlXPathFreeObject(result) }
        guard result.pointee.type == XPATH_NODESET, let set = result.pointee.nodesetval, let table = set.pointee.nodeTab else { return [] }
        xmlXPathNodeSetSort(set)
        return (0..<Int(set.pointee.nodeNr)).compactMap { index in
            guard let node = table[index] else { return nil }
            switch node.pointee.type {
            case XML_ELEMENT_NODE, XML_TEXT_NODE, XML_CDATA_SECTION_NODE, XML_ATTRIBUTE_NODE: return HTMLNode(node)
            default: return nil // the document, comments, and namespace nodes, which are not xmlNodes
            }
        }
    }

    /// Nil when `expression` compiles, else libxml2's complaint and its character offset,
    /// so that rules with broken XPath fail when they load. Names that compile but would fail
    /// on every page (an unknown function, a namespace prefix) are caught too.
    static func validateXPath(_ expression: String) -> String? {
        lede_xml_quiet()
        guard let context = xmlXPathNewContext(nil) else { return "libxml2 could not allocate an XPath context" }
        defer { xmlXPathFreeContext(context) }
        // The first error is the precise one ("unfinished literal"); the ones after it are generic.
        var first: (code: Int32, offset: Int32)?
        let compiled = withUnsafeMutablePointer(to: &first) { slot in
            context.pointee.userData = UnsafeMutableRawPointer(slot)
            context.pointee.error = { data, error in
                guard let slot = data?.assumingMemoryBound(to: (code: Int32, offset: Int32)?.self), slot.pointee == nil, let error else { return }
                slot.pointee = (Int32(error.pointee.code), error.pointee.int1)
            }
            return xmlXPathCtxtCompile(context, expression)
        }
        if let compiled {
            xmlXPathFreeCompExpr(compiled)
            return XPathNames.problem(in: expression)
        }
        let offset = String(decoding: expression.utf8.prefix(Int(max(0, first?.offset ?? 0))), as: UTF8.self).count
        return "\(xpathProblem(first?.code ?? 0)) at \(offset)"
    }

    /// libxml2 keeps its XPath messages to itself (a context's handler gets only the code).
    private static func xpathProblem(_ code: Int32) -> String {
        switch xmlParserErrors(rawValue: UInt32(clamping: code)) {
        case XML_XPATH_NUMBER_ERROR: "bad number"
        case XML_XPATH_UNFINISHED_LITERAL_ERROR: "unfinished string literal"
        case XML_XPATH_START_LITERAL_ERROR: "expected a string literal"
        case XML_XPATH_VARIABLE_REF_ERROR: "bad variable reference"
        case XML_XPATH_INVALID_PREDICATE_ERROR: "invalid predicate"
        case XML_XPATH_UNCLOSED_ERROR: "unclosed bracket"
        case XML_XPATH_UNDEF_PREFIX_ERROR: "undefined namespace prefix"
        case XML_XPATH_INVALID_CHAR_ERROR, XML_XPATH_ENCODING_ERROR: "invalid character"
        default: "invalid expression"
        }
    }
}

/// An element, text or attribute node of an `HTMLDocument`.
public struct HTMLNode: Hashable {
    let pointer: xmlNodePtr

    init(_ pointer: xmlNodePtr) { self.pointer = pointer }

    public var isElement: Bool { pointer.pointee.type == XML_ELEMENT_NODE }
    public var isText: Bool { pointer.pointee.type == XML_TEXT_NODE || pointer.pointee.type == XML_CDATA_SECTION_NODE }
    /// An attribute, as XPath such as `//meta/@content` selects; its `text` is the value.
    public var isAttribute: Bool { pointer.pointee.type == XML_ATTRIBUTE_NODE }

    /// The element's tag name, lowercase; "" for other nodes.
    public var name: String {
        guard isElement, let name = pointer.pointee.name else { return "" }
        return String(cString: name)
    }

    public var parent: HTMLNode? {
        guard let parent = pointer.pointee.parent, parent.pointee.type == XML_ELEMENT_NODE else { return nil }
        return HTMLNode(parent)
    }

    /// Element and text children, in order (comments and other nodes left out).
    public var children: [HTMLNode] {
        var result: [HTMLNode] = []
        var child = pointer.pointee.children
        while let node = child {
            let type = node.pointee.type
            if type == XML_ELEMENT_NODE || type == XML_TEXT_NODE || type == XML_CDATA_SECTION_NODE { result.append(HTMLNode(node)) }
            child = node.pointee.next
        }
        return result
    }

    /// The element children only.
    public var elementChildren: [HTMLNode] { children.filter(\.isElement) }

    /// The attribute's value as `xmlGetProp` gives it. The name goes to libxml2 without being
    /// copied, and a value that is one text node (almost all are) is read in place rather
    /// than through `xmlGetProp`'s copy: stages ask every element for several attributes.
    public func attribute(_ name: String) -> String? {
        guard isElement else { return nil }
        return name.withCString { chars in
            let name = UnsafeRawPointer(chars).assumingMemoryBound(to: xmlChar.self)
            guard let property = xmlHasProp(pointer, name) else { return nil }
            if property.pointee.type == XML_ATTRIBUTE_NODE, let child = property.pointee.children, child.pointee.next == nil,
                child.pointee.type == XML_TEXT_NODE || child.pointee.type == XML_CDATA_SECTION_NODE
            {
                return child.pointee.content.map { String(cString: $0) }  // xmlStrdup(NULL) is NULL too
            }
            guard let value = xmlGetProp(pointer, name) else { return nil }
            defer { lede_xml_free(value) }
            return String(cString: value)
        }
    }

    /// A text node's text, or all the text below an element, as the page has it.
    public var text: String {
        if isText { return pointer.pointee.content.map { String(cString: $0) } ?? "" }
        guard let content = xmlNodeGetContent(pointer) else { return "" }
        defer { lede_xml_free(content) }
        return String(cString: content)
    }

    /// Calls `body` with the node's `text` as UTF-8 bytes; a text node's come straight from
    /// libxml2, without making a String, for the stages that only count or test them. Bytes
    /// that are not valid UTF-8 come as `text` repairs them, so counts never differ from its.
    public func withTextBytes<R>(_ body: (UnsafeBufferPointer<UInt8>) -> R) -> R {
        if isText, let content = pointer.pointee.content {
            let bytes = UnsafeBufferPointer(start: content, count: Int(xmlStrlen(content)))
            if UTF8Scalars.isValid(bytes) { return body(bytes) }
        }
        var text = text
        return text.withUTF8(body)
    }

    /// The element's HTML source.
    public var html: String {
        guard let buffer = xmlBufferCreate() else { return "" }
        defer { xmlBufferFree(buffer) }
        _ = htmlNodeDump(buffer, pointer.pointee.doc, pointer)
        return xmlBufferContent(buffer).map { String(cString: $0) } ?? ""
    }

    /// Visits this node and its descendants depth-first; `visit` returns false to skip a subtree.
    public func walk(_ visit: (HTMLNode) -> Bool) {
        guard visit(self) else { return }
        var child = pointer.pointee.children
        while let node = child {
            let type = node.pointee.type
            if type == XML_ELEMENT_NODE || type == XML_TEXT_NODE || type == XML_CDATA_SECTION_NODE { HTMLNode(node).walk(visit) }
            child = node.pointee.next
        }
    }
}
