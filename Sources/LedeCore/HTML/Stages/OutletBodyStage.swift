/// Sets the article's container from an outlet rule's `html.body` selector, so the generic
/// main-content stage leaves it alone. What the rule names is the body even where the noise
/// stage took an ancestor for furniture; furniture inside it stays out.
struct OutletBodyStage: HTMLStage {
    let name = OutletSelection.stage
    let rule: OutletRule

    func run(_ page: HTMLPage) {
        guard let selector = rule.html.body else { return }
        let selection = OutletSelection(rule: rule, page: page)
        let found = selection.nodes(selector).filter(\.isElement)
        guard !found.isEmpty else { return selection.fallback("body") }
        // Outermost only: a selector may find a container and elements inside it.
        let chosen = Set(found)
        let outermost = found.filter { node in !Self.ancestors(of: node).contains { chosen.contains($0) } }
        for node in outermost {
            page.noise.remove(node)
            for ancestor in Self.ancestors(of: node) { page.noise.remove(ancestor) }
        }
        guard outermost.contains(where: { !InlineText(page: page).of($0).isEmpty }) else {
            return selection.fallback("body", "matched no text")
        }
        page.content = outermost
        selection.credit("body", to: "body", selector)
    }

    static func ancestors(of node: HTMLNode) -> [HTMLNode] {
        var result: [HTMLNode] = []
        var current = node.parent
        while let element = current {
            result.append(element)
            current = element.parent
        }
        return result
    }
}
