@testable import LedeCore
import LedeTestSupport
import Testing

/// A resolver that always answers with one rule, and whose fixup stamps the article.
final class FixedOutlet: OutletResolver {
    let rule: OutletRule
    init(_ rule: OutletRule) { self.rule = rule }
    func rule(for input: OutletInput, findings: inout [Diagnostic]) -> OutletRule? { rule }
    func fixup(_ article: Article, rule: OutletRule, input: OutletInput) throws(InputError) -> Article {
        var fixed = article
        fixed.section = "Fixed"
        return fixed
    }
}

/// How an outlet rule's HTML and text parts apply, and what they report when they do not.
@Suite struct OutletStagesTests {
    static let page = """
        <html lang="en"><head><title>Site | Story</title><meta name="description" content="Meta text.">
        <meta property="article:published_time" content="2020-01-02T03:04:05Z"></head><body>
        <h1>First</h1><h1>Second</h1>
        <div class="sidebar"><p>A sidebar paragraph that is long enough, with commas, to look like text, maybe.</p><aside>Ad</aside></div>
        <div class="story"><p>The story's first paragraph, which is long enough to be the article text here.</p>
        <div class="promo">Subscribe now for more stories like this one, every single morning.</div>
        <p>The second paragraph of the story, also long enough to count as the article's text.</p>
        <span class="date">Published 3 February 2021</span></div></body></html>
        """

    static func extract(_ html: OutletHTMLBuilder, explain: Bool = false, fixup: Bool = false) throws -> Article {
        var rule = OutletRule(name: "t", version: "1.0.0", chunkName: "t.lua", hasFixup: fixup)
        rule.html = html.rule
        return try HTMLExtractor().extract(Array(page.utf8), id: "p", source: Source(format: .html),
                                           context: ExtractionContext(outlets: FixedOutlet(rule), explain: explain))
    }

    static func messages(_ article: Article) -> [String] { article.diagnostics.filter { $0.stage == "outlet" }.map(\.message) }

    @Test func bodyAndStripComeFromTheRule() throws {
        let article = try Self.extract(OutletHTMLBuilder().body("div.story").strip(".promo", "//aside"))
        #expect(article.outlet == "t")
        #expect(article.body.map(\.text) == [
            "The story's first paragraph, which is long enough to be the article text here.",
            "The second paragraph of the story, also long enough to count as the article's text.",
        ])
        // Only what was stripped inside the body is recorded; the aside in the sidebar is not.
        let byRule = article.removed.filter { $0.by == "t@1.0.0" }
        #expect(byRule.map(\.reason) == ["rule strip .promo"])
    }

    @Test func aBodySelectorThatFindsNothingFallsBackWithAFinding() throws {
        let article = try Self.extract(OutletHTMLBuilder().body("div.nothing-here"))
        #expect(!article.body.isEmpty)
        #expect(Self.messages(article) == ["rule t: html.body matched nothing; used generic"])
    }

    @Test func aHeadlineSelectorFindingSeveralUsesTheFirstWithAFinding() throws {
        let article = try Self.extract(OutletHTMLBuilder().headline("h1"))
        #expect(article.headline == "First")
        #expect(Self.messages(article) == ["rule t: html.headline matched 2 elements; used the first"])
    }

    @Test func datesReadWithAFormatOrGenerically() throws {
        let generic = try Self.extract(OutletHTMLBuilder().date(DateSelector(selector: try Selector("span.date"))))
        #expect(generic.datePublished == "2021-02-03")
        let formatted = try Self.extract(OutletHTMLBuilder().date(DateSelector(selector: try Selector("span.date"), format: DatePattern("'Published' d MMMM yyyy"))))
        #expect(formatted.datePublished == "2021-02-03")
        let wrong = try Self.extract(OutletHTMLBuilder().date(DateSelector(selector: try Selector("span.date"), format: DatePattern("yyyy-MM-dd"))))
        #expect(wrong.datePublished == "2020-01-02T03:04:05+00:00")
        #expect(Self.messages(wrong) == ["rule t: html.date found \"Published 3 February 2021\", which does not read with format \"yyyy-MM-dd\"; used generic"])
    }

    @Test func attributesAndAuthorsComeFromTheirSelectors() throws {
        let article = try Self.extract(OutletHTMLBuilder().description("meta[name=description]@content").authors("span.date"))
        #expect(article.description == "Meta text.")
        #expect(article.authors == ["Published 3 February 2021"])
    }

    @Test func explainCreditsRuleAndGenericStages() throws {
        let article = try Self.extract(OutletHTMLBuilder().body("div.story").headline("h1"), explain: true, fixup: true)
        #expect(article.provenance["headline"] == "rule t html.headline h1")
        #expect(article.provenance["body"] == "rule t html.body div.story")
        #expect(article.provenance["description"] == "generic metadata")
        #expect(article.provenance["section"] == "rule t fixup")
        let quiet = try Self.extract(OutletHTMLBuilder().body("div.story"))
        #expect(quiet.provenance.isEmpty)
    }

    @Test func hostsMatchDomainsAndTheirSubdomainsOnly() {
        let rule = OutletRule(name: "n", version: "1.0.0", chunkName: "n.lua", domains: ["NewArab.com"])
        #expect(rule.matches(url: "https://www.newarab.com/news/x"))
        #expect(rule.matches(url: "http://newarab.com:8080/x?y"))
        #expect(!rule.matches(url: "https://notnewarab.com/"))
        #expect(!rule.matches(url: "/relative/path"))
        #expect(OutletRule.host(of: "//cdn.example.org/a") == "cdn.example.org")
    }
}

/// Builds an `HTMLOutletRule` in tests from selector strings.
struct OutletHTMLBuilder {
    var rule = HTMLOutletRule()
    func body(_ s: String) -> Self { var b = self; b.rule.body = try! Selector(s); return b }
    func headline(_ s: String) -> Self { var b = self; b.rule.headline = try! Selector(s); return b }
    func description(_ s: String) -> Self { var b = self; b.rule.description = try! Selector(s); return b }
    func authors(_ s: String) -> Self { var b = self; b.rule.authors = try! Selector(s); return b }
    func strip(_ s: String...) -> Self { var b = self; b.rule.strip = s.map { try! Selector($0) }; return b }
    func date(_ d: DateSelector) -> Self { var b = self; b.rule.date = d; return b }
}
