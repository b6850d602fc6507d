@testable import LedeCore
import Testing

@Suite struct UTF8ValidationTests {
    /// Every sequence of up to three bytes from a set that covers each boundary of the
    /// well-formed table, alone and after eight ASCII bytes (the word-at-a-time skip).
    @Test func agreesWithStringValidationOnShortSequences() {
        let interesting: [UInt8] = [
            0x00, 0x41, 0x7F, 0x80, 0x8F, 0x90, 0x9F, 0xA0, 0xBF, 0xC0, 0xC1, 0xC2, 0xDF, 0xE0, 0xE1, 0xEC, 0xED, 0xEE, 0xEF, 0xF0,
            0xF1, 0xF3, 0xF4, 0xF5, 0xFF,
        ]
        var sequences: [[UInt8]] = [[]]
        for length in 1...3 {
            sequences += sequences.filter { $0.count == length - 1 }.flatMap { prefix in interesting.map { prefix + [$0] } }
        }
        for bytes in sequences {
            for padded in [bytes, Array("abcdefgh".utf8) + bytes, bytes + Array("abcdefgh".utf8)] {
                #expect(UTF8Validation.isValid(padded) == (String(validating: padded, as: UTF8.self) != nil), "\(padded)")
            }
        }
    }

    @Test func agreesWithStringValidationOnRandomBytes() {
        var generator = SystemRandomNumberGenerator()
        let alphabet: [UInt8] = [0x20, 0x61, 0x80, 0x9F, 0xA0, 0xBF, 0xC3, 0xE0, 0xE2, 0xED, 0xF0, 0xF4, 0xF5]
        for _ in 0..<20_000 {
            let bytes = (0..<Int.random(in: 0...24, using: &generator)).map { _ in alphabet.randomElement(using: &generator)! }
            #expect(UTF8Validation.isValid(bytes) == (String(validating: bytes, as: UTF8.self) != nil), "\(bytes)")
        }
    }

    @Test func fourByteScalars() {
        #expect(UTF8Validation.isValid(Array("emoji 😀 and 𝄞 in text".utf8)))
        #expect(!UTF8Validation.isValid([0xF4, 0x90, 0x80, 0x80]))
        #expect(!UTF8Validation.isValid([0xF0, 0x8F, 0xBF, 0xBF]))
    }
}
