import Foundation
import LedeCore
@testable import LedeLua
import Testing

/// Load-time checks: every mistake in a rule is an error naming the file and the line.
@Suite struct OutletRuleCompilerTests {
    /// Loads one rule file on its own and returns the rules and the warnings.
    static func load(_ source: String) throws -> OutletRules {
        let path = try temporaryPlugin(source, named: "rule.lua")
        let folder = (path as NSString).deletingLastPathComponent
        return try OutletRules(locator: PluginLocator(pluginDirectories: [folder], environment: ["LEDE_BUNDLED_PLUGINS": ""]))
    }

    static func rule(_ outlet: String) -> String {
        "return {\n  name = \"r\", version = \"1.0.0\",\n  outlet = {\n\(outlet)\n  },\n}\n"
    }

    static func warning(_ outlet: String) throws -> String {
        let rules = try load(rule(outlet))
        #expect(rules.rules.isEmpty)
        let warning = rules.warnings.first ?? "no warning"
        return String(warning[(warning.range(of: "/rule.lua")?.upperBound ?? warning.startIndex)...])
    }

    @Test func aCompleteRuleCompiles() throws {
        let rules = try Self.load(Self.rule("""
                domains = { "Example.com", "example.org" },
                match = function(input) return false end,
                html = {
                  headline = "h1.title", body = "//div[@itemprop='articleBody']", strip = { ".related", "//aside" },
                  authors = "span.author a", date = { selector = "time", attr = "datetime" },
                  description = "meta[name=description]@content", caption = "figure figcaption",
                },
                text = {
                  artefacts = { [[^\\[click to enlarge\\]$]] }, trailers = [[contributed to this story\\.$]],
                  dateline = { pattern = [[^\\d{1,2} \\w+, \\d{4}$]], format = "dd MMMM, yyyy" },
                  readtime = [[^(\\d+) min read$]], caption_credit = [[\\[([A-Z][A-Za-z ]+)\\]$]],
                },
                fixup = function(article, input) end,
            """))
        #expect(rules.warnings == [])
        let rule = try #require(rules.rules.first?.rule)
        #expect(rule.domains == ["example.com", "example.org"])
        #expect(rule.hasMatch && rule.hasFixup)
        #expect(rule.html.strip.map(\.source) == [".related", "//aside"])
        #expect(rule.html.date?.attribute == "datetime")
        #expect(rule.html.description?.attribute == "content")
        #expect(rule.text.artefacts.count == 1 && rule.text.trailers.count == 1)
        #expect(rule.text.dateline?.format.pattern == "dd MMMM, yyyy")
    }

    @Test func anUnknownKeyNamesItsLineAndTheLikelyKey() throws {
        let warning = try Self.warning("""
                domains = { "example.com" },
                html = {
                  body = "article",
                  headlin = "h1",
                },
            """)
        #expect(warning.hasPrefix(":7: outlet.html.headlin: unknown key; did you mean 'headline'?"))
    }

    @Test func anUnknownKeyFarFromAnyKnownOneListsThemAll() throws {
        let warning = try Self.warning("    selectors = {},")
        #expect(warning.hasPrefix(":4: outlet.selectors: unknown key (known: domains, match, html, text, fixup)"))
    }

    @Test func aBadCSSSelectorIsReportedWithItsLine() throws {
        let warning = try Self.warning("""
                html = {
                  headline = "h1",
                  body = "div.story >> p",
                },
            """)
        #expect(warning.hasPrefix(":6: outlet.html.body: bad selector \"div.story >> p\""))
    }

    @Test func aBadXPathIsReportedWithItsLine() throws {
        let warning = try Self.warning("    html = { strip = { \".ok\", \"//div[@class='x'\" } },")
        #expect(warning.hasPrefix(":4: outlet.html.strip: bad selector \"//div[@class='x'\": invalid XPath"))
    }

    @Test func aBadRegularExpressionIsReported() throws {
        let warning = try Self.warning("""
                text = {
                  readtime = "^(\\\\d+ min read$",
                },
            """)
        #expect(warning.hasPrefix(":5: outlet.text.readtime: bad regular expression"))
    }

    @Test func aDateFormatWithoutADayOrWithAStrayLetterIsReported() throws {
        let noDay = try Self.warning("    html = { date = { selector = \"time\", format = \"MMMM yyyy\" } },")
        #expect(noDay.contains("outlet.html.date.format: bad date format \"MMMM yyyy\": it has no day (d)"))
        let stray = try Self.warning("    text = { dateline = { pattern = \"^x$\", format = \"dd MMMM yyyy at HH:mm\" } },")
        #expect(stray.contains("'t' is not a pattern letter"))
    }

    @Test func valuesOfTheWrongTypeAreReported() throws {
        #expect(try Self.warning("    domains = 42,").contains("outlet.domains: must be a string or a list of strings, not a number"))
        #expect(try Self.warning("    match = true,").contains("outlet.match: must be a function, not a boolean"))
        #expect(try Self.warning("    html = \"h1\",").contains("outlet.html: must be a table, not a string"))
        #expect(try Self.warning("    html = { headline = { \"h1\" } },").contains("outlet.html.headline: must be a string, not a list"))
        #expect(try Self.warning("    domains = { \"https://example.com/\" },").contains("is not a host name"))
        #expect(try Self.warning("    text = { dateline = { pattern = \"^x$\" } },").contains("needs both pattern and format"))
    }

    @Test func editDistanceSuggestsOnlyCloseKeys() {
        #expect(OutletRuleCompiler.closest(to: "headlin", in: OutletRuleCompiler.htmlKeys) == "headline")
        #expect(OutletRuleCompiler.closest(to: "stripe", in: OutletRuleCompiler.htmlKeys) == "strip")
        #expect(OutletRuleCompiler.closest(to: "footer", in: OutletRuleCompiler.htmlKeys) == nil)
    }

    @Test func ruleSourceFindsKeysNotLongerNames() {
        let source = RuleSource("local x = 1\nreturn { outlet = {\n  subbody = 'a',\n  body == 2,\n  body = 'b',\n} }")
        #expect(source.line(of: "body") == 5)
        #expect(source.line(of: "nowhere") == 2)
    }
}
