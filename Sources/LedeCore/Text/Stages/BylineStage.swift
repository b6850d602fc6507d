/// Reads byline lines in the header (`By Jane Doe and John Roe`, `By Jane Doe, Reuters`)
/// into `authors`. What a byline says besides names (agency, role, place) is recorded in
/// `removed`, since it does not appear anywhere else in the output.
public struct BylineStage: TextStage {
    public let name = "byline"

    public init() {}

    public func run(_ document: inout TextDocument) {
        for case .byline(let byline) in document.claimHeaderFields() {
            for author in byline.authors where !document.article.authors.contains(author) {
                document.article.authors.append(author)
            }
            for affiliation in byline.affiliations {
                document.article.removed.append(Removal(text: affiliation, reason: "byline affiliation", by: name))
            }
        }
    }
}
