/// Finds the element that holds the article: paragraphs score their ancestors by length
/// and commas (as readability does), scores are weighed by tag, class and link density, and
/// siblings of the winner that read like article text join it.
public struct MainContentStage: HTMLStage {
    public let name = "main-content"

    public init() {}

    public func run(_ page: HTMLPage) {
        guard page.content.isEmpty else { return }  // an outlet rule named the body
        let text = InlineText(page: page)
        let statistics = page.statistics
        var scores: [HTMLNode: Double] = [:]
        var order: [HTMLNode] = []
        page.document.root?.walk { node in
            guard node.isElement, !page.noise.contains(node) else { return false }
            guard Self.isParagraphLike(node) else { return true }
            let counts = statistics[node]
            guard counts.text >= 25 else { return false }
            let points = 1 + Double(counts.commas) + min(Double(counts.text) / 100, 3)
            var ancestor = node.parent
            var level = 1.0
            while let element = ancestor, level <= 3 {
                if scores[element] == nil {
                    scores[element] = Self.baseScore(element)
                    order.append(element)
                }
                scores[element]! += points / (level == 1 ? 1 : level == 2 ? 2 : level * 3)
                ancestor = element.parent
                level += 1
            }
            return false
        }
        let ranked = order.map { ($0, scores[$0]!) }.sorted { $0.1 > $1.1 }.prefix(8)
        let weighed = ranked.map { node, score in (node, score * (1 - Self.linkDensity(node, page: page))) }
        guard let (top, topScore) = weighed.max(by: { $0.1 < $1.1 }) else {
            page.report(name, "no paragraphs of text found")
            page.content = page.document.root.map { [$0] } ?? []
            return
        }
        let container = expand(top, page: page, text: text)
        page.content = container == top ? siblings(of: top, topScore: topScore, scores: scores, page: page, text: text) : [container]
    }

    /// Widens the winner to an ancestor while that adds much more article-like text: sites
    /// split one story into many sibling sections ("column" wrappers between ads), and the
    /// best-scoring section is then only a part of it.
    private func expand(_ top: HTMLNode, page: HTMLPage, text: InlineText) -> HTMLNode {
        var container = top
        var ownText = paragraphText(in: top, page: page, text: text)
        var density = Self.linkDensity(top, page: page)
        var ancestor = top.parent
        var steps = 0
        // Look a few levels up, since wrappers often nest two or three deep per section.
        while let parent = ancestor, parent.name != "body", parent.name != "html", steps < 5 {
            let wider = paragraphText(in: parent, page: page, text: text)
            // Teaser grids add paragraphs too, but under linked headlines: the link density rises.
            if Double(wider) >= Double(ownText) * 1.3, case let widerDensity = Self.linkDensity(parent, page: page), widerDensity <= max(density + 0.1, 0.2) {
                container = parent
                ownText = wider
                density = widerDensity
                steps = 0
            } else {
                steps += 1
            }
            ancestor = parent.parent
        }
        return container
    }

    /// Characters in the node's paragraph-like elements that read as prose: at least 25
    /// characters, mostly not links.
    private func paragraphText(in node: HTMLNode, page: HTMLPage, text: InlineText) -> Int {
        var total = 0
        let statistics = page.statistics
        node.walk { child in
            guard child.isElement, !page.noise.contains(child) else { return false }
            guard Self.isParagraphLike(child), child.name != "li", child.name != "td" else { return true }
            let length = statistics[child].text
            if length >= 25, statistics.linkDensity(child) < 0.3 { total += length }
            return false
        }
        return total
    }

    /// The winner and the siblings that read like more of the article.
    private func siblings(of top: HTMLNode, topScore: Double, scores: [HTMLNode: Double], page: HTMLPage, text: InlineText) -> [HTMLNode] {
        guard let parent = top.parent else { return [top] }
        let threshold = max(10, topScore * 0.2)
        let topClass = top.attribute("class")
        return parent.elementChildren.filter { sibling in
            if sibling == top { return true }
            if page.noise.contains(sibling) { return false }
            var bonus = 0.0
            if let topClass, !topClass.isEmpty, sibling.attribute("class") == topClass { bonus = topScore * 0.2 }
            if let score = scores[sibling], score + bonus >= threshold { return true }
            guard sibling.name == "p" else { return false }
            let content = text.of(sibling)
            let density = Self.linkDensity(sibling, page: page)
            return (content.count > 80 && density < 0.25) || (density == 0 && content.count > 0 && content.last == "." && content.count < 80)
        }
    }

    static func isParagraphLike(_ node: HTMLNode) -> Bool {
        switch node.name {
        case "p", "pre", "td", "blockquote", "li": return true
        case "div", "section", "span", "font":
            return node.elementChildren.allSatisfy { !$0.is(.blockLevel) }
        default: return false
        }
    }

    static func baseScore(_ node: HTMLNode) -> Double {
        var score: Double
        switch node.name {
        case "article": score = 10
        case "div", "main", "section": score = 5
        case "pre", "td", "blockquote": score = 3
        case "address", "ol", "ul", "dl", "dd", "dt", "li", "form": score = -3
        case "h1", "h2", "h3", "h4", "h5", "h6", "th": score = -5
        default: score = 0
        }
        if node.attribute("itemprop")?.lowercased() == "articlebody" { score += 25 }
        if node.isNamed(by: HTMLVocabulary.contentNames) { score += 25 }
        if node.isNamed(by: HTMLVocabulary.noiseNames) { score -= 25 }
        return score
    }

    /// The share of the node's text that sits inside links.
    static func linkDensity(_ node: HTMLNode, page: HTMLPage) -> Double {
        page.statistics.linkDensity(node)
    }
}
