#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Where a run's output goes: standard output, or a file written atomically.
///
/// A file is written to a temporary name beside it and renamed over the target only by
/// `commit()`, so a run that fails leaves an existing file untouched and never a half-written
/// one. The sink owns its descriptor and buffer; `deinit` closes it and removes an uncommitted
/// temporary file.
public final class OutputSink {
    private let descriptor: Int32
    private let target: String?
    private let temporary: String?
    private var buffer: [UInt8] = []
    private var committed = false
    private static let flushThreshold = 64 * 1024

    /// Standard output.
    public init() {
        descriptor = STDOUT_FILENO
        target = nil
        temporary = nil
    }

    /// A file, created through a temporary file in the same directory.
    public init(path: String) throws(RunFailure) {
        let slash = path.lastIndex(of: "/")
        let directory = slash.map { String(path[...$0]) } ?? ""
        let name = slash.map { String(path[path.index(after: $0)...]) } ?? path
        var template = Array("\(directory).\(name).lede-XXXXXX".utf8CString)
        let descriptor = template.withUnsafeMutableBufferPointer { mkstemp($0.baseAddress!) }
        guard descriptor >= 0 else {
            throw RunFailure(.aborted, "\(path): cannot write: \(String(cString: strerror(errno)))")
        }
        fchmod(descriptor, 0o644)
        self.descriptor = descriptor
        self.target = path
        self.temporary = template.withUnsafeBufferPointer { String(cString: $0.baseAddress!) }
    }

    deinit {
        guard let temporary else { return }
        close(descriptor)
        if !committed { unlink(temporary) }
    }

    public func write(_ text: String) throws(RunFailure) {
        buffer.append(contentsOf: text.utf8)
        if buffer.count >= Self.flushThreshold { try flush() }
    }

    public func flush() throws(RunFailure) {
        var offset = 0
        while offset < buffer.count {
            let written = buffer[offset...].withUnsafeBytes { Glibc.write(descriptor, $0.baseAddress, $0.count) }
            if written < 0 {
                if errno == EINTR { continue }
                throw RunFailure(.aborted, "\(target ?? "standard output"): cannot write: \(String(cString: strerror(errno)))")
            }
            offset += written
        }
        buffer.removeAll(keepingCapacity: true)
    }

    /// Flushes, and for a file makes it durable and moves it into place.
    public func commit() throws(RunFailure) {
        try flush()
        guard let target, let temporary else { return }
        guard fsync(descriptor) == 0, rename(temporary, target) == 0 else {
            throw RunFailure(.aborted, "\(target): cannot write: \(String(cString: strerror(errno)))")
        }
        committed = true
    }
}
