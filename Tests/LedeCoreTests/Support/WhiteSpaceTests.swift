@testable import LedeCore
import Testing

@Suite struct WhiteSpaceTests {
    @Test func scalarTestIsUnicodesProperty() {
        for value in UInt32(0)...0x10FFFF {
            guard let scalar = Unicode.Scalar(value) else { continue }
            #expect(scalar.isWhiteSpace == scalar.properties.isWhitespace, "U+\(String(value, radix: 16))")
        }
    }

    @Test func asciiByteTestIsCharactersTest() {
        for byte in UInt8(0)..<0x80 {
            #expect(byte.isASCIIWhiteSpace == Character(Unicode.Scalar(byte)).isWhitespace, "\(byte)")
        }
    }

    @Test func validityIsSwiftsValidation() {
        let samples: [[UInt8]] = [
            [], Array("plain".utf8), Array("café – 日本 🇩🇪".utf8), [0xFF], [0xC3], [0xE2, 0x80], [0xED, 0xA0, 0x80], [0xC0, 0xAF],
            [0xF4, 0x90, 0x80, 0x80], [0x61, 0x80, 0x62],
        ]
        for bytes in samples {
            let valid = bytes.withUnsafeBufferPointer(UTF8Scalars.isValid)
            #expect(valid == (String(validating: bytes, as: UTF8.self) != nil), "\(bytes)")
        }
    }

    @Test func scalarsDecodeAsSwiftDoes() {
        let text = "aé–日🇩"
        let decoded = Array(text.utf8).withUnsafeBufferPointer { bytes -> [Unicode.Scalar] in
            var scalars: [Unicode.Scalar] = []
            var start = 0
            while start < bytes.count {
                let length = UTF8Scalars.length(lead: bytes[start])
                scalars.append(UTF8Scalars.scalar(in: bytes, at: start, length: length))
                start += length
            }
            return scalars
        }
        #expect(decoded == Array(text.unicodeScalars))
    }

    @Test func trimmedKeepsFoundationsAnswer() {
        for text in ["a", "ab c", " a", "a ", "\u{A0}a\u{A0}", "\u{2003}b", "\tx\n", "x\u{3000}", "", "   ", "é", "a\u{301}"] {
            #expect(text.trimmed == text.trimmingCharacters(in: .whitespacesAndNewlines), "\(text.unicodeScalars.map(\.value))")
        }
    }
}
