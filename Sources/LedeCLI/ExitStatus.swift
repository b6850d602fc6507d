/// The exit statuses of `lede`, documented in the README.
public enum ExitStatus: Int32, Sendable {
    /// Every input became an article.
    case success = 0
    /// Some inputs failed; every other one was still written.
    case someInputsFailed = 1
    /// The command line was wrong; nothing was read or written.
    case usage = 2
    /// The run could not finish (the output could not be written); an existing output file is untouched.
    case aborted = 3
}

/// A failure that stops the whole run, as opposed to one input's `InputError`.
public struct RunFailure: Error, CustomStringConvertible {
    public let status: ExitStatus
    public let message: String
    public init(_ status: ExitStatus, _ message: String) {
        self.status = status
        self.message = message
    }
    public var description: String { message }
}
