import Foundation
import LedeLua
import LedeTestSupport
import Testing

/// Lua test scripts (`Tests/Fixtures/lua/*.lua`, assertions in Lua) run under the plugin
/// sandbox, the way `lede lua` runs them: the `lede` module tested from the language
/// plugin authors use.
@Suite struct LuaScriptTests {
    static let scripts = Fixtures.files(in: "lua", endingWith: ".lua").map(\.lastPathComponent).filter { $0 != "helper_module.lua" }

    @Test(arguments: scripts)
    func scriptPasses(_ name: String) throws {
        let runtime = try LuaRuntime()
        let path = Fixtures.url("lua/" + name).path
        do {
            try runtime.runScript(at: path, chunkName: "lua/" + name, arguments: [])
        } catch {
            Issue.record("\(error)")
        }
    }

    @Test func aFailingAssertionIsReportedWithItsLine() throws {
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("lede-fails-\(UUID().uuidString).lua")
        try "local x = 1\nassert(x == 2, 'x is not 2')\n".write(to: file, atomically: true, encoding: .utf8)
        #expect(throws: LuaError.runtime("fails.lua:2: x is not 2")) {
            try LuaRuntime().runScript(at: file.path, chunkName: "fails.lua", arguments: [])
        }
    }
}
