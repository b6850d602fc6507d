import LedeCore

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Messages for people on standard error, each line prefixed with `lede: `.
public enum Console {
    public static func error(_ message: String) {
        printError("lede: " + message)
    }

    /// Writes text to standard output as it is.
    public static func printOutput(_ text: String) {
        write(text, to: STDOUT_FILENO)
    }

    /// Writes text as it is, ending it with a newline.
    public static func printError(_ text: String) {
        write(text.hasSuffix("\n") ? text : text + "\n", to: STDERR_FILENO)
    }

    /// Writes text to standard error as it is (the progress line redraws itself).
    public static func printErrorRaw(_ text: String) {
        write(text, to: STDERR_FILENO)
    }

    private static func write(_ text: String, to descriptor: Int32) {
        DescriptorWriting.write(text, to: descriptor)
    }
}
