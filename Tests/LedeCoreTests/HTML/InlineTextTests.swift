@testable import LedeCore
import Testing

@Suite struct InlineTextTests {
    /// `tidy` as it was written over Unicode scalars, before it worked on bytes.
    private func reference(_ text: String) -> String {
        var out = String.UnicodeScalarView()
        var pendingSpace = false
        var pendingBreak = false
        for scalar in text.unicodeScalars {
            if scalar == InlineText.lineBreak {
                pendingBreak = true
                continue
            }
            if scalar.properties.isWhitespace && scalar != "\u{A0}" {
                pendingSpace = true
                continue
            }
            if !out.isEmpty {
                if pendingBreak { out.append("\n") } else if pendingSpace { out.append(" ") }
            }
            pendingSpace = false
            pendingBreak = false
            out.append(scalar)
        }
        return String(out)
    }

    @Test func tidyCollapsesAsTheScalarVersionDid() {
        let samples = [
            "", "  ", "plain", "  two  words ", "line\u{E000}break", "a \u{E000} b", "\u{E000}lead", "trail\u{E000}",
            "no\u{A0}break\u{A0} space", "em\u{2003}space\u{3000}ideo", "tab\tand\r\nnewline", "café  –  日本\u{2028}x",
            "🇩🇪  flag", "\u{85}next\u{85}", "e\u{301}  combining", "\u{1680}ogham\u{202F}nnbsp\u{205F}math",
        ]
        for text in samples {
            #expect(InlineText.tidy(text) == reference(text), "\(text.unicodeScalars.map(\.value))")
        }
    }

    @Test func controlCharactersGoAndJoinNothing() {
        #expect(InlineText.tidy("bell\u{7}ed\u{1B} \u{7F}text") == "belled text")
        #expect(InlineText.tidy("\u{7}  a") == "a")
    }

    @Test func classWordsOfASCIIAndOtherValues() {
        #expect(HTMLVocabulary.words(of: "Article-Body  main_col\tx") == ["article-body", "article", "body", "main_col", "main", "col", "x"])
        #expect(HTMLVocabulary.words(of: "Störer-Box ad") == ["störer-box", "störer", "box", "ad"])
        #expect(HTMLVocabulary.words(of: "") == [])
        #expect(HTMLVocabulary.words(of: "--") == ["--"])
    }
}
