@testable import LedeCore
import Testing

/// Pages are decoded to UTF-8 before lede's parser reads them.
@Suite struct TranscodingTests {
    @Test func validUTF8PassesAndAByteOrderMarkGoes() {
        #expect(Transcoding.utf8(Array("café".utf8), from: "UTF-8").utf8 == Array("café".utf8))
        #expect(Transcoding.utf8([0xEF, 0xBB, 0xBF] + Array("a".utf8), from: "utf-8").utf8 == Array("a".utf8))
    }

    @Test func badUTF8IsRepaired() {
        let result = Transcoding.utf8([0x61, 0xFF, 0x62], from: "UTF-8")
        #expect(String(decoding: result.utf8, as: UTF8.self) == "a\u{FFFD}b")
    }

    @Test func windows1252AndOtherCharsetsBecomeUTF8() {
        #expect(Transcoding.utf8([0x63, 0x61, 0x66, 0xE9, 0x93, 0x94], from: "windows-1252").utf8 == Array("café“”".utf8))
        #expect(Transcoding.utf8([0xB9, 0xE8], from: "iso-8859-2").utf8 == Array("šč".utf8))
        #expect(Transcoding.utf8([0x82, 0xA0], from: "shift_jis").utf8 == Array("あ".utf8))
    }

    @Test func anUnconvertibleByteBecomesAReplacementCharacter() {
        // 0xFF is not a Shift_JIS lead byte.
        #expect(String(decoding: Transcoding.utf8([0x61, 0xFF, 0x62], from: "shift_jis").utf8, as: UTF8.self) == "a\u{FFFD}b")
    }

    @Test func anUnknownCharsetIsSaidAndReadAsWellAsPossible() {
        let utf8 = Transcoding.utf8(Array("é".utf8), from: "no-such-charset")
        #expect(utf8.utf8 == Array("é".utf8))
        #expect(utf8.finding == "unknown charset 'no-such-charset'; read as UTF-8")
        let latin = Transcoding.utf8([0xE9], from: "no-such-charset")
        #expect(latin.utf8 == Array("é".utf8))
        #expect(latin.finding == "unknown charset 'no-such-charset'; decoded as Windows-1252")
    }
}
