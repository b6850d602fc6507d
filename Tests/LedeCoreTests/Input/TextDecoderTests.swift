@testable import LedeCore
import Testing

@Suite struct TextDecoderTests {
    @Test func validUTF8() {
        let decoded = TextDecoder.decode(Array("café — 東京 😀".utf8))
        #expect(decoded.text == "café — 東京 😀")
        #expect(decoded.encoding == .utf8)
        #expect(!decoded.fellBack)
    }

    @Test func utf8MarkIsDropped() {
        let decoded = TextDecoder.decode([0xEF, 0xBB, 0xBF, 0x61])
        #expect(decoded.text == "a")
        #expect(decoded.text.unicodeScalars.count == 1)
        #expect(decoded.encoding == .utf8)
    }

    @Test func utf8MarkThenInvalidBytesFallsBack() {
        let decoded = TextDecoder.decode([0xEF, 0xBB, 0xBF, 0x93, 0x61, 0x94])
        #expect(decoded.text == "\u{201C}a\u{201D}")
        #expect(decoded.encoding == .windows1252)
        #expect(decoded.fellBack)
    }

    @Test func invalidUTF8FallsBackToWindows1252() {
        let decoded = TextDecoder.decode([0x93, 0x48, 0x69, 0x94])
        #expect(decoded.text == "\u{201C}Hi\u{201D}")
        #expect(decoded.encoding == .windows1252)
        #expect(decoded.fellBack)
    }

    @Test(arguments: [
        (UInt8(0x80), "\u{20AC}"), (0x85, "\u{2026}"), (0x91, "\u{2018}"), (0x92, "\u{2019}"), (0x93, "\u{201C}"), (0x94, "\u{201D}"),
        (0x96, "\u{2013}"), (0x97, "\u{2014}"), (0x99, "\u{2122}"), (0x9F, "\u{0178}"), (0xA0, "\u{00A0}"), (0xE9, "é"), (0xFF, "ÿ"),
        (0x41, "A"),
        // The five bytes Windows-1252 leaves undefined stay as C1 controls.
        (0x81, "\u{0081}"), (0x8D, "\u{008D}"), (0x8F, "\u{008F}"), (0x90, "\u{0090}"), (0x9D, "\u{009D}"),
    ] as [(UInt8, String)])
    func windows1252Bytes(byte: UInt8, text: String) {
        #expect(TextDecoder.windows1252([byte][...]) == text)
    }

    @Test func utf16LittleEndian() {
        // "Hi 😀": the emoji is a surrogate pair.
        let decoded = TextDecoder.decode([0xFF, 0xFE, 0x48, 0x00, 0x69, 0x00, 0x20, 0x00, 0x3D, 0xD8, 0x00, 0xDE])
        #expect(decoded.text == "Hi 😀")
        #expect(decoded.encoding == .utf16LE)
        #expect(!decoded.fellBack)
    }

    @Test func utf16BigEndian() {
        let decoded = TextDecoder.decode([0xFE, 0xFF, 0x00, 0x48, 0x00, 0xE9])
        #expect(decoded.text == "Hé")
        #expect(decoded.encoding == .utf16BE)
    }

    @Test func utf16OddTrailingByteIsDropped() {
        #expect(TextDecoder.decode([0xFF, 0xFE, 0x48, 0x00, 0x69]).text == "H")
    }

    @Test func utf16LoneSurrogateBecomesReplacement() {
        #expect(TextDecoder.decode([0xFF, 0xFE, 0x00, 0xD8, 0x41, 0x00]).text == "\u{FFFD}A")
    }

    @Test func utf16Marks() {
        #expect(TextDecoder.hasUTF16Mark([0xFF, 0xFE]))
        #expect(TextDecoder.hasUTF16Mark([0xFE, 0xFF, 0x00]))
        #expect(!TextDecoder.hasUTF16Mark([0xEF, 0xBB, 0xBF]))
        #expect(!TextDecoder.hasUTF16Mark([0xFF]))
        #expect(!TextDecoder.hasUTF16Mark([]))
    }

    @Test func emptyInputDecodesToEmptyText() {
        let decoded = TextDecoder.decode([])
        #expect(decoded.text == "")
        #expect(decoded.encoding == .utf8)
        #expect(!decoded.fellBack)
    }
}
