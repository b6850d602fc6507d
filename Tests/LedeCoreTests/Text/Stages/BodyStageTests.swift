@testable import LedeCore
import LedeTestSupport
import Testing

private func body(_ text: String) -> TextDocument {
    StageHarness.run([BodyStage()], on: text)
}

@Suite struct BodyStageTests {
    @Test func paragraphsOnePerBlock() {
        let doc = body("The river burst its banks.\n\nThousands were moved.")
        #expect(doc.article.body == [.paragraph("The river burst its banks."), .paragraph("Thousands were moved.")])
        #expect(doc.lines.allSatisfy { $0.role == .body })
        #expect(doc.article.diagnostics.isEmpty)
    }

    @Test func bulletListWithContinuationLine() {
        let doc = body("""
            The plan has three parts:

            - rebuild the bridge
            - reopen the schools,
              starting with primary schools
            - repay the farmers

            Work starts in March.
            """)
        #expect(doc.article.body == [
            .paragraph("The plan has three parts:"),
            .list(["rebuild the bridge", "reopen the schools, starting with primary schools", "repay the farmers"]),
            .paragraph("Work starts in March."),
        ])
    }

    @Test func numberedListAfterAParagraphInTheSameBlock() {
        let doc = body("The steps were:\n1. Evacuate.\n2) Count.\n3. Rebuild.\n\nThat was the plan.")
        #expect(doc.article.body == [
            .paragraph("The steps were:"),
            .list(["Evacuate.", "Count.", "Rebuild."]),
            .paragraph("That was the plan."),
        ])
    }

    @Test func mixedBulletsInOneList() {
        let doc = body("Intro paragraph.\n\n* one\n• two\n- three\n\nEnd.")
        #expect(doc.article.body[1] == .list(["one", "two", "three"]))
    }

    @Test func blockQuote() {
        let doc = body("She spoke to the crowd.\n\n> We will rebuild.\n> We always have.\n\nThe crowd cheered.")
        #expect(doc.article.body == [
            .paragraph("She spoke to the crowd."),
            .quote("We will rebuild.\nWe always have."),
            .paragraph("The crowd cheered."),
        ])
    }

    @Test func hardWrappedBlockQuoteJoins() {
        let doc = body("""
            Intro.

            > We will rebuild this town, every house and every school, and
            > we will do it together, as we have done before, she said.

            End.
            """)
        #expect(doc.article.body[1] == .quote("We will rebuild this town, every house and every school, and we will do it together, as we have done before, she said."))
    }

    @Test func codeFenceKeepsRelativeIndent() {
        let doc = body("Run this:\n\n```\nfor x in xs {\n    print(x)\n}\n```\n\nDone.")
        #expect(doc.article.body == [
            .paragraph("Run this:"),
            .preformatted("for x in xs {\n    print(x)\n}"),
            .paragraph("Done."),
        ])
    }

    @Test func unclosedFenceRunsToTheEndOfItsBlock() {
        let doc = body("Intro.\n\n~~~\nline one\nline two")
        #expect(doc.article.body == [.paragraph("Intro."), .preformatted("line one\nline two")])
    }

    @Test func blankLineInsideAFenceStaysInTheBlock() {
        let doc = body("Intro.\n\n```\nline one\n\nline two\n```\n\nEnd.")
        #expect(doc.article.body == [.paragraph("Intro."), .preformatted("line one\n\nline two"), .paragraph("End.")])
    }

    @Test func markdownHeadings() {
        let doc = body("## Background\n\nThe dam was built in 1970.\n\n### The 2018 floods\n\nIt failed in 2018.")
        #expect(doc.article.body == [
            .heading("Background", level: 2),
            .paragraph("The dam was built in 1970."),
            .heading("The 2018 floods", level: 3),
            .paragraph("It failed in 2018."),
        ])
    }

    @Test func captionsBecomeFigures() {
        let doc = body("The river burst its banks.\n\nRescuers search the rubble [Reuters]\n\nPhoto: Smoke over the city\n\nMore body.")
        #expect(doc.article.body == [
            .paragraph("The river burst its banks."),
            .figure(caption: "Rescuers search the rubble", credit: "Reuters"),
            .figure(caption: "Smoke over the city", credit: nil),
            .paragraph("More body."),
        ])
        #expect(doc.article.articleBody == "The river burst its banks.\n\nMore body.")
    }

    @Test func subheadingBetweenParagraphs() {
        let doc = body("The river burst its banks.\n\nWhat happens next\n\nThe army was called in.")
        #expect(doc.article.body == [
            .paragraph("The river burst its banks."),
            .heading("What happens next", level: 2),
            .paragraph("The army was called in."),
        ])
    }

    @Test func subheadingLineInsideAGroup() {
        // One paragraph per line, as text without blank lines comes.
        let first = "The river burst its banks on Thursday night, flooding the lower town and cutting the road to the capital for hours."
        let last = "The dam upstream was built in 1970 and had not been inspected since 2009, according to documents seen by reporters."
        let doc = body("Intro.\n\n\(first)\nWhy it happened\n\(last)")
        #expect(doc.article.body == [
            .paragraph("Intro."),
            .paragraph(first),
            .heading("Why it happened", level: 2),
            .paragraph(last),
        ])
    }

    @Test func noSubheadingAtTheFirstPosition() {
        let doc = body("What happens next\n\nThe army was called in.\n\nThe river fell.")
        #expect(doc.article.body.first == .paragraph("What happens next"))
    }

    @Test func noSubheadingAfterOnlyAFigure() {
        let doc = body("Smoke over the city [AFP]\n\nWhat happens next\n\nThe army was called in.")
        #expect(doc.article.body[1] == .paragraph("What happens next"))
    }

    @Test func noSubheadingAtTheLastPosition() {
        let doc = body("The river burst its banks.\n\nThe army was called in.\n\nThe End")
        #expect(doc.article.body.last == .paragraph("The End"))
    }

    @Test func hardWrappedParagraphsJoinAndAreNeverSubheadings() {
        let doc = body("""
            Intro.

            The ministry said on Thursday that the talks would resume
            next week in Geneva, after a pause of almost a month, and
            that both delegations had agreed to the agenda for the first
            session.
            Officials on both sides declined to say who would lead the
            delegations, but diplomats expect the foreign ministers to
            attend the opening.

            End.
            """)
        #expect(doc.article.body == [
            .paragraph("Intro."),
            .paragraph("The ministry said on Thursday that the talks would resume next week in Geneva, after a pause of almost a month, and that both delegations had agreed to the agenda for the first session."),
            .paragraph("Officials on both sides declined to say who would lead the delegations, but diplomats expect the foreign ministers to attend the opening."),
            .paragraph("End."),
        ])
    }

    @Test func onlyUnclaimedLinesAreUsed() {
        var doc = TextDocument(lines: LineStage().lines(of: "Headline\n\nBody one.\n\nAgencies contributed."), article: Article(id: "t", source: Source(format: .text)))
        doc.claim(0, as: .headline)
        doc.claim(2, as: .trailer)
        BodyStage().run(&doc)
        #expect(doc.article.body == [.paragraph("Body one.")])
        #expect(doc.lines.map(\.role) == [.headline, .body, .trailer])
    }

    @Test func emptyBodyIsReported() {
        var doc = TextDocument(lines: LineStage().lines(of: "Headline"), article: Article(id: "t", source: Source(format: .text)))
        doc.claim(0, as: .headline)
        BodyStage().run(&doc)
        #expect(doc.article.body == [])
        #expect(doc.article.diagnostics == [Diagnostic(stage: "body", message: "no body text found")])
    }
}
