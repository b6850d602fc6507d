@testable import LedeCore
import Testing

@Suite struct DecodeStageTests {
    private func decode(_ bytes: [UInt8]) throws(InputError) -> (text: String, diagnostics: [Diagnostic]) {
        var article = Article(id: "t", source: Source(format: .text))
        let text = try DecodeStage().decode(bytes, findingsInto: &article)
        return (text, article.diagnostics)
    }

    @Test func emptyInputIsRefused() {
        #expect(throws: InputError(.empty, "the input is empty")) { try decode([]) }
    }

    @Test(arguments: [" ", " \n\t\r\n  ", "\u{00A0}\u{2003}\n"])
    func whiteSpaceOnlyIsEmpty(text: String) {
        #expect(throws: InputError(.empty, "the input holds only white space")) { try decode(Array(text.utf8)) }
    }

    @Test func byteOrderMarkAloneIsEmpty() {
        #expect(throws: InputError(.empty, "the input holds only white space")) { try decode([0xEF, 0xBB, 0xBF]) }
    }

    @Test func nulByteMeansBinary() {
        #expect(throws: InputError(.binary, "the input is binary (a NUL byte at offset 2), not text")) {
            try decode([0x61, 0x62, 0x00, 0x63])
        }
    }

    @Test func pngHeaderIsBinary() {
        let png: [UInt8] = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00, 0x00, 0x0D]
        #expect(throws: InputError(.binary, "the input is binary (a NUL byte at offset 8), not text")) { try decode(png) }
    }

    @Test func plainUTF8PassesThroughWithoutFindings() throws {
        let result = try decode(Array("Café — 東京\nSecond line".utf8))
        #expect(result.text == "Café — 東京\nSecond line")
        #expect(result.diagnostics.isEmpty)
    }

    @Test func utf8ByteOrderMarkIsStripped() throws {
        let result = try decode([0xEF, 0xBB, 0xBF] + Array("Headline".utf8))
        #expect(result.text == "Headline")
        #expect(result.text.unicodeScalars.first == "H")
        #expect(result.diagnostics.isEmpty)
    }

    @Test func invalidUTF8FallsBackToWindows1252WithAFinding() throws {
        let result = try decode([0x93] + Array("Hi".utf8) + [0x94, 0x20, 0x96, 0x20, 0x80, 0x35])
        #expect(result.text == "\u{201C}Hi\u{201D} \u{2013} \u{20AC}5")
        #expect(result.diagnostics == [Diagnostic(stage: "decode", message: "the input is not valid UTF-8; decoded as Windows-1252")])
    }

    @Test func latin1AccentsDecodeAsWindows1252() throws {
        let result = try decode([0x63, 0x61, 0x66, 0xE9])
        #expect(result.text == "café")
        #expect(result.diagnostics.map(\.stage) == ["decode"])
    }

    @Test func utf16LittleEndianWithMark() throws {
        var bytes: [UInt8] = [0xFF, 0xFE]
        for unit in "Hi é\n".utf16 { bytes += [UInt8(unit & 0xFF), UInt8(unit >> 8)] }
        let result = try decode(bytes)
        #expect(result.text == "Hi é\n")
        #expect(result.diagnostics.isEmpty)
    }

    @Test func utf16BigEndianWithMark() throws {
        var bytes: [UInt8] = [0xFE, 0xFF]
        for unit in "Hi é".utf16 { bytes += [UInt8(unit >> 8), UInt8(unit & 0xFF)] }
        #expect(try decode(bytes).text == "Hi é")
    }

    @Test func utf16WhiteSpaceOnlyIsEmpty() {
        #expect(throws: InputError(.empty, "the input holds only white space")) { try decode([0xFF, 0xFE, 0x20, 0x00, 0x0A, 0x00]) }
    }

    @Test func nameIsDecode() {
        #expect(DecodeStage().name == "decode")
    }
}
