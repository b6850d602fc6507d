/// Takes out lines that are page furniture, not article text: image prompts, advertisement
/// markers, share and follow prompts, newsletter boxes, related links, navigation, copyright.
///
/// Runs first, so such a line never becomes a headline or a paragraph. Each removed line goes
/// to `removed` with the reason of the rule that matched.
public struct ArtefactStage: TextStage {
    public let name = "artefacts"

    /// A whole-line pattern (without capturing groups) and the reason recorded for lines it matches.
    struct Rule {
        let reason: String
        let pattern: String
        init(_ reason: String, _ pattern: String) {
            self.reason = reason
            self.pattern = pattern
        }
    }

    static let rules: [Rule] = [
        Rule("image enlarge prompt", #"(?:click|tap)(?: here)? to (?:enlarge|expand|zoom)(?: (?:the )?(?:image|photo|picture))?|enlarge (?:this )?(?:image|photo)|(?:view|see) (?:full|larger) (?:image|size)|expand image"#),
        Rule("image gallery label", #"(?:image|photo|picture|video) \d+ of \d+|(?:open|view) (?:image )?gallery(?: \d+ (?:photos|images))?"#),
        Rule("advertisement", #"advertisement|advert|ad|sponsored(?: content)?|(?:story|article) continues (?:below|after)(?: (?:this )?advertisement)?|scroll to continue(?: with content)?|continue reading(?: the main story| below)?"#),
        Rule("share prompt", #"like this:?|like loading\.{0,3}|like this (?:story|article|post)\?.{0,60}|share(?: this)?(?: article| story| page| post)?(?: on (?:facebook|twitter|x|whatsapp|linkedin|reddit|email))?(?: \(\d+ comments?\))?|share via .{1,40}|tweet(?: this)?|copy link|print(?: this (?:article|page))?|email(?: this (?:article|story))?|(?:facebook|twitter|whatsapp|linkedin|reddit|telegram|pinterest|messenger)"#),
        Rule("follow prompt", #"(?:follow|like|join) us on (?:twitter|x|facebook|instagram|telegram|youtube|tiktok|linkedin|whatsapp|bluesky|threads)\b.{0,120}"#),
        Rule("newsletter prompt", #"(?:sign up|subscribe|register)(?: now| today| here)?(?: (?:for|to) (?:our|the|a) .{0,60})?|get (?:our|the) .{0,40}newsletter.{0,60}|.{0,60}newsletter sign[- ]?up.{0,40}"#),
        Rule("related link", #"(?:read more|read also|also read|related|see also|more on this story|recommended|read next|more from .{1,40}|watch|listen|related articles?|related stories|don[’']t miss|must read|you (?:may|might) also like|top stories|more stories|trending(?: now)?|also on [\w.-]+\.\w{2,}\b.{0,200})(?:\s*[\-–—:]\s*.{0,200})?"#),
        Rule("navigation", #"skip to (?:main )?content|back to top|loading\.\.\.|loading…|caption|close|previous|next|prev|this slideshow requires javascript|listen to (?:this )?article(?: \d+ min(?:utes)?)?|(?:\d+ )?comments?(?: \(\d+\))?|(?:open|close) (?:menu|search)|menu|home|search"#),
        Rule("tag list", #"(?:tags|tagged(?: with)?|topics|keywords)(?:\s*[:\n–-]\s*.{0,300})?"#),
        Rule("copyright notice", #"(?:©|\(c\)\s*\d{4}|copyright\s*(?:©|\(c\)|\d{4})).{0,150}|.{0,150}\ball rights reserved"#),
    ]

    /// All rules in one pattern, one capturing group each, so a line costs one match.
    static let combined = Pattern("^[\\[(]?(?:" + rules.map { "(" + $0.pattern + ")" }.joined(separator: "|") + ")[\\])]?[.!:]?$")

    /// The words a line matching some rule can start with (after an opening bracket), and
    /// the phrases a rule can find later in a line: a cheap test that spares most body lines
    /// the regular expression. `ArtefactStageTests` checks a sample line of every rule.
    static let openingWords: Set<String> = [
        "click", "tap", "enlarge", "view", "see", "expand", "image", "photo", "picture", "video", "open",
        "advertisement", "advert", "ad", "sponsored", "story", "article", "scroll", "continue", "share", "tweet",
        "copy", "print", "email", "facebook", "twitter", "whatsapp", "linkedin", "reddit", "telegram", "pinterest",
        "messenger", "follow", "like", "join", "sign", "subscribe", "register", "get", "read", "also", "related",
        "more", "recommended", "watch", "listen", "skip", "back", "loading", "comment", "comments", "menu", "home",
        "search", "copyright", "c", "all", "caption", "close", "previous", "next", "prev", "this", "don", "must",
        "you", "top", "trending", "tags", "tagged", "topics", "keywords",
    ]

    static func mightMatch(_ text: String) -> Bool {
        let start = text.drop { $0 == "[" || $0 == "(" }
        guard let first = start.first else { return false }
        if first.isNumber || first == "©" { return true }
        if openingWords.contains(start.prefix { $0.isLetter }.lowercased()) { return true }
        return text.utf8.containsASCII(caseInsensitive: "newsletter") || text.utf8.containsASCII(caseInsensitive: "rights reserved")
    }

    public init() {}

    public func run(_ document: inout TextDocument) {
        for index in document.lines.indices where document.lines[index].role == nil {
            guard let reason = Self.reason(for: document.lines[index].text) else { continue }
            document.remove(index, reason: reason, by: name)
        }
    }

    /// The reason of the rule a whole line matches, or nil when the line is not page furniture.
    /// The HTML boilerplate stage judges short blocks with the same rules.
    static func reason(for text: String) -> String? {
        guard text.utf8.count <= 1040, text.count <= 260, mightMatch(text), let groups = combined.groups(text),
            let rule = groups.dropFirst().firstIndex(where: { $0 != nil })
        else { return nil }
        return rules[rule - 1].reason
    }
}
