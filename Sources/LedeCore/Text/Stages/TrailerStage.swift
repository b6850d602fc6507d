/// Moves the lines that close an article without being part of it into `notes`:
/// "Agencies contributed to this story.", "Additional reporting by …", "Follow her on Twitter: @…",
/// "This article was originally published …".
///
/// Only the run of such lines at the end counts, so a body sentence that happens to match
/// earlier in the text stays where it is.
public struct TrailerStage: TextStage {
    public let name = "trailers"

    static let patterns = [
        #"(?:agencies|staff|[\p{L}.'’-]+(?: [\p{L}.'’-]+){0,6}) contributed (?:to )?(?:this|the) (?:story|report|article|reporting)\.?"#,
        #"\(?(?:additional|further)? ?reporting by .{2,200}"#,
        #"\(?(?:editing|edited|writing|written|compiled|translated|adapted|produced) by .{2,200}"#,
        #"[—–-]?\s*with assistance (?:from|by) .{2,200}"#,
        #"this (?:article|story|piece|report|interview) (?:was|is|has been|first appeared|originally appeared) .{2,200}"#,
        #"a version of this (?:article|story) .{2,200}"#,
        #"(?:contact|email|e-mail|reach) (?:the )?(?:author|reporter|writer)s?(?: at|:) .{2,120}"#,
        #"the views expressed (?:in this article )?are .{2,200}"#,
        #"correction:? .{2,300}"#,
    ].map { Pattern("^" + $0 + "$") } + [
        // Case-sensitive, since under ICU's case-insensitive mode \p{Lu} also matches lowercase
        // letters, and "Follow us on Twitter" is the outlet's prompt, not the author's.
        Pattern(#"^(?i:follow)\s+(?:(?i:him|her|them|me)|\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*){0,3})\s+(?i:on)\s+"#
            + #"(?i:twitter|x|instagram|facebook|linkedin|mastodon|bluesky|threads)\b.{0,80}$"#, caseInsensitive: false),
    ]

    public init() {}

    public func run(_ document: inout TextDocument) {
        var trailers: [Int] = []
        for index in document.lines.indices.reversed() {
            switch document.lines[index].role {
            case nil where Self.isTrailer(document.lines[index].text): trailers.append(index)
            case nil: return finish(trailers, in: &document)
            default: continue
            }
        }
        finish(trailers, in: &document)
    }

    private func finish(_ trailers: [Int], in document: inout TextDocument) {
        // Never take the whole text: a one-line input that reads like a trailer is still the article.
        guard trailers.count < document.unclaimed.count else { return }
        for index in trailers.reversed() {
            document.claim(index, as: .trailer)
            document.article.notes.append(document.lines[index].text)
        }
    }

    static func isTrailer(_ line: String) -> Bool {
        line.count <= 320 && patterns.contains { $0.matches(line) }
    }
}
