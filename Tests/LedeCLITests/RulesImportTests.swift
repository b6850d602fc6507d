import Foundation
import LedeCLI
import LedeCore
import LedeLua
import LedeTestSupport
import Testing

/// `lede rules import-ftr`: FiveFilters site configs (`Tests/Fixtures/ftr/`) become rule files
/// that load, extract, and say what they could not carry over.
@Suite struct RulesImportTests {
    let output: URL
    let configs = Fixtures.url("ftr")
    let why = (alternative: "not converted (lede takes one selector per field; first used)", noFetch: "(lede never fetches pages)",
               raw: "(lede rules cannot replace text in the raw HTML)", noSwitch: "(lede's extractor has no such switch)")

    init() throws {
        output = FileManager.default.temporaryDirectory.appendingPathComponent("lede-ftr-\(UUID().uuidString)/rules")
    }

    func run(_ arguments: [String]) throws -> LedeProcess.Result {
        try LedeProcess.run(["rules", "import-ftr"] + arguments, in: configs, environment: ["LEDE_PATH": "", "LEDE_BUNDLED_PLUGINS": ""])
    }

    /// The rules in the output folder, loaded as `lede rules test` loads them.
    func load() throws -> OutletRules {
        try OutletRules(locator: PluginLocator(pluginDirectories: [output.path], environment: ["LEDE_BUNDLED_PLUGINS": ""]))
    }

    func written(_ name: String) throws -> String {
        try String(contentsOf: output.appendingPathComponent(name), encoding: .utf8)
    }

