/// Takes out what an outlet rule's `html.strip` selectors name, before the body is chosen (so
/// the generic stage does not choose furniture either). The fields stage later records those
/// inside the body in `removed`, with the selector that took each.
struct OutletStripStage: HTMLStage {
    let name = OutletSelection.stage
    let rule: OutletRule

    func run(_ page: HTMLPage) {
        let selection = OutletSelection(rule: rule, page: page)
        for selector in rule.html.strip {
            for node in selection.nodes(selector) where node.isElement {
                page.noise.insert(node)
                page.stripped.append((node, selector.source))
            }
        }
    }

    /// Records the stripped elements that lie inside the body (outermost only) in `removed`.
    static func recordRemovals(_ page: HTMLPage, rule: OutletRule) {
        let content = Set(page.content)
        let stripped = Set(page.stripped.map(\.node))
        let text = InlineText(page: page)
        for (node, selector) in page.stripped {
            let ancestors = OutletBodyStage.ancestors(of: node)
            guard ancestors.contains(where: content.contains), !ancestors.contains(where: stripped.contains) else { continue }
            page.noise.remove(node)
            let removed = text.of(node)
            page.noise.insert(node)
            if !removed.isEmpty {
                page.article.removed.append(Removal(text: removed, reason: "rule strip \(selector)", by: rule.identity))
            }
        }
    }
}
