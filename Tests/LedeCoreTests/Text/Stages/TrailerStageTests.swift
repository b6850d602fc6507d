@testable import LedeCore
import LedeTestSupport
import Testing


@Suite struct TrailerStageTests {
    @Test func trailingRunBecomesNotesInOrder() {
        let doc = StageHarness.run([TrailerStage()], on: """
            Floods hit the valley

            The river burst its banks on Thursday.

            Agencies contributed to this story.
            Follow her on Twitter: @janedoe
            """)
        #expect(doc.article.notes == ["Agencies contributed to this story.", "Follow her on Twitter: @janedoe"])
        #expect(doc.lines.map(\.role) == [nil, nil, .trailer, .trailer])
    }

    @Test func sameSentenceMidBodyStays() {
        let doc = StageHarness.run([TrailerStage()], on: """
            Floods hit the valley

            Agencies contributed to this story.

            The river burst its banks on Thursday.
            """)
        #expect(doc.article.notes == [])
        #expect(doc.lines.allSatisfy { $0.role == nil })
    }

    @Test func onlyTheRunAfterTheLastBodyLineIsTaken() {
        let doc = StageHarness.run([TrailerStage()], on: """
            Headline

            Additional reporting by Ali Khan in Cairo

            The river burst its banks on Thursday.

            Additional reporting by Jane Doe in Beirut
            """)
        #expect(doc.article.notes == ["Additional reporting by Jane Doe in Beirut"])
    }

    @Test func claimedLinesInsideTheRunAreSkipped() {
        let doc = StageHarness.run([ArtefactStage(), TrailerStage()], on: """
            Headline

            The river burst its banks on Thursday.

            Agencies contributed to this story.

            Advertisement

            This article was originally published in The Conversation.

            © 2018 Example News
            """)
        #expect(doc.article.notes == ["Agencies contributed to this story.", "This article was originally published in The Conversation."])
        #expect(doc.lines.map(\.role) == [nil, nil, .trailer, .artefact, .trailer, .artefact])
    }

    @Test func followUsIsAnArtefactNotATrailer() {
        let doc = StageHarness.run([ArtefactStage(), TrailerStage()], on: """
            Headline

            The river burst its banks on Thursday.

            Follow us on Twitter
            """)
        #expect(doc.article.notes == [])
        #expect(doc.article.removed == [Removal(text: "Follow us on Twitter", reason: "follow prompt", by: "artefacts")])
    }

    @Test func neverTakesTheWholeText() {
        let doc = StageHarness.run([TrailerStage()], on: "Agencies contributed to this story.")
        #expect(doc.article.notes == [])
        #expect(doc.lines[0].role == nil)
    }

    @Test func allTrailersAfterAHeadlineOnlyLeaveTheHeadline() {
        let doc = StageHarness.run([TrailerStage()], on: "Headline\n\nAgencies contributed to this story.")
        #expect(doc.article.notes == ["Agencies contributed to this story."])
    }

    @Test(arguments: [
        "Agencies contributed to this story.",
        "Staff contributed to this report",
        "Jane Doe and Ali Khan contributed to this report.",
        "Additional reporting by Jane Doe in Beirut",
        "(Reporting by Jane Doe; Editing by John Roe)",
        "Reporting by Jane Doe; editing by John Roe",
        "Editing by John Roe",
        "Translated by Ali Khan",
        "— With assistance from Jane Doe",
        "Follow her on Twitter: @janedoe",
        "Follow Jane Doe on X @janedoe",
        "Follow him on Instagram",
        "This article was originally published in The Conversation.",
        "This story first appeared in The Guardian.",
        "A version of this story appeared in print on 8 February 2018.",
        "Contact the author at jane@example.com",
        "The views expressed in this article are the author's own.",
        "Correction: An earlier version of this article misstated the date of the vote.",
    ])
    func trailers(line: String) {
        #expect(TrailerStage.isTrailer(line))
    }

    @Test(arguments: [
        "Follow us on Twitter",
        "Follow the money, investigators said.",
        "The river burst its banks on Thursday.",
        "Reporting on the war has become dangerous, she said.",
        "This is the worst flood in a century, officials said.",
        "He was edited out of the photograph.",
    ])
    func notTrailers(line: String) {
        #expect(!TrailerStage.isTrailer(line))
    }
}
