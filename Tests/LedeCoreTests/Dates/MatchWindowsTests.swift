import Foundation
@testable import LedeCore
import Testing

@Suite struct MatchWindowsTests {
    /// Pieces of text around dates, some that start or end a match and some that break one.
    private let pieces = [
        "12", "3", "2019", "1999", "20201", "٣", "٢٠١٩", "𝟙𝟚", "𝟚𝟘𝟙𝟡", ".", ". ", "/", "-", ",", " ", "\n", "\u{A0}", "\t\t\n   \n",
        String(repeating: " ", count: 300), "march", "März", "de ", "of ", "er", "th", "º", "sept.", "dezember", "كانون الثاني",
        "października", "年", "月", "日", "word", "é", "ß", "x", "😀", "published on",
        // Characters ICU folds onto month letters, separators the wider white space takes, suffixes.
        "\u{17F}ept", "\u{FB06}ycznia", "\u{212A}", "\u{1C}", "\u{2028}", "1st", "2nd", "3rd", "er", "º", "°", "jahr", "© ", "mars", "1er", "de", ",", "im ", "xmarch", "march\u{301}", "Mar", "DE ", "in ",
    ]

    @Test func windowsGiveTheMatchesOfTheWholeText() {
        var generator = SystemRandomNumberGenerator()
        for _ in 0..<1500 {
            let count = Int.random(in: 1...40, using: &generator)
            let text = (0..<count).map { _ in pieces.randomElement(using: &generator)! }.joined().lowercased()
            expectSameMatches(in: text)
        }
    }

    @Test func longGapsAndFarMonths() {
        let gap = String(repeating: " \n", count: 200)
        for text in [
            "12." + gap + "march" + gap + "2019", "march" + gap + "12," + gap + "2019 and 12.3.2019 and 2019-03-12",
            String(repeating: "filler words without digits ", count: 50) + "on 12 de marzo de 2019.",
            "x" + String(repeating: "a", count: 500) + "1.2.19", "2019年3月12日", "٣ مارس ٢٠١٩", "𝟙𝟚.𝟘𝟛.𝟚𝟘𝟙𝟡",
        ] {
            expectSameMatches(in: text)
        }
    }

    private func expectSameMatches(in text: String) {
        let units = Array(text.utf16)
        let ns = text as NSString
        for (shape, regex) in DateScanner.shapes {
            let whole = regex.matches(in: text, range: NSRange(location: 0, length: ns.length)).map { match in
                (0..<match.numberOfRanges).map { match.range(at: $0) }
            }
            let windowed = DateScanner.windows(for: shape, in: units).matches(of: regex)
            #expect(whole == windowed, "\(shape) in \(text.debugDescription)")
        }
    }
}

@Suite struct MonthFoldingTests {
    /// `DateScanner.monthReach` counts on each character of a month name folding to one.
    @Test func monthNamesFoldCharacterForCharacter() {
        for name in DateWords.monthsInManyLanguages.keys {
            #expect(name.folding(options: .caseInsensitive, locale: nil).unicodeScalars.count == name.unicodeScalars.count, "\(name)")
        }
    }
}

@Suite struct ScriptKeyWindowsTests {
    private let pieces = [
        "\"datePublished\"", "'publish_date'", "cmsPublishingDate", "first_published_at", "ARTICLE_PUBLICATION_DATE", "publiſhed_at",
        "pubdate", "update", "var x", ":", " = ", "=", "\"", "'", "2019-03-12T10:00:00Z", "March 12, 2019", "\n", " ",
        String(repeating: " ", count: 200), "{", "}", ",", "<", "x", "😀", "é", "date", "pub",
    ]

    @Test func windowsGiveTheMatchesOfTheWholeScript() {
        var generator = SystemRandomNumberGenerator()
        for _ in 0..<1500 {
            let text = (0..<Int.random(in: 1...30, using: &generator)).map { _ in pieces.randomElement(using: &generator)! }.joined()
            let ns = text as NSString
            let whole = DateSurvey.scriptKey.matches(in: text, range: NSRange(location: 0, length: ns.length)).map { match in
                (0..<match.numberOfRanges).map { match.range(at: $0) }
            }
            let windows = MatchWindows(units: Array(text.utf16), anchor: .words([Array("date".utf8), Array("pub".utf8)], valueWithin: 40), before: 12, after: 120)
            #expect(whole == windows.matches(of: DateSurvey.scriptKey), "\(text.debugDescription)")
        }
    }
}

@Suite struct DecimalDigitsTests {
    /// The table says what the Unicode property says, for every scalar of the plane.
    @Test func tableIsTheProperty() {
        for value in 0..<0x10000 {
            let isDigit = Unicode.Scalar(value).map { $0.properties.generalCategory == .decimalNumber } ?? false
            #expect(DecimalDigits.contains(UInt16(value)) == isDigit, "\(value)")
        }
    }
}

@Suite struct YearAnchorTests {
    /// `MatchWindows.mayEndMonth` reads ASCII names as letters only.
    @Test func asciiMonthNamesAreLetters() {
        for name in DateWords.asciiMonthNames {
            #expect(!name.isEmpty && name.allSatisfy { $0 >= 0x61 && $0 <= 0x7A }, "\(name)")
        }
    }

    /// Years the word shapes can end with pass; years alone do not start a window.
    @Test func yearsBesideADayAndAMonth() {
        func windows(_ shape: DateScanner.Shape, _ text: String) -> Int { DateScanner.windows(for: shape, in: Array(text.utf16)).windows.count }
        #expect(windows(.dmyWords, "am 12. märz 2019") == 1)
        #expect(windows(.dmyWords, "1er mars, de 2019") == 1)
        #expect(windows(.dmyWords, "© 2019") == 0)
        #expect(windows(.dmyWords, "12.03.2019") == 0)
        #expect(windows(.mdyWords, "march 12th, 2019") == 1)
        #expect(windows(.mdyWords, "im jahr 2019") == 0)
        #expect(windows(.mdyWords, "12.03. 2019") == 0)
        #expect(windows(.dmyWords, "in the 12 months of 2019") == 0)
        #expect(windows(.dmyWords, "12 de marzo, de 2019") == 1)
        #expect(windows(.dmyWords, "12 märz 2019") == 1)
        #expect(windows(.ymd, "2019-03-12") == 1)
        #expect(windows(.ymd, "in 2019 and 2020") == 0)
        #expect(windows(.slashed, "12/03/2019") == 1)
        #expect(windows(.slashed, "since 2019") == 0)
        #expect(windows(.dmyNumeric, "12. 3.19") == 1)
        #expect(windows(.dmyNumeric, "version 2. the end") == 0)
    }
}
