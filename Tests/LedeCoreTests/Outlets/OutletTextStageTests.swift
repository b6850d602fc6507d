@testable import LedeCore
import LedeTestSupport
import Testing

/// The text part of a rule: lines taken out before the generic stages, fields from patterns.
@Suite struct OutletTextStageTests {
    static func rule(_ configure: (inout TextOutletRule) throws -> Void) rethrows -> OutletRule {
        var rule = OutletRule(name: "w", version: "1.0.0", chunkName: "w.lua")
        try configure(&rule.text)
        return rule
    }

    static let text = "WIRE MASTHEAD\nHeadline of the story\n\nFiled 2024/04/02\nReading: 3 min\nA pier at dawn [Jo Lee]\nThe story's only paragraph, which is long enough to be body text.\n\n-- wire\n"

    static func extract(_ rule: OutletRule) throws -> Article {
        try TextExtractor().extract(Array(text.utf8), id: "w", source: Source(format: .text),
                                    context: ExtractionContext(outlets: FixedOutlet(rule), explain: true))
    }

    @Test func artefactsAndTrailersAreTakenOutFirst() throws {
        let article = try Self.extract(try Self.rule {
            $0.artefacts = [try Pattern(validating: "^WIRE MASTHEAD$")]
            $0.trailers = [try Pattern(validating: "^-- wire$")]
        })
        #expect(article.headline == "Headline of the story")
        #expect(article.removed.first?.text == "WIRE MASTHEAD")
        #expect(article.removed.first?.reason == "rule w text.artefacts")
        #expect(article.notes == ["-- wire"])
    }

    @Test func datelineReadtimeAndCaptionComeFromPatterns() throws {
        let article = try Self.extract(try Self.rule {
            $0.dateline = (try Pattern(validating: #"^Filed \d{4}/\d{2}/\d{2}$"#), DatePattern("'Filed' yyyy/MM/dd"))
            $0.readtime = try Pattern(validating: #"^Reading: (\d+) min$"#)
            $0.captionCredit = try Pattern(validating: #"\[([A-Z][A-Za-z ]+)\]$"#)
        })
        #expect(article.datePublished == "2024-04-02")
        #expect(article.readingTimeMinutes == 3)
        #expect(article.image == ArticleImage(caption: "A pier at dawn", credit: "Jo Lee"))
        #expect(article.provenance["datePublished"] == "rule w text.dateline")
        #expect(article.articleBody.hasPrefix("The story's only paragraph"))
    }

    @Test func patternsThatDoNotFitFallBackWithFindings() throws {
        let article = try Self.extract(try Self.rule {
            $0.dateline = (try Pattern(validating: #"^Filed .*$"#), DatePattern("dd MMMM yyyy"))
            $0.readtime = try Pattern(validating: #"^Reading: \d+ (\w+)$"#)
        })
        let messages = article.diagnostics.filter { $0.stage == "outlet" }.map(\.message)
        #expect(messages == [
            "rule w: text.readtime matched \"Reading: 3 min\" but its group 1 is not a number",
            "rule w: text.dateline found \"Filed 2024/04/02\", which does not read with format \"dd MMMM yyyy\"; used generic",
        ])
    }
}
