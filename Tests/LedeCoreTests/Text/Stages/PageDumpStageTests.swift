@testable import LedeCore
import LedeTestSupport
import Testing


@Suite struct PageDumpStageTests {
    static let paragraphs = [
        "The council voted on Tuesday to close the old bridge to cars from next spring, after years of complaints about traffic and noise.",
        "The motion passed by nine votes to four, and buses will be allowed to use the bridge until a new crossing opens to the north.",
        "\"We are not closing the town to visitors, we are asking them to arrive in a way the old streets can bear,\" the mayor said.",
        "Shopkeepers near the bridge were divided. Some said the traffic kept them open through the year, while others said it drove customers away.",
        "The transport office said it would publish a timetable for the new bus service by the end of the summer.",
    ]

    static let dump = """
        Town closes old bridge to cars - The Valley Post

        Home
        News
        Sport
        Business
        Culture
        Weather

        Town closes old bridge to cars

        By Ana Ruiz
        Published 14 May 2024

        \(paragraphs[0])

        \(paragraphs[1])

        \(paragraphs[2])

        Advertisement

        \(paragraphs[3])

        \(paragraphs[4])

        Related
        Rail line to reopen after storm repairs
        Fishermen protest at harbour meeting
        Inquiry names school roof contractor

        About Us | Contact | Careers
        Privacy Policy | Terms of Service
        """

    static func standard(_ text: String) -> TextDocument {
        StageHarness.run(TextExtractor.standardStages, on: text)
    }

    @Test func keepsOnlyTheArticleOfAPageDump() {
        let doc = Self.standard(Self.dump)
        #expect(doc.article.headline == "Town closes old bridge to cars")
        #expect(doc.article.body.map(\.text) == Self.paragraphs)
        #expect(doc.article.authors == ["Ana Ruiz"])
        #expect(doc.article.datePublished == "2024-05-14")
        let furniture = doc.article.removed.filter { $0.by == "page-dump" }
        #expect(furniture.first == Removal(text: "Town closes old bridge to cars - The Valley Post", reason: "page title", by: "page-dump"))
        #expect(furniture.dropFirst().allSatisfy { $0.reason == "page furniture" })
        #expect(furniture.map(\.text).contains("Rail line to reopen after storm repairs"))
        #expect(furniture.map(\.text).contains("Privacy Policy | Terms of Service"))
    }

    @Test func leavesCleanArticleTextAlone() {
        let text = "Town closes old bridge to cars\n\nBy Ana Ruiz\n\n" + Self.paragraphs.joined(separator: "\n\n")
        let doc = StageHarness.run([PageDumpStage()], on: text)
        #expect(doc.lines.allSatisfy { $0.role == nil })
        #expect(doc.article.removed.isEmpty)
    }

    @Test func leavesALongCleanArticleWithShortLinesAlone() {
        // Many lines, some short (subheadings, a list), but no furniture around the prose.
        var lines: [String] = ["Town closes old bridge to cars"]
        for round in 0..<4 {
            lines.append("What happens next \(round + 1)")
            lines += Self.paragraphs
        }
        lines += ["- Buses", "- Bicycles", "- Taxis"]
        let doc = StageHarness.run([PageDumpStage()], on: lines.joined(separator: "\n\n"))
        #expect(doc.article.removed.isEmpty)
    }

    @Test func leavesAHardWrappedArticleWithArtefactsAlone() {
        // Paragraphs wrapped at 60 columns end mid-sentence line by line; judged whole, they are prose.
        func wrap(_ text: String) -> String {
            var lines: [String] = []
            var current = ""
            for word in text.split(separator: " ") {
                if !current.isEmpty, current.count + word.count + 1 > 60 {
                    lines.append(current)
                    current = ""
                }
                current += (current.isEmpty ? "" : " ") + word
            }
            return (lines + [current]).joined(separator: "\n")
        }
        let body = (Self.paragraphs + Self.paragraphs).map(wrap).joined(separator: "\n\nAdvertisement\n\n")
        let doc = Self.standard("Town closes old bridge to cars\n\n" + body)
        #expect(doc.article.removed.allSatisfy { $0.by == "artefacts" })
        #expect(doc.article.body.count == 10)
    }

    @Test func commentThreadIsCutOff() {
        let text = Self.dump.replacingOccurrences(of: "Related\n", with: """
            12 Comments
            Valley Reader says:
            15 May 2024 at 9:12 am
            About time. The bridge was never built for this much traffic, and everyone in town knows it.
            Jon from the square says:
            15 May 2024 at 10:40 am
            My shop will lose half its trade, and nobody asked us what we thought of the plan at all.

            """)
        let doc = Self.standard(text)
        #expect(doc.article.body.map(\.text) == Self.paragraphs)
    }

    @Test func classifiesLines() {
        let lines = LineStage().lines(of: """
            \(Self.paragraphs[0])
            A short sentence with seven words here.
            Rail line to reopen after storm repairs
            About Us | Contact | Careers
            15 May 2024 at 9:12 am
            Harbourside Reader says:
            The bridge will close to cars next spring, the council said on Tuesday, and buses will…
            """)
        let classes = PageDumpClassifier.classify(lines, furniture: [], language: "en").map(\.quality)
        #expect(classes == [.good, .near, .short, .bad, .bad, .bad, .short])
    }

    @Test func detectsTheStopWordLanguage() {
        #expect(PageDumpClassifier.language(of: Self.paragraphs) == "en")
        #expect(PageDumpClassifier.language(of: ["Der Rat hat am Dienstag beschlossen, die alte Brücke für Autos zu sperren, und die Busse fahren noch."]) == "de")
        #expect(PageDumpClassifier.language(of: ["12345 67890"]) == nil)
    }

    @Test func titleCandidatesAndSiteName() {
        #expect(PageTitle.withoutSiteName("Town closes old bridge to cars - The Valley Post") == "Town closes old bridge to cars")
        #expect(PageTitle.withoutSiteName("Town closes old bridge to cars") == "Town closes old bridge to cars")
        let candidates = PageTitle.candidates("Opinion | Town closes old bridge to cars - The Valley Post")
        #expect(candidates.contains("town closes old bridge to cars"))
        #expect(candidates.contains("opinion town closes old bridge to cars"))
    }

    @Test func denseRunBridgesOneStrayLineButNotALongGap() {
        // prose, one stray line, prose, five junk lines, prose
        let scores: [Double] = [30, -8, 30, -4, -4, -4, -4, -4, 20]
        let run = DenseRun(scores: scores, in: 0..<scores.count)
        #expect(run.best()?.range == 0...2)
        #expect(run.best(below: [2])?.range == 8...8)
    }
}
