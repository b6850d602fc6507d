/// Reads what the page says about itself: JSON-LD (`NewsArticle` and kin, also inside
/// `@graph` and arrays), OpenGraph and Twitter cards, `<meta>` names, `itemprop`, `<time>`,
/// `<link rel=canonical>`, `<html lang>`. JSON-LD wins over meta tags, which win over
/// markup in the page. Dates keep the page's own offset; `PublicationDateStage` weighs `<time>`
/// elements and looks further when none of these gives a publication date.
public struct MetadataStage: HTMLStage {
    public let name = "metadata"

    public init() {}

    public func run(_ page: HTMLPage) {
        var found = PageMetadata()
        page.document.root?.walk { node in
            guard node.isElement else { return false }
            switch node.name {
            case "script":
                if node.attribute("type")?.lowercased().contains("ld+json") == true {
                    if let value = try? JSONParser.parse(node.text) { found.readJSONLD(value) }
                }
                return false
            case "meta": found.readMeta(node)
            case "link":
                if node.attribute("rel")?.lowercased() == "canonical", let href = node.attribute("href") { found.canonical = found.canonical ?? href }
            case "html":
                found.language = node.attribute("lang") ?? node.attribute("xml:lang")
            case "h1":
                if found.firstHeading == nil { found.firstHeading = InlineText(page: page).of(node) }
            default: break
            }
            if let property = node.attribute("itemprop") { found.readItemprop(property, node, page: page) }
            return true
        }
        found.apply(to: &page.article)
    }
}

/// Metadata as found, by source, before choosing.
struct PageMetadata {
    var jsonLD: [String: String] = [:]
    var jsonLDAuthors: [String] = []
    var meta: [String: String] = [:]
    var metaAuthors: [String] = []
    var itemprop: [String: String] = [:]
    var itempropAuthors: [String] = []
    var canonical: String?
    var language: String?
    var firstHeading: String?

    private static let articleTypes: Set<String> = [
        "newsarticle", "article", "reportagenewsarticle", "blogposting", "analysisnewsarticle", "opinionnewsarticle",
        "reviewnewsarticle", "backgroundnewsarticle", "livebloggosting", "liveblogposting", "scholarlyarticle",
        "techarticle", "report", "socialmediaposting", "askpublicnewsarticle", "satiricalarticle",
    ]

    /// JSON-LD types whose dates are not the page's.
    private static let notThePage: Set<String> = [
        "videoobject", "imageobject", "audioobject", "mediaobject", "comment", "event", "product", "review", "offer",
        "person", "organization", "question", "answer", "recipe", "podcastepisode", "clip",
    ]

    mutating func readJSONLD(_ value: JSONValue) {
        switch value {
        case .array(let items): items.forEach { readJSONLD($0) }
        case .object(let object):
            if let graph = object["@graph"] { readJSONLD(graph) }
            let types: [String] = object["@type"].map { type in
                type.arrayValue?.compactMap(\.stringValue) ?? [type.stringValue].compactMap { $0 }
            } ?? []
            if types.contains(where: { Self.articleTypes.contains($0.lowercased()) }) {
                readArticle(object)
            } else if !types.contains(where: { Self.notThePage.contains($0.lowercased()) }), jsonLD["otherDatePublished"] == nil,
                let date = (object["datePublished"] ?? object["dateCreated"])?.stringValue?.trimmed, !date.isEmpty
            {
                jsonLD["otherDatePublished"] = date
            }
            if let main = object["mainEntity"] ?? object["mainEntityOfPage"], main.objectValue?["@type"] != nil { readJSONLD(main) }
        default: break
        }
    }

    private mutating func readArticle(_ object: JSONObject) {
        func set(_ key: String, _ value: String?) {
            guard let value = value?.trimmed, !value.isEmpty, jsonLD[key] == nil else { return }
            jsonLD[key] = value
        }
        set("headline", object["headline"]?.stringValue ?? object["name"]?.stringValue)
        set("description", object["description"]?.stringValue)
        set("datePublished", object["datePublished"]?.stringValue ?? object["dateCreated"]?.stringValue)
        set("dateModified", object["dateModified"]?.stringValue)
        set("section", object["articleSection"]?.stringValue ?? object["articleSection"]?.arrayValue?.first?.stringValue)
        set("language", object["inLanguage"]?.stringValue)
        set("image", Self.url(of: object["image"]))
        set("url", object["url"]?.stringValue)
        if jsonLDAuthors.isEmpty { jsonLDAuthors = Self.names(of: object["author"] ?? object["creator"]) }
    }

    private static func url(of value: JSONValue?) -> String? {
        switch value {
        case .string(let url): return url
        case .object(let object): return object["url"]?.stringValue ?? object["contentUrl"]?.stringValue
        case .array(let items): return items.lazy.compactMap { url(of: $0) }.first
        default: return nil
        }
    }

    private static func names(of value: JSONValue?) -> [String] {
        switch value {
        case .string(let name): return name.trimmed.isEmpty || name.hasPrefix("http") ? [] : [name.trimmed]
        case .object(let object): return names(of: object["name"])
        case .array(let items): return items.flatMap { names(of: $0) }
        default: return []
        }
    }

    mutating func readMeta(_ node: HTMLNode) {
        guard let key = (node.attribute("property") ?? node.attribute("name") ?? node.attribute("itemprop"))?.lowercased(),
            let content = node.attribute("content")?.trimmed, !content.isEmpty
        else { return }
        if key == "author" || key == "article:author" || key == "dc.creator" || key == "sailthru.author" || key == "parsely-author" {
            if !content.hasPrefix("http"), !metaAuthors.contains(content) { metaAuthors.append(content) }
        }
        if meta[key] == nil { meta[key] = content }
    }

