import CLua
import LedeCore

/// The page an outlet rule's `match` or `fixup` is looking at, while the call lasts. Node
/// handles index `nodes`; handle 0 is the document itself.
final class OpenDocument {
    let document: HTMLDocument
    private(set) var nodes: [HTMLNode] = []

    init(_ document: HTMLDocument) { self.document = document }

    func add(_ node: HTMLNode) -> Int {
        nodes.append(node)
        return nodes.count
    }

    func node(_ handle: Int) -> HTMLNode?? {
        if handle == 0 { return .some(nil) }
        return nodes.indices.contains(handle - 1) ? .some(nodes[handle - 1]) : nil
    }
}

/// `doc:select(sel)` and the node methods: the host side of the prelude's read-only page view.
enum DocumentModule {
    static let functions: [(String, HostFunction)] = [
        ("doc_select", { state in
            let call = HostCall(state, "select")
            guard let open = call.runtime.openDocument else { return call.error(closed) }
            guard let handle = call.integer(1), let context = open.node(handle) else { return call.error(badNode) }
            guard case .success(let text) = call.requireString(2, "selector") else {
                return call.error(HostFailure("select: the selector must be a string"))
            }
            let selector: Selector
            do {
                selector = try call.runtime.selector(text)
            } catch {
                return call.error(HostFailure("select: bad selector \"\(text)\": \(error)"))
            }
            let found = open.document.select(selector, in: context)
            lua_createtable(call.state, Int32(found.count * 2), 0)
            for (index, node) in found.enumerated() {
                call.push(open.add(node))
                lua_rawseti(call.state, -2, lua_Integer(index * 2 + 1))
                call.push(node.name)
                lua_rawseti(call.state, -2, lua_Integer(index * 2 + 2))
            }
            return 1
        }),
        ("node_text", { state in
            let call = HostCall(state, "text")
            guard let node = node(call) else { return call.error(call.runtime.openDocument == nil ? closed : badNode) }
            call.push(node.text)
            return 1
        }),
        ("node_attr", { state in
            let call = HostCall(state, "attr")
            guard let node = node(call) else { return call.error(call.runtime.openDocument == nil ? closed : badNode) }
            guard case .success(let name) = call.requireString(2, "name") else { return call.error(HostFailure("attr: the name must be a string")) }
            if let value = node.attribute(name) { call.push(value) } else { lua_pushnil(call.state) }
            return 1
        }),
        ("node_html", { state in
            let call = HostCall(state, "html")
            guard let node = node(call) else { return call.error(call.runtime.openDocument == nil ? closed : badNode) }
            call.push(node.html)
            return 1
        }),
    ]

    private static let closed = HostFailure("the page is only readable during match and fixup; keep text, not nodes")
    private static let badNode = HostFailure("not a node of this page")

    private static func node(_ call: HostCall) -> HTMLNode? {
        guard let open = call.runtime.openDocument, let handle = call.integer(1), handle > 0, let node = open.node(handle) else { return nil }
        return node
    }
}
