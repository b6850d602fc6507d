import CZlib

/// Gzip decompression through the system zlib.
public enum Gzip {
    /// True when the bytes start with the gzip magic number.
    public static func isCompressed(_ bytes: [UInt8]) -> Bool {
        bytes.count >= 2 && bytes[0] == 0x1F && bytes[1] == 0x8B
    }

    /// Decompresses a whole gzip stream (concatenated members included).
    public static func decompress(_ bytes: [UInt8]) throws(InputError) -> [UInt8] {
        let inflater = try Inflater()
        return try inflater.inflate(bytes)
    }
}

/// Owns one zlib `z_stream`, released in `deinit`.
private final class Inflater {
    private var stream = z_stream()

    init() throws(InputError) {
        let status = lede_inflate_init(&stream)
        guard status == Z_OK else { throw InputError(.badGzip, "zlib could not start (status \(status))") }
    }

    deinit { inflateEnd(&stream) }

    func inflate(_ input: [UInt8]) throws(InputError) -> [UInt8] {
        var output: [UInt8] = []
        output.reserveCapacity(input.count * 4)
        var chunk = [UInt8](repeating: 0, count: 64 * 1024)
        var consumed = 0
        while true {
            let status: Int32 = input.withUnsafeBufferPointer { inputBuffer in
                chunk.withUnsafeMutableBufferPointer { chunkBuffer in
                    stream.next_in = UnsafeMutablePointer(mutating: inputBuffer.baseAddress.map { $0 + consumed })
                    stream.avail_in = UInt32(input.count - consumed)
                    stream.next_out = chunkBuffer.baseAddress
                    stream.avail_out = UInt32(chunkBuffer.count)
                    let status = CZlib.inflate(&stream, Z_NO_FLUSH)
                    consumed = input.count - Int(stream.avail_in)
                    return status
                }
            }
            output.append(contentsOf: chunk[0..<(chunk.count - Int(stream.avail_out))])
            switch status {
            case Z_STREAM_END:
                // Another gzip member may follow (as `cat a.gz b.gz` makes).
                guard consumed < input.count, Gzip.isCompressed(Array(input[consumed...].prefix(2))) else { return output }
                inflateReset(&stream)
            case Z_OK:
                if consumed == input.count && stream.avail_out != 0 {
                    throw InputError(.badGzip, "gzip data ends before the end of the stream")
                }
            case Z_BUF_ERROR where consumed == input.count:
                throw InputError(.badGzip, "gzip data ends before the end of the stream")
            default:
                let reason = stream.msg.map { String(cString: $0) } ?? "status \(status)"
                throw InputError(.badGzip, "invalid gzip data: \(reason)")
            }
        }
    }
}

/// One zlib `z_stream` inflating a gzip file piece by piece and member by member (`reset`
/// between members), for `ByteStream`; released in `deinit`.
final class MemberInflater {
    private var stream = z_stream()
    private var chunk = [UInt8](repeating: 0, count: 64 * 1024)

    init() throws(InputError) {
        let status = lede_inflate_init(&stream)
        guard status == Z_OK else { throw InputError(.badGzip, "zlib could not start (status \(status))") }
    }

    deinit { inflateEnd(&stream) }

    /// zlib's reason for the last error.
    var message: String? { stream.msg.map { String(cString: $0) } }

    func reset() { inflateReset(&stream) }

    /// Inflates from `input` into `output` until the input is used, 64 KB came out, or the
    /// member ended; returns the input bytes used and zlib's status.
    func inflate(_ input: ArraySlice<UInt8>, into output: inout [UInt8]) -> (consumed: Int, status: Int32) {
        let status: Int32 = input.withUnsafeBufferPointer { inputBuffer in
            chunk.withUnsafeMutableBufferPointer { chunkBuffer in
                stream.next_in = UnsafeMutablePointer(mutating: inputBuffer.baseAddress)
                stream.avail_in = UInt32(inputBuffer.count)
                stream.next_out = chunkBuffer.baseAddress
                stream.avail_out = UInt32(chunkBuffer.count)
                return CZlib.inflate(&stream, Z_NO_FLUSH)
            }
        }
        output.append(contentsOf: chunk[0..<(chunk.count - Int(stream.avail_out))])
        return (input.count - Int(stream.avail_in), status)
    }
}
