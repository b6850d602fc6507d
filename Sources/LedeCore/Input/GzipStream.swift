#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif
import CZlib

/// A file's bytes, read 64 KB at a time, inflated member after member when the file starts with
/// gzip's magic number. A Common Crawl `.warc.gz` is thousands of gzip members (one per
/// record) and many gigabytes, so neither the file nor its decompressed text is held whole.
///
/// A bad member throws once; reading then goes on at the next gzip magic number, so one
/// corrupt record does not cost the rest of the file. Bytes between members (padding) are
/// skipped silently, as `gzip -d` does with trailing zeros.
///
/// The bytes not yet used are `buffer[position...]`: a reader looks at them, moves
/// `position`, and calls `fill` for more.
final class ByteStream {
    static let chunkSize = 64 * 1024
    private(set) var buffer: [UInt8] = []
    var position = 0
    /// True when the last error came from the file or its gzip data, not from what it holds.
    private(set) var failed = false
    private let descriptor: Int32
    private let closesDescriptor: Bool
    private var raw: [UInt8]
    private var rawStart = 0
    private var rawAtEnd: Bool
    private var sniffed = false
    private var inflater: MemberInflater?
    private var betweenMembers = true
    /// Set by a bad member: a false magic number met while looking for the next member
    /// fails before producing anything, and is skipped without a second error.
    private var resyncing = false
    private var producedInMember = 0

    /// Reads `descriptor` until its end; closes it on release when `closesDescriptor`.
    init(descriptor: Int32, closesDescriptor: Bool) {
        self.descriptor = descriptor
        self.closesDescriptor = closesDescriptor
        raw = []
        rawAtEnd = false
    }

    /// Bytes already in memory.
    init(bytes: [UInt8]) {
        descriptor = -1
        closesDescriptor = false
        raw = bytes
        rawAtEnd = true
    }

    deinit { if closesDescriptor { close(descriptor) } }

    /// Drops the used bytes and appends the next ones (at most 64 KB); false at the end.
    func fill() throws(InputError) -> Bool {
        buffer.removeSubrange(0..<position)
        position = 0
        failed = false
        do throws(InputError) {
            return try pull(into: &buffer)
        } catch {
            failed = true
            throw error
        }
    }

    /// True once `count` bytes are buffered, false when the file ends first.
    func ensure(_ count: Int) throws(InputError) -> Bool {
        while buffer.count - position < count {
            guard try fill() else { return false }
        }
        return true
    }

    /// Hands the next `length` bytes to `body` a chunk at a time, so the buffer stays small
    /// however large the record; returns how many were missing when the file ended first.
    func consume(_ length: Int, _ body: (ArraySlice<UInt8>) -> Void) throws(InputError) -> Int {
        var left = length
        while left > 0 {
            if position == buffer.count, try !fill() { return left }
            let count = min(left, buffer.count - position)
            body(buffer[position..<(position + count)])
            position += count
            left -= count
        }
        return 0
    }

    /// Forgets the buffered bytes: what remained of a bad gzip member.
    func dropBuffer() {
        buffer.removeAll(keepingCapacity: true)
        position = 0
    }

    private func pull(into output: inout [UInt8]) throws(InputError) -> Bool {
        if !sniffed {
            sniffed = true
            while raw.count - rawStart < 2, !rawAtEnd { try refill() }
            if Gzip.isCompressed(Array(raw[rawStart...].prefix(2))) { inflater = try MemberInflater() }
        }
        guard let inflater else {
            while rawStart == raw.count {
                guard !rawAtEnd else { return false }
                try refill()
            }
            let end = min(raw.count, rawStart + Self.chunkSize)
            output.append(contentsOf: raw[rawStart..<end])
            rawStart = end
            return true
        }
        while true {
            if betweenMembers {
                guard try seekMagic() else { return false }
                inflater.reset()
                betweenMembers = false
                producedInMember = 0
            }
            let before = output.count
            let (consumed, status) = inflater.inflate(raw[rawStart..<min(raw.count, rawStart + (1 << 20))], into: &output)
            rawStart += consumed
            producedInMember += output.count - before
            switch status {
            case Z_STREAM_END:
                betweenMembers = true
                resyncing = false
            case Z_OK where consumed > 0 || output.count > before, Z_BUF_ERROR where consumed > 0 || output.count > before:
                break
            case Z_BUF_ERROR where rawStart == raw.count && !rawAtEnd:
                try refill()
            case Z_BUF_ERROR where rawStart == raw.count:
                try fail("the gzip member ends early (a truncated file)")
            default:
                if consumed == 0, rawStart < raw.count { rawStart += 1 }
                try fail("invalid gzip data: \(inflater.message ?? "status \(status)")")
            }
            if output.count > before { return true }
        }
    }

    /// Gives up on the current member and throws, unless this is a false magic number met
    /// while resynchronising (nothing came out of it).
    private func fail(_ message: String) throws(InputError) {
        let quiet = resyncing && producedInMember == 0
        betweenMembers = true
        resyncing = true
        if !quiet { throw InputError(.badGzip, message) }
    }

    /// Moves to the next gzip magic number; false when the file ends first.
    private func seekMagic() throws(InputError) -> Bool {
        while true {
            var index = rawStart
            while index + 1 < raw.count {
                if raw[index] == 0x1F, raw[index + 1] == 0x8B {
                    rawStart = index
                    return true
                }
                index += 1
            }
            rawStart = raw.last == 0x1F ? raw.count - 1 : raw.count
            guard !rawAtEnd else { return false }
            try refill()
        }
    }

    /// Drops what was used and appends one chunk read from the descriptor.
    private func refill() throws(InputError) {
        raw.removeSubrange(0..<rawStart)
        rawStart = 0
        var chunk = [UInt8](repeating: 0, count: Self.chunkSize)
        while true {
            let count = chunk.withUnsafeMutableBytes { read(descriptor, $0.baseAddress, $0.count) }
            if count < 0, errno == EINTR { continue }
            if count < 0 {
                rawAtEnd = true
                throw InputError(.unreadable, String(cString: strerror(errno)))
            }
            if count == 0 { rawAtEnd = true } else { raw.append(contentsOf: chunk[0..<count]) }
            return
        }
    }
}
