/// Turns the main content into blocks, in order: `p` and `div`s of text become paragraphs,
/// `h1`-`h6` headings, `ul`/`ol` lists, `blockquote` quotes, `pre` preformatted text,
/// `figure`/`figcaption` figures with caption and credit; table rows become paragraphs.
/// Link-heavy short paragraphs (a "Read more" line, a list of links) go to `removed`.
public struct HTMLBlockStage: HTMLStage {
    public let name = "blocks"

    public init() {}

    public func run(_ page: HTMLPage) {
        var builder = HTMLBlockBuilder(page: page, stage: name)
        for node in page.content { builder.visit(node) }
        builder.flush()
        page.article.body = builder.withoutTeasers()
        if builder.blocks.isEmpty { page.report(name, "no body text found") }
    }
}

struct HTMLBlockBuilder {
    let page: HTMLPage
    let stage: String
    let text: InlineText
    private(set) var blocks: [Block] = []
    /// For each block: a heading that is mostly a link (a teaser's headline).
    private var linkedHeadings: [Bool] = []
    private var pending = ""

    init(page: HTMLPage, stage: String) {
        self.page = page
        self.stage = stage
        self.text = InlineText(page: page)
    }

    mutating func visit(_ node: HTMLNode) {
        if node.isText {
            pending += node.text
            return
        }
        let name = node.name
        if node.is(.neverContent) || page.noise.contains(node) { return }
        switch name {
        case "br":
            pending.unicodeScalars.append(InlineText.lineBreak)
        case "p":
            flush()
            paragraph(node)
        case "h1", "h2", "h3", "h4", "h5", "h6":
            flush()
            let content = text.of(node)
            if !content.isEmpty, content != page.article.headline {
                blocks.append(.heading(content, level: Int(String(name.last!)) ?? 2))
                linkedHeadings += Array(repeating: false, count: blocks.count - linkedHeadings.count - 1)
                linkedHeadings.append(MainContentStage.linkDensity(node, page: page) > 0.7)
            }
        case "ul", "ol":
            flush()
            let items = node.elementChildren.filter { $0.name == "li" && !page.noise.contains($0) }.map(text.of).filter { !$0.isEmpty }
            if !items.isEmpty {
                if MainContentStage.linkDensity(node, page: page) > 0.5 {
                    page.article.removed.append(Removal(text: items.joined(separator: "\n"), reason: "link list", by: stage))
                } else {
                    blocks.append(.list(items))
                }
            }
        case "blockquote":
            flush()
            let paragraphs = node.elementChildren.filter { $0.name == "p" }.map(text.of).filter { !$0.isEmpty }
            let content = paragraphs.isEmpty ? text.of(node) : paragraphs.joined(separator: "\n")
            if !content.isEmpty { blocks.append(.quote(content)) }
        case "pre":
            flush()
            let content = node.text.trimmingCharacters(in: .newlines)
            if !content.isEmpty { blocks.append(.preformatted(content)) }
        case "figure":
            flush()
            figure(node.elementChildren.first { $0.name == "figcaption" })
        case "figcaption":
            flush()
            figure(node)
        case "table":
            flush()
            node.walk { row in
                guard row.isElement, !page.noise.contains(row) else { return false }
                guard row.name == "tr" else { return true }
                let cells = row.elementChildren.map(text.of).filter { !$0.isEmpty }
                if !cells.isEmpty { blocks.append(.paragraph(cells.joined(separator: " "))) }
                return false
            }
        case "hr":
            flush()
        default:
            let isBlock = node.is(.blockLevel)
            if isBlock, name != "li", !node.elementChildren.contains(where: { $0.is(.blockLevel) }) {
                // A div of inline content is a paragraph, and is judged like one.
                flush()
                paragraph(node)
                return
            }
            if isBlock { flush() }
            for child in node.children { visit(child) }
            if isBlock { flush() }
        }
    }

    /// The blocks without teaser grids: two or more linked headlines in a row, each followed
    /// by at most two short paragraphs, are other stories, not this one.
    func withoutTeasers() -> [Block] {
        let linked = linkedHeadings + Array(repeating: false, count: max(0, blocks.count - linkedHeadings.count))
        var teaser = Array(repeating: false, count: blocks.count)
        var index = 0
        while index < blocks.count {
            guard linked[index] else { index += 1; continue }
            var end = index
            var headlines = 0
            while end < blocks.count, linked[end] {
                headlines += 1
                end += 1
                var summaries = 0
                while end < blocks.count, !linked[end], blocks[end].type != .heading, blocks[end].text.count <= 250, summaries < 2 {
                    end += 1
                    summaries += 1
                }
            }
            if headlines >= 2 { for position in index..<end { teaser[position] = true } }
            index = max(end, index + 1)
        }
        for (position, block) in blocks.enumerated() where teaser[position] {
            page.article.removed.append(Removal(text: block.text, reason: "teaser", by: stage))
        }
        return blocks.enumerated().filter { !teaser[$0.offset] }.map(\.element)
    }

    /// Ends the run of loose text (a `div` holding only inline content is a paragraph).
    mutating func flush() {
        let content = InlineText.tidy(pending)
        pending = ""
        if !content.isEmpty { blocks.append(.paragraph(content)) }
    }

    private mutating func paragraph(_ node: HTMLNode) {
        // A <p> that (invalidly) holds blocks is walked like a container.
        if node.elementChildren.contains(where: { $0.is(.blockLevel) }) {
            for child in node.children { visit(child) }
            flush()
            return
        }
        let content = text.of(node)
        guard !content.isEmpty else { return }
        if content.count < 160, MainContentStage.linkDensity(node, page: page) > 0.6 {
            page.article.removed.append(Removal(text: content, reason: "link", by: stage))
            return
        }
        blocks.append(.paragraph(content))
    }

    private mutating func figure(_ caption: HTMLNode?) {
        guard let caption else { return }
        let content = text.of(caption)
        guard !content.isEmpty else { return }
        let parsed = Caption.parse(content)
        blocks.append(.figure(caption: parsed?.caption ?? content, credit: parsed?.credit))
    }
}
