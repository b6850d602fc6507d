@testable import LedeCore
import Testing

@Suite struct CharacterCountTests {
    @Test func answersAsCountDoes() {
        let texts = ["", "a", "abc", "café", "e\u{301}e\u{301}", "🇩🇪🇫🇷", "日本語テキスト", String(repeating: "x", count: 100)]
        for text in texts {
            for limit in 0...12 {
                #expect(text.hasAtMostCharacters(limit) == (text.count <= limit), "\(text) \(limit)")
            }
        }
        #expect(String(repeating: "é", count: 100).hasAtMostCharacters(100))
        #expect(!String(repeating: "é", count: 101).hasAtMostCharacters(100))
    }
}
