/// Reads a reading-time line in the header (`2 min read`, `Reading time: 4 minutes`) into
/// `readingTimeMinutes`.
public struct ReadingTimeStage: TextStage {
    public let name = "reading-time"

    public init() {}

    public func run(_ document: inout TextDocument) {
        for case .readingTime(let minutes) in document.claimHeaderFields() where document.article.readingTimeMinutes == nil {
            document.article.readingTimeMinutes = minutes
        }
    }
}
