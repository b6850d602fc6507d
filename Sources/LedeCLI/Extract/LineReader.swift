#if canImport(Glibc)
    import Glibc
#endif

/// Reads a file descriptor line by line in 64 KB chunks, so a 10 GB JSON Lines stream takes
/// the memory of its longest line, not of the stream.
final class LineReader {
    private let descriptor: Int32
    private let closesDescriptor: Bool
    private var buffer: [UInt8]
    private var start = 0
    private var atEnd = false

    /// Reads `descriptor`, after the bytes already taken from it (`prefix`).
    init(descriptor: Int32, prefix: [UInt8] = [], closesDescriptor: Bool = false) {
        self.descriptor = descriptor
        self.buffer = prefix
        self.closesDescriptor = closesDescriptor
    }

    /// Lines of bytes already in memory (a decompressed file).
    init(bytes: [UInt8]) {
        descriptor = -1
        closesDescriptor = false
        buffer = bytes
        atEnd = true
    }

    deinit { if closesDescriptor { close(descriptor) } }

    /// The next line without its line end, or nil at the end.
    func nextLine() -> ArraySlice<UInt8>? {
        while true {
            if let newline = buffer[start...].firstIndex(of: UInt8(ascii: "\n")) {
                var line = buffer[start..<newline]
                if line.last == UInt8(ascii: "\r") { line = line.dropLast() }
                start = newline + 1
                return line
            }
            if atEnd {
                guard start < buffer.count else { return nil }
                let line = buffer[start...]
                start = buffer.count
                return line
            }
            fill()
        }
    }

    private func fill() {
        if start > 0 {
            buffer.removeFirst(start)
            start = 0
        }
        var chunk = [UInt8](repeating: 0, count: 64 * 1024)
        let count = chunk.withUnsafeMutableBytes { read(descriptor, $0.baseAddress, $0.count) }
        if count <= 0 {
            atEnd = true
        } else {
            buffer.append(contentsOf: chunk[0..<count])
        }
    }

    /// Reads chunks until the first non-blank byte is known; returns it (nil for blank input).
    func firstNonBlankByte() -> UInt8? {
        while true {
            if let byte = buffer[start...].first(where: { ![0x20, 0x09, 0x0A, 0x0D, 0xEF, 0xBB, 0xBF].contains($0) }) { return byte }
            if atEnd { return nil }
            fill()
        }
    }

    /// Everything left, for an input that turned out not to be JSON Lines.
    func readAll() -> [UInt8] {
        while !atEnd { fill() }
        defer { start = buffer.count }
        return Array(buffer[start...])
    }
}
