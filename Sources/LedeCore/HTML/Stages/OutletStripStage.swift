/// Takes out what an outlet rule's `html.strip` selectors name, before the body is chosen,
/// each into `removed` with the selector that took it.
struct OutletStripStage: HTMLStage {
    let name = OutletSelection.stage
    let rule: OutletRule

    func run(_ page: HTMLPage) {
        let selection = OutletSelection(rule: rule, page: page)
        for selector in rule.html.strip {
            for node in selection.nodes(selector) where node.isElement && !page.isNoise(node) {
                let text = InlineText(page: page).of(node)
                page.noise.insert(node)
                if !text.isEmpty {
                    page.article.removed.append(Removal(text: text, reason: "rule strip \(selector.source)", by: rule.identity))
                }
            }
        }
    }
}
