import Foundation
@testable import LedeLua
import LedeCore
import LedeTestSupport
import Testing

/// Writes a plugin file to a temporary folder and returns its path.
func temporaryPlugin(_ source: String, named name: String = "plugin.lua") throws -> String {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("lede-lua-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    let file = folder.appendingPathComponent(name)
    try source.write(to: file, atomically: true, encoding: .utf8)
    return file.path
}

@Suite struct LuaRuntimeTests {
    /// JSON crosses into Lua and back unchanged, including nesting, numbers and Unicode.
    @Test func marshalingRoundTrips() throws {
        let runtime = try LuaRuntime()
        let value: JSONValue = ["text": "é “x” \u{1F600}", "n": 3, "x": .double(2.5), "flag": true, "list": [1, "two", ["deep": [1, 2]]], "empty": [:]]
        runtime.state.push(value)
        let back = try runtime.state.json(at: -1)
        runtime.state.top = 0
        var expected = value.objectValue!
        expected["empty"] = []  // an empty table reads back as an empty array
        #expect(back == .object(expected))
    }

    @Test func aCycleIsAnErrorNotACrash() throws {
        let runtime = try LuaRuntime()
        let path = try temporaryPlugin("""
            return { name = "cycle", version = "1.0.0", Article = function(article) article.meta.self = article.meta end }
            """)
        let (id, info) = try runtime.loadPlugin(at: path, chunkName: "cycle.lua")
        let article = Article(id: "a", source: Source(format: .text))
        #expect(throws: InputError.self) { try runtime.filter(article, through: [(id, info)]) }
    }

    @Test func theInstructionBudgetStopsALoopWithItsLine() throws {
        let runtime = try LuaRuntime(limits: LuaLimits(instructionsPerCall: 100_000, memoryBytes: 0))
        let path = try temporaryPlugin("return { name = \"spin\", version = \"1.0.0\",\n  Article = function()\n    while true do end\n  end }\n")
        let (id, info) = try runtime.loadPlugin(at: path, chunkName: "spin.lua")
        let error = #expect(throws: InputError.self) {
            try runtime.filter(Article(id: "a", source: Source(format: .text)), through: [(id, info)])
        }
        #expect(error?.code == .budget)
        #expect(error?.message.hasPrefix("spin.lua:3: instruction budget exceeded (100000 instructions per call") == true)
        #expect(error?.message.hasSuffix("[article a, Article]") == true)
    }

    @Test func theBudgetIsPerHookCallNotPerArticle() throws {
        // Each of the 15 paragraphs costs well under the budget; together they would exceed it.
        let runtime = try LuaRuntime(limits: LuaLimits(instructionsPerCall: 200_000, memoryBytes: 0))
        let path = try temporaryPlugin("""
            return { name = "busy", version = "1.0.0", Paragraph = function() local n = 0 for i = 1, 10000 do n = n + i end end }
            """)
        let (id, info) = try runtime.loadPlugin(at: path, chunkName: "busy.lua")
        var article = Article(id: "a", source: Source(format: .text))
        article.body = (1...15).map { .paragraph("p\($0)") }
        #expect(try runtime.filter(article, through: [(id, info)]) == .keep(article))
    }

    @Test func aMemoryBombFailsWithTheMemoryBudget() throws {
        let runtime = try LuaRuntime(limits: LuaLimits(instructionsPerCall: 0, memoryBytes: 16 << 20))
        let path = try temporaryPlugin("""
            return { name = "bomb", version = "1.0.0", Article = function() local t = {} for i = 1, 1e8 do t[i] = i end end }
            """)
        let (id, info) = try runtime.loadPlugin(at: path, chunkName: "bomb.lua")
        let error = #expect(throws: InputError.self) {
            try runtime.filter(Article(id: "a", source: Source(format: .text)), through: [(id, info)])
        }
        #expect(error == InputError(.budget, "bomb.lua: memory budget exceeded (16 MB per Lua state; raise it with --lua-memory) [article a, Article]"))
        runtime.collectGarbage()
        #expect(runtime.memoryInUse < 4 << 20, "the bomb's garbage is collected")
    }

    /// A plugin that keeps what it allocates in a global exhausts the state for good; the chain
    /// rebuilds its runtime so the next article is processed normally.
    @Test func theChainRecoversAfterAGlobalMemoryLeak() throws {
        let path = try temporaryPlugin("""
            hoard = {}
            return { name = "hoarder", version = "1.0.0", Article = function(article)
              if article.id == "big" then for i = 1, 1e8 do hoard[i] = { i } end end
              article.meta.ok = true
            end }
            """)
        let locator = PluginLocator(pluginDirectories: [], environment: ["LEDE_BUNDLED_PLUGINS": ""])
        let setup = try PluginSetup(plugins: [path], writer: nil, settings: [], locator: locator, limits: LuaLimits(instructionsPerCall: 0, memoryBytes: 24 << 20))
        let chain = try PluginChain(setup: setup)
        let big = Article(id: "big", source: Source(format: .text))
        #expect(throws: InputError.self) { try chain.process(big) }
        var small = Article(id: "small", source: Source(format: .text))
        guard case .keep(let kept) = try chain.process(small) else { Issue.record("dropped"); return }
        small.meta["ok"] = true
        #expect(kept == small)
    }

    @Test func hostFunctionErrorsPointAtThePluginLine() throws {
        let runtime = try LuaRuntime()
        let path = try temporaryPlugin("return { name = \"re\", version = \"1.0.0\",\n  Article = function()\n    lede.re.gsub('x', '(', 'y')\n  end }\n")
        let (id, info) = try runtime.loadPlugin(at: path, chunkName: "re.lua")
        let error = #expect(throws: InputError.self) {
            try runtime.filter(Article(id: "a", source: Source(format: .text)), through: [(id, info)])
        }
        #expect(error?.message == "re.lua:3: invalid regular expression '(' [article a, Article]")
    }
}
