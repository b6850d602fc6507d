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

@Suite struct KeywordPatternLabelTests {
    private let keywords = KeywordPattern(["date", "post-meta", "publi"], wholeWords: ["stand"])
    private let parts: [String?] = [nil, "", "date", "Stand", "x-stand", "stand_x", "café", "ſtand", "post", "-meta", "PUBLI", "st", "and", "Ünter"]

    /// Parts searched one by one answer as the label they make, joined with spaces and lowercased.
    @Test func partsAnswerAsTheJoinedLabel() {
        for first in parts {
            for second in parts {
                for third in [nil, "stand", "é"] as [String?] {
                    let label = [first, second, third].compactMap { $0 }.joined(separator: " ").lowercased()
                    #expect(keywords.matches(joining: first, second, third) == keywords.matches(label), "\(label)")
                }
            }
        }
    }
}
