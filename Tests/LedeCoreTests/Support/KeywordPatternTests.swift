import Foundation
@testable import LedeCore
import Testing

@Suite struct KeywordPatternTests {
    private let keywords = KeywordPattern(["date", "post-meta", "publi"], wholeWords: ["stand"])
    private let regex = Pattern(#"date|post-meta|publi|\bstand\b"#)

    private let samples = [
        "", "date", "UPDATED", "entry-date", "post-meta", "postmeta", "Publication", "stand", "stand-by", "bystand",
        "stand_by", "the stand", "stand2", "x stand", "article-header", "café-date", "stand é", "standé", "\u{17F}tand",
        "post-Meta clearfix", "dat", "s", "class\tdate", "\r\nstand\r\n",
    ]

    @Test func answersAsTheRegularExpressionDoes() {
        for text in samples {
            #expect(keywords.matches(text) == regex.matches(text), "\(text)")
        }
    }

    @Test func wholeWordsNeedBoundaries() {
        #expect(keywords.matches("page stand"))
        #expect(keywords.matches("stand-alone"))
        #expect(!keywords.matches("standard"))
        #expect(!keywords.matches("outstanding"))
        #expect(!keywords.matches("stand_1"))
    }

    @Test func nonASCIITextGoesToICU() {
        // The long s folds to "s" in ICU's case-insensitive matching; a byte search would miss it.
        #expect(keywords.matches("\u{17F}tand"))
        #expect(keywords.matches("Ünter DATE"))
    }
}