    mutating func readItemprop(_ property: String, _ node: HTMLNode, page: HTMLPage) {
        guard node.name != "meta" else { return }
        let value = node.attribute("content") ?? node.attribute("datetime") ?? InlineText(page: page).of(node)
        switch property {
        case "author":
            let name = node.elementChildren.isEmpty ? value : (findNameProp(node, page: page) ?? value)
            if !name.isEmpty, name.count < 80, !itempropAuthors.contains(name) { itempropAuthors.append(name) }
        case "datePublished", "dateModified", "headline", "description":
            if itemprop[property] == nil { itemprop[property] = value }
        default: break
        }
    }

    private func findNameProp(_ node: HTMLNode, page: HTMLPage) -> String? {
        var name: String?
        node.walk { child in
            if name == nil, child.isElement, child.attribute("itemprop") == "name" {
                name = child.attribute("content") ?? InlineText(page: page).of(child)
            }
            return name == nil
        }
        return name
    }

    func apply(to article: inout Article) {
        func first(_ values: String?...) -> String? { values.lazy.compactMap { $0?.trimmed }.first { !$0.isEmpty } }
        let stated = first(jsonLD["headline"], meta["og:title"], meta["twitter:title"], itemprop["headline"]).map(InlineText.tidy)
        article.headline = Self.headline(stated: stated, visible: firstHeading.map(InlineText.tidy))
        article.description = first(jsonLD["description"], meta["og:description"], meta["description"], meta["twitter:description"], itemprop["description"]).map(InlineText.tidy)
        article.authors = [jsonLDAuthors, metaAuthors, itempropAuthors].lazy.map(Self.people).first { !$0.isEmpty } ?? []
        article.datePublished = Self.publishedKeys.lazy.compactMap { key -> String? in
            switch key {
            case "@jsonld": return jsonLD["datePublished"]
            case "@itemprop": return itemprop["datePublished"]
            case "@jsonld-other": return jsonLD["otherDatePublished"]
            default: return meta[key]
            }
        }.compactMap(Self.isoDate).first
        article.dateModified = [jsonLD["dateModified"], meta["article:modified_time"], meta["og:updated_time"], itemprop["dateModified"]]
            .lazy.compactMap { $0.flatMap(Self.isoDate) }.first
        article.section = first(jsonLD["section"], meta["article:section"])
        article.language = first(jsonLD["language"], language, meta["og:locale"].map { $0.replacingOccurrences(of: "_", with: "-") })
        if let image = first(jsonLD["image"], meta["og:image"], meta["twitter:image"]) { article.image = ArticleImage(url: image) }
        if article.source.url == nil { article.source.url = first(canonical, meta["og:url"], jsonLD["url"]) }
    }

    /// Where a publication date is looked for, best first: JSON-LD, the meta names publishers
    /// and their CMSs use for the first publication, `itemprop=datePublished` in the page, then
    /// a `datePublished` in JSON-LD of another type (a `WebPage`), then generic `date` names.
    /// Modification dates are never taken for it.
    static let publishedKeys: [String] = [
        "@jsonld", "article:published_time", "og:article:published_time", "og:published_time", "article:published",
        "datepublished", "@itemprop", "article.published", "article_date_original", "publication_date", "publication-date",
        "publish_date", "publish-date", "published_date", "published-date", "publishdate", "pubdate", "pub_date",
        "date_published", "originalpublicationdate", "cxenseparse:recs:publishtime", "rnews:datepublished",
        "shareaholic:article_published_time", "parsely-pub-date", "sailthru.date", "dc.date.issued", "dcterms.issued",
        "dc.date.created", "dcterms.created", "citation_publication_date", "citation_online_date", "citation_date",
        "release_date", "@jsonld-other", "date", "dc.date", "dcterms.date", "dc:date",
    ]

    /// The headline readers see: the page's `<h1>` when it is about the same story as the
    /// metadata headline (social titles are often reworded or carry " | Section"), else the
    /// metadata headline (an `<h1>` can be the site's name).
    static func headline(stated: String?, visible: String?) -> String? {
        guard let visible, !visible.isEmpty else { return stated }
        guard let stated else { return visible }
        let statedWords = Set(stated.lowercased().words.map { $0.filter { $0.isLetter || $0.isNumber } }.filter { !$0.isEmpty })
        let visibleWords = Set(visible.lowercased().words.map { $0.filter { $0.isLetter || $0.isNumber } }.filter { !$0.isEmpty })
        let shared = statedWords.intersection(visibleWords).count
        let smaller = min(statedWords.count, visibleWords.count)
        return smaller > 0 && shared * 2 >= smaller && visibleWords.count >= 3 ? visible : stated
    }

    /// The people among author names as pages give them: "By " dropped, agencies, desks and
    /// outlets ("Reuters", "Editorial", "BBC News", "Staff") left out, as in text bylines.
    static func people(_ names: [String]) -> [String] {
        var people: [String] = []
        for name in names {
            var text = name.trimmed
            if text.lowercased().hasPrefix("by ") { text = String(text.dropFirst(3)).trimmed }
            for person in Byline.parse("By " + text)?.authors ?? [] where !people.contains(person) {
                people.append(person)
            }
        }
        return people
    }

    /// An ISO 8601 date as the page wrote it (offset kept), or a date in another common form;
    /// nil for a date no page could have been published on (before 1995, or in the future).
    static func isoDate(_ text: String) -> String? {
        guard let date = DateScanner.machineDate(text), DateScanner.isPlausible(date) else { return nil }
        return date.iso
    }
}
