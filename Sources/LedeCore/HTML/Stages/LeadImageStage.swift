/// Gives the lead image its caption and credit: the first `<figure>` with a caption between
/// the headline and the article's body (where pages put the lead photo, outside the body's
/// container), split into caption and credit like a text caption.
public struct LeadImageStage: HTMLStage {
    public let name = "lead-image"

    public init() {}

    public func run(_ page: HTMLPage) {
        guard page.article.image?.caption == nil, let root = page.document.root, let body = page.content.first else { return }
        let text = InlineText(page: page)
        var seenHeadline = false
        var reachedBody = false
        var lead: (caption: String, source: String?)?
        root.walk { node in
            guard !reachedBody, lead == nil, node.isElement else { return false }
            if node == body { reachedBody = true; return false }
            if page.noise.contains(node) { return false }
            if node.name == "h1" { seenHeadline = true }
            guard seenHeadline, node.name == "figure",
                let caption = node.elementChildren.first(where: { $0.name == "figcaption" }).map(text.of), !caption.isEmpty
            else { return true }
            var source: String?
            node.walk { child in
                if source == nil, child.name == "img" { source = child.attribute("src") }
                return source == nil
            }
            lead = (caption, source)
            return false
        }
        guard let lead else { return }
        let parsed = Caption.parse(lead.caption)
        var image = page.article.image ?? ArticleImage(url: lead.source)
        image.caption = parsed?.caption ?? lead.caption
        image.credit = image.credit ?? parsed?.credit
        page.article.image = image
    }
}
