/// Takes out lines that are page furniture, not article text: image prompts, advertisement
/// markers, share and follow prompts, newsletter boxes, related links, navigation, copyright.
///
/// Runs first, so such a line never becomes a headline or a paragraph. Each removed line goes
/// to `removed` with the reason of the rule that matched.
public struct ArtefactStage: TextStage {
    public let name = "artefacts"

    /// A whole-line pattern and the reason recorded for lines it matches.
    struct Rule {
        let reason: String
        let pattern: Pattern
        init(_ reason: String, _ pattern: String) {
            self.reason = reason
            self.pattern = Pattern("^[\\[(]?(?:" + pattern + ")[\\])]?[.!:]?$")
        }
    }

    static let rules: [Rule] = [
        Rule("image enlarge prompt", #"(?:click|tap)(?: here)? to (?:enlarge|expand|zoom)(?: (?:the )?(?:image|photo|picture))?|enlarge (?:this )?(?:image|photo)|(?:view|see) (?:full|larger) (?:image|size)|expand image"#),
        Rule("image gallery label", #"(?:image|photo|picture|video) \d+ of \d+|(?:open|view) (?:image )?gallery(?: \d+ (?:photos|images))?"#),
        Rule("advertisement", #"advertisement|advert|ad|sponsored(?: content)?|(?:story|article) continues (?:below|after)(?: (?:this )?advertisement)?|scroll to continue(?: with content)?|continue reading(?: the main story| below)?"#),
        Rule("share prompt", #"share(?: this)?(?: article| story| page| post)?(?: on (?:facebook|twitter|x|whatsapp|linkedin|reddit|email))?(?: \(\d+ comments?\))?|share via .{1,40}|tweet(?: this)?|copy link|print(?: this (?:article|page))?|email(?: this (?:article|story))?|(?:facebook|twitter|whatsapp|linkedin|reddit|telegram|pinterest|messenger)"#),
        Rule("follow prompt", #"(?:follow|like|join) us on (?:twitter|x|facebook|instagram|telegram|youtube|tiktok|linkedin|whatsapp|bluesky|threads)\b.{0,120}"#),
        Rule("newsletter prompt", #"(?:sign up|subscribe|register)(?: now| today| here)?(?: (?:for|to) (?:our|the|a) .{0,60})?|get (?:our|the) .{0,40}newsletter.{0,60}|.{0,60}newsletter sign[- ]?up.{0,40}"#),
        Rule("related link", #"(?:read more|read also|also read|related|see also|more on this story|recommended|read next|more from .{1,40}|watch|listen|related articles?|related stories)(?:\s*[\-–—:]\s*.{0,200})?"#),
        Rule("navigation", #"skip to (?:main )?content|back to top|loading\.\.\.|loading…|listen to (?:this )?article(?: \d+ min(?:utes)?)?|(?:\d+ )?comments?(?: \(\d+\))?|(?:open|close) (?:menu|search)|menu|home|search"#),
        Rule("copyright notice", #"(?:©|\(c\)\s*\d{4}|copyright\s*(?:©|\(c\)|\d{4})).{0,150}|.{0,150}\ball rights reserved"#),
    ]

    public init() {}

    public func run(_ document: inout TextDocument) {
        for index in document.lines.indices where document.lines[index].role == nil {
            let text = document.lines[index].text
            guard text.count <= 260, let rule = Self.rules.first(where: { $0.pattern.matches(text) }) else { continue }
            document.remove(index, reason: rule.reason, by: name)
        }
    }
}
