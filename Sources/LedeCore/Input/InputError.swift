/// Why one input could not become an article (reading, extracting, or a plugin on it).
///
/// `code` is stable and machine-readable, so a run over 50,000 pages can group its failures;
/// `message` is for people. One input's error never stops the others.
public struct InputError: Error, Equatable, Sendable, CustomStringConvertible {
    public enum Code: String, Sendable, CaseIterable {
        /// The path does not exist.
        case notFound = "not-found"
        /// The input has no bytes, or only white space.
        case empty
        /// The input holds NUL bytes: an image, a PDF, an archive, ...
        case binary
        /// The input exists but could not be read (permissions, I/O).
        case unreadable
        /// A directory that holds no file lede reads.
        case emptyDirectory = "empty-directory"
        /// A `.gz` input that is not valid gzip data.
        case badGzip = "bad-gzip"
        /// The input is in a format this build cannot extract yet.
        case unsupportedFormat = "unsupported-format"
        /// A JSON Lines record that is not a JSON object with `html` or `text`.
        case badRecord = "bad-record"
        /// A plugin failed on this article (a Lua error, or a hook returned something invalid).
        case plugin
        /// A plugin ran out of its instruction or memory budget on this article.
        case budget
    }

    public let code: Code
    public let message: String

    public init(_ code: Code, _ message: String) {
        self.code = code
        self.message = message
    }

    public var description: String { message }
}
