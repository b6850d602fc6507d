/// Reads date lines in the header (`08 February, 2018`, `Published: Feb 8, 2018 10:32 GMT`,
/// `Updated 9 Feb 2018`) into `datePublished` and `dateModified`.
public struct DatelineStage: TextStage {
    public let name = "dateline"

    /// A date label followed by a colon or by a number: "Published: …", "Updated 9 …".
    private static let labelledLine = Pattern(#"^(?:first\s+)?(?:published|posted|(?:last\s+)?updated|(?:last\s+)?modified)\b(?:\s*(?:on|at)?\s*:|.*\d)"#)

    public init() {}

    public func run(_ document: inout TextDocument) {
        for field in document.claimHeaderFields() {
            switch field {
            case .published(let date) where document.article.datePublished == nil:
                document.article.datePublished = date.iso
            case .modified(let date) where document.article.dateModified == nil:
                document.article.dateModified = date.iso
            default:
                break
            }
        }
        // A labelled line that did not parse is worth a finding: likely a date format lede does not know.
        for index in document.headerZone where Self.labelledLine.matches(document.lines[index].text) {
            let text = document.lines[index].text
            if text.count <= 120 { document.report(name, "could not read the date in \"\(text)\"") }
        }
    }
}
