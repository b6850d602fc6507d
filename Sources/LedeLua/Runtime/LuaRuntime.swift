import CLua
import Foundation
import LedeCore

/// One Lua state with lede's prelude loaded: the only way the rest of lede talks to Lua.
///
/// A runtime belongs to one thread (one per worker). Plugins are compiled into it once and
/// then called per article by id.
public final class LuaRuntime {
    let state: LuaState
    private var runner: Int32 = 0
    private var regexes: [String: NSRegularExpression] = [:]
    private var datePatterns: [String: DatePattern] = [:]
    private var selectors: [String: Selector] = [:]
    /// The page an outlet rule's `match`/`fixup` reads through `doc`, while the call lasts.
    var openDocument: OpenDocument?

    public init(limits: LuaLimits = LuaLimits()) throws(LuaError) {
        state = try LuaState(limits: limits)
        state.host = Unmanaged.passUnretained(self).toOpaque()
        try state.load(Prelude.source, chunkName: "lede")
        state.withHostAccess { pushHostTable() }
        try state.call(arguments: 1, results: 1)
        runner = state.withHostAccess { luaL_ref(state.pointer, lede_registryindex()) }
    }

    public var limits: LuaLimits { state.limits }

    /// Bytes the state holds.
    public var memoryInUse: Int { state.memoryInUse }

    private func pushHostTable() {
        let modules = TextModule.functions + RegexModule.functions + JSONModule.functions + DateModule.functions + LogModule.functions
            + DocumentModule.functions
        lua_createtable(state.pointer, 0, Int32(modules.count + 3))
        for (name, function) in modules {
            lede_push_host_function(state.pointer, function)
            lua_setfield(state.pointer, -2, name)
        }
        lede_push_budget_reset(state.pointer)
        lua_setfield(state.pointer, -2, "budget_reset")
        lede_push_host_function(state.pointer, readModule)
        lua_setfield(state.pointer, -2, "read_module")
        state.push(Lede.version)
        lua_setfield(state.pointer, -2, "version")
    }

    /// Pushes `runner[method]`, then the arguments `push` adds, and calls it.
    func callRunner(_ method: String, results: Int32, _ push: () -> Int32) throws(LuaError) {
        let arguments: Int32 = state.withHostAccess {
            lua_rawgeti(state.pointer, lede_registryindex(), lua_Integer(runner))
            lua_getfield(state.pointer, -1, method)
            lede_remove(state.pointer, -2)
            return push()
        }
        try state.call(arguments: arguments, results: results)
    }

    /// True when the last failure was a budget running out (set by the count hook or allocator).
    var budgetWasExceeded: Bool { lede_extra(state.pointer).pointee.exceeded != LEDE_EXCEEDED_NONE }

    /// True when the last budget failure was the memory budget.
    var memoryWasExceeded: Bool { lede_extra(state.pointer).pointee.exceeded == LEDE_EXCEEDED_MEMORY }

    func regex(_ pattern: String, flags: String) throws -> NSRegularExpression {
        let key = flags + "\u{0}" + pattern
        if let cached = regexes[key] { return cached }
        let regex = try RegexModule.compile(pattern, flags: flags)
        regexes[key] = regex
        return regex
    }

    func selector(_ text: String) throws(SelectorError) -> Selector {
        if let cached = selectors[text] { return cached }
        let selector = try Selector(text)
        selectors[text] = selector
        return selector
    }

    func datePattern(_ format: String) -> DatePattern {
        if let cached = datePatterns[format] { return cached }
        let pattern = DatePattern(format)
        datePatterns[format] = pattern
        return pattern
    }
}

/// `require`'s file access: reads a module file the prelude has already checked lies beside
/// the plugin (its name holds no `..` and no `/` of its own).
private let readModule: HostFunction = { state in
    let call = HostCall(state, "require")
    guard let path = call.string(1) else { return call.error(HostFailure("bad module path")) }
    guard let data = FileManager.default.contents(atPath: path) else {
        lua_pushnil(call.state)
        call.push("no file \(path)")
        return 2
    }
    call.push(String(decoding: data, as: UTF8.self))
    return 1
}

extension LuaRuntime {
    /// Frees what Lua code no longer references.
    public func collectGarbage() { state.collectGarbage() }
}