    @Test func convertsEveryDirectiveOfAFullConfig() throws {
        let result = try run(["example.com.txt", "-o", output.path])
        #expect(result.status == 0)
        #expect(result.stderr == "")
        #expect(result.stdout == """
            converted example.com.txt -> \(output.path)/example-com.lua
              line 3: title: \(why.alternative)
              line 5: body: \(why.alternative)
              line 14: test_url: a test page: save it as tests/CASE.html beside the rule (its URL in tests/CASE.url), \
            then 'lede rules record tests/CASE.html --outlet example-com'
            1 files converted, 2 directives not converted

            """)
        Golden.check(try written("example-com.lua"), against: Fixtures.url("ftr/expected/example-com.lua"))
        let rules = try load()
        #expect(rules.warnings == [])
        let rule = try #require(rules.rules.first).rule
        #expect(rule.name == "example-com" && rule.domains == ["example.com"])
        #expect(rule.html.headline?.source == "//h1[@class='headline']")
        #expect(Array(rule.html.strip.map(\.source)[1...3]) == [
            #"//aside[@title="a]]b\c"]"#, "//*[contains(@class,'newsletter') or contains(@id,'newsletter')]",
            #"//*[contains(@class,"o'clock") or contains(@id,"o'clock")]"#,
        ])
        #expect(rule.html.date?.selector.source == "//time[@class='published']/@datetime")
        #expect(try FileManager.default.contentsOfDirectory(atPath: output.path) == ["example-com.lua"])
    }

    @Test func aLeadingDotMeansTheHostAndItsSubdomains() throws {
        let result = try run([".example.org.txt", "-o", output.path])
        #expect(result.stdout == "converted .example.org.txt -> \(output.path)/example-org.lua\n1 files converted, 0 directives not converted\n")
        let rules = try load()
        #expect(rules.warnings == [])
        let rule = try #require(rules.rules.first).rule
        #expect(rule.name == "example-org" && rule.domains == ["example.org"])
        #expect(rule.matches(url: "https://news.example.org/2024/story") && rule.matches(url: "https://example.org/a"))
        #expect(rule.html.body?.source == "//div[@class='content']")
    }

    @Test func listsEveryDirectiveItCannotConvertWithItsLine() throws {
        let result = try run(["unsupported.example.net.txt", "-o", output.path])
        #expect(result.status == 0)
        let report = [
            "line 3: single_page_link: not converted \(why.noFetch)", "line 4: next_page_link: not converted (lede has no multi-page support)",
            "line 5: find_string: not converted \(why.raw)", "line 6: replace_string: not converted \(why.raw)",
            "line 7: replace_string(<span class=\"drop\">): not converted \(why.raw)", "line 8: http_header(user-agent): not converted \(why.noFetch)",
            "line 9: prune: not converted \(why.noSwitch)", "line 10: tidy: not converted \(why.noSwitch)",
            "line 11: autodetect_on_failure: not converted \(why.noSwitch)", "line 12: native_ad_clue: not converted (lede rules have no native-ad check)",
            "line 13: if_page_contains: not converted (lede rules have no conditions)", "line 14: login_uri: not converted \(why.noFetch)",
            "line 15: skip_json_ld: not converted \(why.noSwitch)", "line 16: parser: not converted \(why.noSwitch)",
            "line 17: dissolve: not converted (lede rules cannot rewrite elements)", "line 18: wrap_in(blockquote): not converted (lede rules cannot rewrite elements)",
            "line 19: frobnicate: not converted (unknown directive)", "line 20: this line has no colon: not converted (not a 'directive: value' line)",
        ]
        #expect(result.stdout == "converted unsupported.example.net.txt -> \(output.path)/unsupported-example-net.lua\n"
            + report.map { "  \($0)\n" }.joined() + "1 files converted, 18 directives not converted\n")
        let lua = try written("unsupported-example-net.lua")
        #expect(lua.contains("--   line 6: replace_string: </p><p>\n") && lua.contains("--   line 20: this line has no colon\n"))
        let rules = try load()
        #expect(rules.warnings == [])
        let html = try #require(rules.rules.first).rule.html
        #expect(html.body?.source == "//div[@id='main']" && html.headline == nil && html.strip.isEmpty)
    }

    @Test func aBadXPathIsReportedAndNeverWrittenAsASelector() throws {
        let result = try run(["bad-xpath.example.net.txt", "-o", output.path])
        #expect(result.status == 0)
        // libxml2's own words for each problem are Selector's business; the line and the field are ours.
        let lines = result.stdout.split(separator: "\n").dropFirst().map(String.init)
        #expect(lines.count == 4 && lines.last == "1 files converted, 3 directives not converted")
        for (line, prefix) in zip(lines, ["  line 2: title: ", "  line 4: body: ", "  line 6: strip: "]) {
            #expect(line.hasPrefix(prefix + "not converted (invalid XPath: ") && line.hasSuffix(")"), "\(line)")
        }
        let lua = try written("bad-xpath-example-net.lua")
        #expect(lua.contains("      -- not converted (invalid XPath: ") && lua.contains("): body: //div[[@id='x'] (line 4)\n"))
        let rules = try load()
        #expect(rules.warnings == [])
        let html = try #require(rules.rules.first).rule.html
        #expect(html.headline?.source == "//h1")
        #expect(html.body?.source == "(id('content'))")  // an XPath not starting with / or (, in parentheses
        #expect(html.strip.map(\.source) == ["//aside"])
    }

    @Test func refusesToOverwriteARuleWithoutForce() throws {
        try FileManager.default.createDirectory(at: output, withIntermediateDirectories: true)
        let existing = output.appendingPathComponent("example-org.lua")
        try "-- mine\n".write(to: existing, atomically: true, encoding: .utf8)
        let refused = try run(["example.com.txt", ".example.org.txt", "-o", output.path])
        #expect(refused.status == 2)
        #expect(refused.stdout == "")
        #expect(refused.stderr == "lede: \(existing.path) already exists; use --force to overwrite it\n")
        #expect(try written("example-org.lua") == "-- mine\n")
        #expect(try FileManager.default.contentsOfDirectory(atPath: output.path) == ["example-org.lua"])
        let forced = try run(["example.com.txt", ".example.org.txt", "-o", output.path, "--force"])
        #expect(forced.status == 0)
        #expect(try written("example-org.lua").contains("domains = { \"example.org\" }"))
        #expect(try FileManager.default.contentsOfDirectory(atPath: output.path).sorted() == ["example-com.lua", "example-org.lua"])
    }

    @Test func aFolderMeansEveryTxtInItAndEveryRuleLoads() throws {
        let result = try run([configs.path, "-o", output.path + "/"])
        #expect(result.status == 0)
        #expect(result.stdout.split(separator: "\n").filter { $0.hasPrefix("converted ") }.count == 4)
        #expect(result.stdout.hasSuffix("\n4 files converted, 23 directives not converted\n"))
        let rules = try load()
        #expect(rules.warnings == [])
        #expect(rules.rules.map(\.rule.name).sorted() == ["bad-xpath-example-net", "example-com", "example-org", "unsupported-example-net"])
    }

    @Test func aFileThatCannotBeReadExitsWith1AndTheOthersAreConverted() throws {
        let result = try run(["missing.example.com.txt", "example.com.txt", "-o", output.path])
        #expect(result.status == 1)
        #expect(result.stderr == "lede: missing.example.com.txt: no such file or directory\n")
        #expect(result.stdout.hasSuffix("1 files converted, 2 directives not converted\n"))
        #expect(FileManager.default.fileExists(atPath: output.appendingPathComponent("example-com.lua").path))
    }

    @Test func usageErrorsExitWith2() throws {
        #expect(try run(["example.com.txt"]).status == 2)  // no -o
        #expect(try run(["-o", output.path]).status == 2)  // no input
        let clash = try run(["example.com.txt", Fixtures.url("ftr/example.com.txt").path, "-o", output.path])
        #expect(clash.status == 2 && clash.stderr.contains("would both be written to \(output.path)/example-com.lua"))
        #expect(!FileManager.default.fileExists(atPath: output.path))
    }

    /// Whatever an XPath holds (quotes, backslashes, `]]`, control characters), the rule file
    /// gives it back to lede unchanged.
    @Test func anyXPathSurvivesTheLuaString() throws {
        let xpaths = [#"//p[.="\"]"#, "//p[.='a]]b']", "//p[.='tab\there']", "//p[.='del\u{7F}']", "//p[.='é\\n']"]
        let text = xpaths.map { "strip: \($0)\n" }.joined() + "strip_id_or_class: it's \"x\"\n"
        let config = FTRSiteConfig(fileName: "quotes.example.com.txt", text: text)
        let conversion = try #require(FTRConverter.convert(config, fileName: "quotes.example.com.txt"))
        #expect(conversion.notConverted == [])
        try FileManager.default.createDirectory(at: output, withIntermediateDirectories: true)
        try conversion.lua.write(to: output.appendingPathComponent("quotes.lua"), atomically: true, encoding: .utf8)
        let rules = try load()
        #expect(rules.warnings == [])
        let literal = #"concat('it', "'", 's "x"')"#
        #expect(try #require(rules.rules.first).rule.html.strip.map(\.source)
            == xpaths + ["//*[contains(@class,\(literal)) or contains(@id,\(literal))]"])
    }

    /// The imported rule is the one extraction uses: headline, body, authors, date and strip
    /// come from its selectors (the page's og:title and the longer harbour prose are decoys).
    @Test func theGeneratedRuleExtracts() throws {
        #expect(try run(["example.com.txt", "-o", output.path]).status == 0)
        let result = try LedeProcess.run(["extract", "--explain", "--plugin-dir", output.path, "council-votes-budget.html"],
                                         in: configs, environment: ["LEDE_PATH": "", "LEDE_BUNDLED_PLUGINS": ""])
        #expect(result.status == 0)
        let article = try #require(try JSONParser.parse(result.stdout).objectValue)
        #expect(article["outlet"]?.stringValue == "example-com")
        #expect(article["headline"]?.stringValue == "Council votes through the city budget")
        #expect(article["datePublished"]?.stringValue == "2024-05-01T09:30:00+02:00")
        let body = try #require(article["articleBody"]?.stringValue)
        #expect(body.hasPrefix("The council voted") && body.hasSuffix("spending plans in the autumn."))
        #expect(!body.contains("o'clock") && !body.contains("harbour"))
        let provenance = try #require(article["provenance"]?.objectValue)
        #expect(provenance["headline"]?.stringValue == "rule example-com html.headline //h1[@class='headline']")
        #expect(provenance["body"]?.stringValue == "rule example-com html.body //div[@id='story-body']")
        #expect(provenance["authors"]?.stringValue == "rule example-com html.authors //span[@class='byline-name']")
    }
}
