/// Sets the fields an outlet rule gives selectors for (headline, authors, date, description,
/// lead caption) over what the generic stages found; a selector that finds nothing leaves
/// the generic value, with a finding.
struct OutletFieldsStage: HTMLStage {
    let name = OutletSelection.stage
    let rule: OutletRule

    func run(_ page: HTMLPage) {
        let selection = OutletSelection(rule: rule, page: page)
        OutletStripStage.recordRemovals(page, rule: rule)
        let html = rule.html
        if let selector = html.headline, let value = selection.single("headline", selector) {
            page.article.headline = value
            selection.credit("headline", to: "headline", selector)
        }
        if let selector = html.description, let value = selection.single("description", selector) {
            page.article.description = value
            selection.credit("description", to: "description", selector)
        }
        if let selector = html.authors { authors(selector, selection) }
        if let date = html.date { publication(date, selection) }
        if let selector = html.caption, let value = selection.single("caption", selector) {
            let parsed = Caption.parse(value)
            var image = page.article.image ?? ArticleImage()
            image.caption = parsed?.caption ?? value
            image.credit = parsed?.credit ?? image.credit
            page.article.image = image
            selection.credit("image", to: "caption", selector)
        }
    }

    private func authors(_ selector: Selector, _ selection: OutletSelection) {
        var names: [String] = []
        for value in selection.values(selector) {
            let people = Byline.parse(value)?.authors ?? [value]
            for person in people where !names.contains(person) { names.append(person) }
        }
        guard !names.isEmpty else { return selection.fallback("authors") }
        selection.page.article.authors = names
        selection.credit("authors", to: "authors", selector)
    }

    private func publication(_ date: DateSelector, _ selection: OutletSelection) {
        let nodes = selection.nodes(date.selector)
        let texts = nodes.map { node in
            date.attribute.map { node.attribute($0) ?? "" } ?? selection.value(of: node, date.selector)
        }.filter { !$0.isEmpty }
        guard let text = texts.first else { return selection.fallback("date") }
        let parsed = date.format.map { $0.parse(text) } ?? (DateText.parse(text) ?? DateScanner.firstDate(in: text))
        guard let parsed else {
            let how = date.format.map { "with format \"\($0.pattern)\"" } ?? "as a date"
            return selection.fallback("date", "found \"\(text.prefix(80))\", which does not read \(how)")
        }
        selection.page.article.datePublished = parsed.iso
        selection.credit("datePublished", to: "date", date.selector)
    }
}
