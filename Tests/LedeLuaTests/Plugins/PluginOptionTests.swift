import LedeCore
@testable import LedeLua
import LedeTestSupport
import Testing

@Suite struct PluginOptionTests {
    func option(_ type: String, default value: JSONValue = .null) throws -> PluginOption {
        try PluginOption(key: "k", declaration: ["type": .string(type), "default": value, "help": "h"])
    }

    @Test func parsesEachDeclaredType() throws {
        #expect(try option("string").parse("a,b") == "a,b")
        #expect(try option("number").parse("12") == 12)
        #expect(try option("number").parse("2.5") == .double(2.5))
        #expect(try option("boolean").parse("yes") == true)
        #expect(try option("boolean").parse("OFF") == false)
        #expect(try option("list").parse("a, b,,c") == ["a", "b", "c"])
    }

    @Test func rejectsValuesOfTheWrongType() throws {
        #expect(throws: PluginOption.Problem.self) { try option("number").parse("many") }
        #expect(throws: PluginOption.Problem.self) { try option("number").parse("inf") }
        #expect(throws: PluginOption.Problem.self) { try option("boolean").parse("maybe") }
    }

    @Test func rejectsBadDeclarations() {
        #expect(throws: PluginOption.Problem.self) { try option("integer") }
        #expect(throws: PluginOption.Problem.self) { try option("number", default: "ten") }
        #expect(throws: PluginOption.Problem.self) { try PluginOption(key: "k", declaration: ["help": "no type"]) }
    }

    @Test func settingsMergeDefaultsAndChecks() throws {
        let info = try PluginInfo(description: [
            "name": "p", "version": "1.0.0", "hooks": ["Article"],
            "options": ["min": ["type": "number", "default": 50], "tags": ["type": "list"]],
        ], path: "p.lua", chunkName: "p.lua")
        let values = try PluginSettings.parse(["p.tags=a,b"], plugins: [info])
        #expect(values["p"] == ["min": 50, "tags": ["a", "b"]])
        #expect(throws: PluginLoadError.self) { try PluginSettings.parse(["p.max=3"], plugins: [info]) }
        #expect(throws: PluginLoadError.self) { try PluginSettings.parse(["q.min=3"], plugins: [info]) }
        #expect(throws: PluginLoadError.self) { try PluginSettings.parse(["p-min=3"], plugins: [info]) }
    }
}

@Suite struct PluginInfoTests {
    func info(_ fields: JSONValue) throws(PluginLoadError) -> PluginInfo {
        try PluginInfo(description: fields, path: "x.lua", chunkName: "x.lua")
    }

    @Test func acceptsAValidDeclaration() throws {
        let plugin = try info(["name": "quotes", "version": "1.2.3-beta.1", "description": "d", "hooks": ["Paragraph", "Article", "Writer"]])
        #expect(plugin.identity == "quotes@1.2.3-beta.1")
        #expect(plugin.kinds == ["filter", "writer"])
    }

    @Test(arguments: [
        (["version": "1.0.0"], "the plugin table needs a string 'name' (found nil)"),
        (["name": "Bad Name", "version": "1.0.0"], "name 'Bad Name' must be lowercase letters, digits, '-' or '_'"),
        (["name": "x"], "the plugin table needs a string 'version' (found nil)"),
        (["name": "x", "version": "1.0"], "version '1.0' is not semver (like 1.0.0)"),
    ] as [(JSONValue, String)])
    func rejectsInvalidDeclarations(_ fields: JSONValue, _ message: String) {
        let error = #expect(throws: PluginLoadError.self) { try info(fields) }
        #expect(error?.message == message)
        #expect(error?.description == "x.lua: " + message)
    }
}

@Suite struct PluginLocatorTests {
    @Test func searchOrderIsDirsThenLedePathThenBundled() {
        let locator = PluginLocator(pluginDirectories: ["a", "b"], environment: ["LEDE_PATH": "c::d", "LEDE_BUNDLED_PLUGINS": "bundled"])
        #expect(locator.searchDirectories == ["a", "b", "c", "d", "bundled"])
        #expect(PluginLocator(pluginDirectories: [], environment: ["LEDE_BUNDLED_PLUGINS": ""]).searchDirectories == [])
    }

    @Test func chunkNamesAreShort() {
        #expect(PluginLocator.chunkName(for: "./plugins/quotes.lua") == "plugins/quotes.lua")
        #expect(PluginLocator.chunkName(for: "/usr/local/share/lede/plugins/core/places/places.lua", label: "plugins/core", folder: "/usr/local/share/lede/plugins/core") == "plugins/core/places/places.lua")
        #expect(PluginLocator.chunkName(for: "/home/someone/work/plugins/x.lua") == "plugins/x.lua")
        #expect(PluginLocator.chunkName(for: String(repeating: "long/", count: 20) + "x.lua").count <= 55)
    }

    @Test func theBundledFolderIsFoundFromTheBuiltBinary() {
        let bundled = PluginLocator.bundledDirectory(executable: Fixtures.repositoryRoot.appendingPathComponent(".build/debug/lede").path)
        #expect(bundled == Fixtures.repositoryRoot.appendingPathComponent("plugins").path)
    }
}
