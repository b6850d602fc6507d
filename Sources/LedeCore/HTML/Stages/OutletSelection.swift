/// A rule's selectors run on one page, with the rule's own findings: what the three outlet
/// stages share.
struct OutletSelection {
    let rule: OutletRule
    let page: HTMLPage

    static let stage = "outlet"

    /// The nodes a selector finds, in document order.
    func nodes(_ selector: Selector) -> [HTMLNode] {
        page.document.select(selector)
    }

    /// The value a selector stands for on a node: its `@attribute`, else its readable text.
    /// The noise stage's marks do not count here: the element a field's selector names is
    /// often one it took for furniture (a byline, a `<header>` holding the headline), which
    /// would read as empty. Only what the rule's own `strip` names inside the node is left
    /// out (the node itself may be stripped: a title the rule takes out of the body).
    func value(of node: HTMLNode, _ selector: Selector) -> String {
        if let attribute = selector.attribute { return InlineText.tidy(node.attribute(attribute) ?? "") }
        guard node.isElement else { return InlineText.tidy(node.text) }
        let noise = page.noise
        page.noise = NodeSet(for: page.document)
        for stripped in page.stripped where stripped.node != node { page.noise.insert(stripped.node) }
        defer { page.noise = noise }
        return InlineText(page: page).of(node)
    }

    /// The non-empty values a selector finds, in document order.
    func values(_ selector: Selector) -> [String] {
        nodes(selector).map { value(of: $0, selector) }.filter { !$0.isEmpty }
    }

    /// The one value a field's selector finds; more than one is a finding, and the first is used.
    func single(_ field: String, _ selector: Selector) -> String? {
        let found = values(selector)
        if found.count > 1 { report("html.\(field) matched \(found.count) elements; used the first") }
        guard let first = found.first else {
            fallback(field)
            return nil
        }
        return first
    }

    /// Records that a field's selector found nothing, so the generic stage's value stands.
    func fallback(_ field: String, _ why: String = "matched nothing") {
        report("html.\(field) \(why); used generic")
    }

    func report(_ message: String) {
        page.report(Self.stage, "rule \(rule.name): \(message)")
    }

    /// Says in the provenance that a field came from this rule's selector.
    func credit(_ field: String, to key: String, _ selector: Selector) {
        page.article.provenance[field] = .string("rule \(rule.name) html.\(key) \(selector.source)")
    }
}
