@testable import LedeCore
import LedeTestSupport
import Testing


@Suite struct ArtefactStageTests {
    @Test(arguments: [
        ("Click to enlarge", "image enlarge prompt"),
        ("[click to enlarge]", "image enlarge prompt"),
        ("Tap here to expand the image", "image enlarge prompt"),
        ("View full image", "image enlarge prompt"),
        ("Image 3 of 12", "image gallery label"),
        ("Open gallery 5 photos", "image gallery label"),
        ("Advertisement", "advertisement"),
        ("ADVERTISEMENT", "advertisement"),
        ("Story continues below advertisement", "advertisement"),
        ("Continue reading the main story", "advertisement"),
        ("Sponsored content", "advertisement"),
        ("Share this article", "share prompt"),
        ("Share on WhatsApp", "share prompt"),
        ("Facebook", "share prompt"),
        ("Copy link", "share prompt"),
        ("Follow us on Twitter", "follow prompt"),
        ("Join us on Telegram for breaking news", "follow prompt"),
        ("Sign up for our daily newsletter", "newsletter prompt"),
        ("Subscribe now", "newsletter prompt"),
        ("Get our Morning Briefing newsletter", "newsletter prompt"),
        ("Read more: Gaza ceasefire talks resume", "related link"),
        ("Read more", "related link"),
        ("Related articles", "related link"),
        ("More from Middle East", "related link"),
        ("Skip to main content", "navigation"),
        ("Back to top", "navigation"),
        ("Loading...", "navigation"),
        ("Comments (12)", "navigation"),
        ("Listen to this article 4 min", "navigation"),
        ("© 2018 Example News", "copyright notice"),
        ("Copyright 2018 Example News Ltd.", "copyright notice"),
        ("All rights reserved.", "copyright notice"),
    ])
    func removesArtefactWithReason(line: String, reason: String) {
        var doc = StageHarness.document("Headline\n\n\(line)\n\nThe talks resumed on Thursday.")
        ArtefactStage().run(&doc)
        #expect(doc.article.removed == [Removal(text: line, reason: reason, by: "artefacts")])
        #expect(doc.lines.map(\.role) == [nil, .artefact, nil])
    }

    @Test(arguments: [
        "Share prices fell sharply on Monday.",
        "Advertisement revenue fell by a fifth last year.",
        "Watch the video on the ministry's website, officials urged.",
        "Read more about the vote in our explainer, he said.",
        "Recommended daily allowances were raised in 2019.",
        "Related talks will continue next week.",
        "Search and rescue teams arrived on Monday.",
        "Home Office officials declined to comment.",
        "Menu prices rose by 5 per cent.",
        "Comments made by the minister drew criticism.",
        "Print media is in decline across the region.",
        "Follow the money, investigators said.",
        "Copyright law was changed in 2019, the court heard.",
        "Image rights are a growing business.",
        "AD 79 is when Vesuvius erupted.",
    ])
    func bodyLinesSurvive(line: String) {
        var doc = StageHarness.document("Headline\n\n\(line)")
        ArtefactStage().run(&doc)
        #expect(doc.article.removed == [])
        #expect(doc.lines.map(\.role) == [nil, nil])
    }

    @Test func overlongLineIsKept() {
        let line = "Copyright " + String(repeating: "x", count: 260)
        var doc = StageHarness.document(line)
        ArtefactStage().run(&doc)
        #expect(doc.article.removed.isEmpty)
    }

    @Test func alreadyClaimedLinesAreLeftAlone() {
        var doc = StageHarness.document("Advertisement\nAdvertisement")
        doc.claim(0, as: .trailer)
        ArtefactStage().run(&doc)
        #expect(doc.lines.map(\.role) == [.trailer, .artefact])
        #expect(doc.article.removed.count == 1)
    }

    @Test func removalsKeepDocumentOrder() {
        var doc = StageHarness.document("Skip to main content\nHeadline\n\nBody.\n\nAdvertisement\n\nMore body.\n\n© Example News")
        ArtefactStage().run(&doc)
        #expect(doc.article.removed.map(\.reason) == ["navigation", "advertisement", "copyright notice"])
        #expect(doc.unclaimed.map { doc.lines[$0].text } == ["Headline", "Body.", "More body."])
    }
}
