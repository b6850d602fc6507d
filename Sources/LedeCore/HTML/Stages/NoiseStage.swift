/// Marks page furniture so later stages skip it: code and embeds, navigation, asides,
/// headers and footers, hidden elements, and elements whose class or id names a share bar,
/// related links, a newsletter box, comments, a cookie banner or an ad. By structure and
/// vocabulary, never by site.
public struct NoiseStage: HTMLStage {
    public let name = "noise"

    private static let structural: Set<String> = ["aside", "footer", "header"]
    private static let neverNoise: Set<String> = ["html", "body", "main", "article"]

    public init() {}

    public func run(_ page: HTMLPage) {
        let pageText = page.document.root.map(Self.textLength) ?? 0
        page.document.root?.walk { node in
            guard node.isElement else { return false }
            let name = node.name
            if node.is(.neverContent) || Self.isHidden(node) || Self.structural.contains(name) || Self.hasNoiseRole(node) {
                page.noise.insert(node)
                return false
            }
            // Furniture by class or id name, unless it holds most of the page's text: a
            // wrapper named "off-canvas--advertisement-pusher" can hold the whole article.
            if !Self.neverNoise.contains(name), Self.hasNoiseName(node), Self.textLength(node) * 5 < pageText * 2 {
                page.noise.insert(node)
                return false
            }
            return true
        }
    }

    /// Characters of visible text below a node (code and embeds left out), spaces not counted.
    static func textLength(_ node: HTMLNode) -> Int {
        var length = 0
        node.walk { child in
            if child.isText {
                length += child.withTextBytes { bytes in bytes.reduce(0) { $0 + ($1 > 0x20 ? 1 : 0) } }
                return false
            }
            return !child.is(.neverContent)
        }
        return length
    }

    static func isHidden(_ node: HTMLNode) -> Bool {
        if node.attribute("hidden") != nil || node.attribute("aria-hidden") == "true" { return true }
        guard let style = node.attribute("style")?.lowercased().filter({ !$0.isWhitespace }) else { return false }
        return style.contains("display:none") || style.contains("visibility:hidden")
    }

    /// An ARIA role of furniture: navigation, banner, complementary, footer, dialog.
    static func hasNoiseRole(_ node: HTMLNode) -> Bool {
        guard let role = node.attribute("role")?.lowercased() else { return false }
        return ["navigation", "banner", "complementary", "contentinfo", "dialog"].contains(role)
    }

    /// A class or id word of furniture, unless the same element also names content.
    static func hasNoiseName(_ node: HTMLNode) -> Bool {
        node.isNamed(by: HTMLVocabulary.noiseNames) && !node.isNamed(by: HTMLVocabulary.contentNames)
    }
}
