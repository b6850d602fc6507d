import Foundation
import LedeCore
import LedeLua

/// Runs fixtures the way `lede extract` would run their input: the fixture's own folder first
/// on the plugin search path (so its rules and plugins win), its plugins, then the checks.
public final class FixtureRunner {
    public let limits: LuaLimits
    private var rulesByHome: [String: Result<OutletRules?, PluginLoadError>] = [:]

    public init(limits: LuaLimits = LuaLimits()) {
        self.limits = limits
    }

    /// The differences between what the case produces and what it expects; empty when it passes.
    public func run(_ fixture: FixtureCase) -> [String] {
        do {
            let article = try produce(fixture)
            guard let article else { return ["the article was dropped by a filter"] }
            var differences: [String] = []
            if let path = fixture.expectedArticle {
                let expected = try JSONParser.parse(String(decoding: try read(path), as: UTF8.self))
                differences += SubsetComparison.differences(expected: expected, actual: article.json)
            }
            for (format, path) in fixture.expectedOutputs {
                let expected = String(decoding: try read(path), as: UTF8.self)
                let output = try render(article, as: format, fixture: fixture)
                if let difference = Self.firstDifference(expected: expected, actual: output) {
                    differences.append("\((path as NSString).lastPathComponent): \(difference)")
                }
            }
            return differences
        } catch {
            return ["\(error)"]
        }
    }

    /// The article the case's input gives, after its plugins; nil when a plugin dropped it.
    public func produce(_ fixture: FixtureCase, outlet: String? = nil) throws -> Article? {
        let rules = try outletRules(home: fixture.home, forcing: outlet)
        let input = InputDocument(bytes: try read(fixture.input), path: fixture.input, url: fixture.url)
        let article = try Extractor().extract(input, context: ExtractionContext(outlets: rules))
        guard !fixture.plugins.isEmpty else { return article }
        let setup = try PluginSetup(plugins: fixture.plugins, writer: nil, settings: [], locator: locator(fixture.home), limits: limits)
        switch try PluginChain(setup: setup).process(article) {
        case .keep(let processed): return processed
        case .dropped: return nil
        }
    }

    private func render(_ article: Article, as format: String, fixture: FixtureCase) throws -> String {
        let name = ["md": "markdown", "txt": "text"][format] ?? format
        if let builtIn = BuiltInWriters.named(name) { return try builtIn.header() + builtIn.render(article) + builtIn.footer() }
        let setup = try PluginSetup(plugins: [], writer: name, settings: [], locator: locator(fixture.home), limits: limits)
        let writer = try LuaWriter(setup: setup)
        return try writer.header() + writer.render(article) + writer.footer()
    }

    private func locator(_ home: String) -> PluginLocator { PluginLocator(pluginDirectories: [home]) }

    private func outletRules(home: String, forcing: String?) throws(PluginLoadError) -> OutletRules? {
        if forcing == nil, let cached = rulesByHome[home] { return try cached.get() }
        let result = Result { () throws(PluginLoadError) -> OutletRules? in
            let rules = try OutletRules(locator: locator(home), limits: limits, forcing: forcing)
            return rules.isEmpty ? nil : rules
        }
        if forcing == nil { rulesByHome[home] = result }
        return try result.get()
    }

    private func read(_ path: String) throws -> [UInt8] {
        guard let data = FileManager.default.contents(atPath: path) else { throw InputError(.notFound, "cannot read \(path)") }
        return [UInt8](data)
    }

    /// The first line where two texts differ, shown both ways; nil when they are equal.
    static func firstDifference(expected: String, actual: String) -> String? {
        guard expected != actual else { return nil }
        let wanted = expected.split(separator: "\n", omittingEmptySubsequences: false)
        let found = actual.split(separator: "\n", omittingEmptySubsequences: false)
        let line = (0..<min(wanted.count, found.count)).first { wanted[$0] != found[$0] } ?? min(wanted.count, found.count)
        func at(_ lines: [Substring]) -> String { line < lines.count ? "\"\(lines[line])\"" : "end of output" }
        return "line \(line + 1) differs\n    expected \(at(wanted))\n    got      \(at(found))"
    }
}
