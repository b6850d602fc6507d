import Foundation
import LedeCore
@testable import LedeLua
import Testing

/// Choosing a rule (forced, by host, by match) and running match/fixup with the page.
@Suite struct OutletRulesTests {
    static let page = """
        <html><head><link rel="canonical" href="https://news.example/a"></head><body>
        <h1 class="t">Title here</h1><div class="by"><a href="/p/1" rel="author">Ana</a><a href="/p/2">Bo</a></div>
        <article><p>First paragraph of the story, long enough to count as text.</p></article></body></html>
        """

    static func rules(_ sources: [String: String], forcing: String? = nil) throws -> OutletRules {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("lede-rules-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        for (name, source) in sources { try source.write(to: folder.appendingPathComponent(name), atomically: true, encoding: .utf8) }
        return try OutletRules(locator: PluginLocator(pluginDirectories: [folder.path], environment: ["LEDE_BUNDLED_PLUGINS": ""]), forcing: forcing)
    }

    static func document() throws -> HTMLDocument { HTMLDocument(bytes: Array(page.utf8), encoding: "UTF-8") }

    @Test func theHostChoosesBeforeMatchFunctions() throws {
        let rules = try Self.rules([
            "a.lua": #"return { name = "by-match", version = "1.0.0", outlet = { match = function() return true end } }"#,
            "b.lua": #"return { name = "by-host", version = "1.0.0", outlet = { domains = { "news.example" } } }"#,
        ])
        var findings: [Diagnostic] = []
        #expect(rules.rule(for: OutletInput(url: "https://www.news.example/x"), findings: &findings)?.name == "by-host")
        #expect(rules.rule(for: OutletInput(url: "https://other.example/x"), findings: &findings)?.name == "by-match")
        #expect(rules.rule(for: OutletInput(url: "https://notnews.example/x"), findings: &findings)?.name == "by-match")
        #expect(findings.isEmpty)
    }

    @Test func forcingANameWinsAndAnUnknownNameIsAnError() throws {
        let sources = ["a.lua": #"return { name = "one", version = "1.0.0", outlet = { domains = { "one.example" } } }"#]
        let rules = try Self.rules(sources, forcing: "one")
        var findings: [Diagnostic] = []
        #expect(rules.rule(for: OutletInput(url: "https://two.example/"), findings: &findings)?.name == "one")
        #expect(throws: PluginLoadError.self) { try Self.rules(sources, forcing: "two") }
    }

    @Test func aFailingMatchIsAFindingAndTheNextRuleIsAsked() throws {
        let rules = try Self.rules([
            "a.lua": #"return { name = "broken", version = "1.0.0", outlet = { match = function() error("boom") end } }"#,
            "b.lua": #"return { name = "fine", version = "1.0.0", outlet = { match = function(i) return i.text == "x" end } }"#,
        ])
        var findings: [Diagnostic] = []
        #expect(rules.rule(for: OutletInput(url: nil, text: "x"), findings: &findings)?.name == "fine")
        #expect(findings.count == 1)
        #expect(findings.first?.message.contains("rule broken: match failed:") == true)
        #expect(findings.first?.message.contains("boom") == true)
    }

    @Test func matchAndFixupReadThePageThroughDoc() throws {
        let rules = try Self.rules(["a.lua": #"""
            return { name = "reader", version = "1.0.0", outlet = {
              match = function(input) return input.doc ~= nil and #input.doc:select("h1.t") == 1 end,
              fixup = function(article, input)
                local by = input.doc:select("div.by")[1]
                local links = by:select("a")
                article.meta.tag = links[1].tag
                article.meta.first = links[1]:text()
                article.meta.href = links[2]:attr("href")
                article.meta.missing = links[2]:attr("rel") == nil
                article.meta.html = by:html():sub(1, 14)
                article.meta.url = input.url
                article:tag{ kind = "author", value = links[1]:text() }
              end,
            } }
            """#])
        let document = try Self.document()
        let input = OutletInput(url: "https://news.example/a", document: document)
        var findings: [Diagnostic] = []
        let rule = try #require(rules.rule(for: input, findings: &findings))
        let article = try rules.fixup(Article(id: "p", source: Source(format: .html)), rule: rule, input: input)
        #expect(article.meta["tag"] == "a")
        #expect(article.meta["first"] == "Ana")
        #expect(article.meta["href"] == "/p/2")
        #expect(article.meta["missing"] == true)
        #expect(article.meta["html"] == "<div class=\"by")
        #expect(article.meta["url"] == "https://news.example/a")
        #expect(article.tags.first?.by == "reader@1.0.0")
    }

    @Test func nodesKeptPastTheCallCannotBeRead() throws {
        let rules = try Self.rules(["a.lua": #"""
            local kept
            return { name = "keeper", version = "1.0.0", outlet = {
              match = function(input) kept = input.doc:select("h1")[1]; return true end,
              fixup = function(article) article.meta.text = kept:text() end,
            } }
            """#])
        let input = OutletInput(url: nil, document: try Self.document())
        var findings: [Diagnostic] = []
        let rule = try #require(rules.rule(for: input, findings: &findings))
        let withoutPage = OutletInput(url: nil, text: "plain")
        #expect(throws: InputError.self) { try rules.fixup(Article(id: "p", source: Source(format: .text)), rule: rule, input: withoutPage) }
    }

    @Test func aBadSelectorInDocSelectIsAnErrorNamingIt() throws {
        let rules = try Self.rules(["a.lua": #"""
            return { name = "bad", version = "1.0.0", outlet = {
              match = function(input) return #input.doc:select("div >> p") > 0 end,
            } }
            """#])
        var findings: [Diagnostic] = []
        #expect(rules.rule(for: OutletInput(url: nil, document: try Self.document()), findings: &findings) == nil)
        #expect(findings.first?.message.contains("bad selector \"div >> p\"") == true)
    }
}
