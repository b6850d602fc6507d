import Foundation
@testable import LedeCore
import Testing

@Suite struct GzipTests {
    /// Compresses bytes with the system's `gzip`, so the test data comes from a real encoder.
    static func gzip(_ bytes: [UInt8]) throws -> [UInt8] {
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("lede-gzip-\(UUID().uuidString)")
        try Data(bytes).write(to: file)
        defer { try? FileManager.default.removeItem(at: file) }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/gzip")
        process.arguments = ["-c", "-n", file.path]
        let pipe = Pipe()
        process.standardOutput = pipe
        try process.run()
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        #expect(process.terminationStatus == 0)
        return [UInt8](data)
    }

    static let text = Array("Floods hit the valley\n\nThe river burst its banks on Thursday.\n".utf8)

    @Test func isCompressedChecksTheMagicNumber() throws {
        #expect(Gzip.isCompressed(try Self.gzip(Self.text)))
        #expect(Gzip.isCompressed([0x1F, 0x8B]))
        #expect(!Gzip.isCompressed([0x1F]))
        #expect(!Gzip.isCompressed([]))
        #expect(!Gzip.isCompressed(Self.text))
        #expect(!Gzip.isCompressed([0x8B, 0x1F, 0x08]))
    }

    @Test func roundTrip() throws {
        #expect(try Gzip.decompress(try Self.gzip(Self.text)) == Self.text)
    }

    @Test func emptyMemberRoundTrips() throws {
        #expect(try Gzip.decompress(try Self.gzip([])) == [])
    }

    @Test func largeInputSpansManyOutputChunks() throws {
        var bytes: [UInt8] = []
        for index in 0..<20_000 { bytes += Array("line \(index) of a long article\n".utf8) }
        #expect(bytes.count > 200 * 1024)
        #expect(try Gzip.decompress(try Self.gzip(bytes)) == bytes)
    }

    @Test func concatenatedMembersJoin() throws {
        let first = Array("first part\n".utf8)
        let second = Array("second part\n".utf8)
        let third = Array("third part\n".utf8)
        let joined = try Self.gzip(first) + Self.gzip(second) + Self.gzip(third)
        #expect(try Gzip.decompress(joined) == first + second + third)
    }

    @Test func trailingZeroPaddingIsIgnored() throws {
        #expect(try Gzip.decompress(try Self.gzip(Self.text) + [0, 0, 0, 0]) == Self.text)
    }

    @Test(arguments: [1, 4, 8, 20])
    func truncatedDataIsBadGzip(cut: Int) throws {
        let compressed = try Self.gzip(Self.text)
        let truncated = Array(compressed.dropLast(cut))
        let error = #expect(throws: InputError.self) { try Gzip.decompress(truncated) }
        #expect(error?.code == .badGzip)
    }

    @Test func truncatedToTheHalfIsBadGzip() throws {
        let compressed = try Self.gzip(Self.text)
        #expect(throws: InputError(.badGzip, "gzip data ends before the end of the stream")) {
            try Gzip.decompress(Array(compressed.prefix(compressed.count / 2)))
        }
    }

    @Test func truncatedSecondMemberIsBadGzip() throws {
        let second = try Self.gzip(Self.text)
        let joined = try Self.gzip(Self.text) + second.prefix(second.count - 5)
        let error = #expect(throws: InputError.self) { try Gzip.decompress(joined) }
        #expect(error?.code == .badGzip)
    }

    @Test func magicNumberAloneIsBadGzip() {
        let error = #expect(throws: InputError.self) { try Gzip.decompress([0x1F, 0x8B]) }
        #expect(error?.code == .badGzip)
    }

    @Test func emptyInputIsBadGzip() {
        let error = #expect(throws: InputError.self) { try Gzip.decompress([]) }
        #expect(error?.code == .badGzip)
    }

    @Test func corruptChecksumIsBadGzip() throws {
        var compressed = try Self.gzip(Self.text)
        compressed[compressed.count - 8] ^= 0xFF  // first byte of the CRC-32
        let error = #expect(throws: InputError.self) { try Gzip.decompress(compressed) }
        #expect(error?.code == .badGzip)
        #expect(error?.message == "invalid gzip data: incorrect data check")
    }

    @Test func notGzipAtAllIsBadGzip() {
        let error = #expect(throws: InputError.self) { try Gzip.decompress(Self.text) }
        #expect(error?.code == .badGzip)
    }
}
