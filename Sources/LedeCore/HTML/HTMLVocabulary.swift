/// What lede knows about HTML elements and the class names pages give their furniture.
enum HTMLVocabulary {
    /// The groups below an element name belongs to, found once per name on a page (see
    /// `HTMLTree.categories`) so stages test a bit rather than hash the name.
    struct Categories: OptionSet {
        let rawValue: UInt8
        static let neverContent = Categories(rawValue: 1)
        static let blockLevel = Categories(rawValue: 2)
        static let heading = Categories(rawValue: 4)
        static let void = Categories(rawValue: 8)
    }

    static func categories(of name: String) -> Categories {
        var result: Categories = []
        if neverContent.contains(name) { result.insert(.neverContent) }
        if blockLevel.contains(name) { result.insert(.blockLevel) }
        if headings.contains(name) { result.insert(.heading) }
        if voidElements.contains(name) { result.insert(.void) }
        return result
    }

    /// Never content: code, styling, embedded media and form controls. (`form` itself is not
    /// here: some sites wrap the whole page in one.)
    static let neverContent: Set<String> = [
        "script", "style", "noscript", "template", "svg", "canvas", "iframe", "object", "embed", "video", "audio",
        "input", "button", "select", "textarea", "label", "nav", "head", "title", "meta", "link", "map", "dialog",
    ]

    /// Elements that start a new block when they appear inside text.
    static let blockLevel: Set<String> = [
        "address", "article", "aside", "blockquote", "body", "center", "dd", "details", "div", "dl", "dt", "fieldset",
        "figcaption", "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hgroup", "hr", "li",
        "main", "menu", "nav", "ol", "p", "pre", "section", "summary", "table", "tbody", "thead", "tfoot", "tr", "td",
        "th", "ul", "caption",
    ]

    static let headings: Set<String> = ["h1", "h2", "h3", "h4", "h5", "h6"]

    /// Elements that never have content or an end tag.
    static let voidElements: Set<String> = [
        "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param", "source", "track", "wbr",
        "keygen", "basefont", "bgsound", "frame",
    ]

    /// Class and id words of page furniture: share bars, related links, newsletter boxes,
    /// comments, cookie banners, ads, navigation. Matched as whole words of the attribute
    /// (split at spaces, `-` and `_`), never as substrings.
    static let noiseWords: Set<String> = [
        "share", "sharing", "social", "socials", "related", "recommended", "recommendations", "newsletter", "subscribe",
        "subscription", "comment", "comments", "cookie", "cookies", "consent", "banner", "advert", "advertisement",
        "ad", "ads", "adslot", "sponsor", "sponsored", "promo", "promotion", "sidebar", "breadcrumb", "breadcrumbs",
        "nav", "navbar", "navigation", "menu", "footer", "masthead", "popup", "modal", "overlay", "outbrain", "taboola",
        "widget", "toolbar", "tags", "tag", "author-bio", "byline", "print", "skip", "paywall", "signup", "login",
        "trending", "most-popular", "popular", "more-stories", "read-more", "readmore", "teaser", "disclaimer",
    ]

    static let noiseNames = ClassWordList(noiseWords)

    /// Class and id words that suggest the article itself.
    static let contentWords: Set<String> = [
        "article", "articlebody", "article-body", "body", "content", "entry", "main", "post", "story", "text",
        "blog", "page", "prose", "richtext", "rich-text",
    ]

    static let contentNames = ClassWordList(contentWords)

    /// The words of a class or id value: lowercase, split at spaces, `-` and `_`, plus the
    /// whole hyphenated tokens (`article-body`).
    static func words(of value: String) -> Set<String> {
        var value = value
        if let words = value.withUTF8(asciiWords) { return words }
        var words = Set<String>()
        for token in value.lowercased().split(whereSeparator: \.isWhitespace) {
            words.insert(String(token))
            for part in token.split(whereSeparator: { $0 == "-" || $0 == "_" }) { words.insert(String(part)) }
        }
        return words
    }

    /// `words(of:)` for ASCII values (nil for others), on bytes: pages carry long class lists,
    /// and splitting them as Characters was a good part of the noise stage.
    private static func asciiWords(_ bytes: UnsafeBufferPointer<UInt8>) -> Set<String>? {
        guard bytes.allSatisfy({ $0 < 0x80 }) else { return nil }
        let lowered = bytes.map { $0 >= 0x41 && $0 <= 0x5A ? $0 | 0x20 : $0 }
        var words = Set<String>()
        for token in lowered.split(whereSeparator: \.isASCIIWhiteSpace) {
            words.insert(String(decoding: token, as: UTF8.self))
            for part in token.split(whereSeparator: { $0 == UInt8(ascii: "-") || $0 == UInt8(ascii: "_") }) {
                words.insert(String(decoding: part, as: UTF8.self))
            }
        }
        return words
    }
}
