import CLua
import Foundation
import LedeCore

/// The runtime's plugin calls: load a plugin file, configure it, run filters over an article,
/// call writer hooks, run a script. Each failure comes back typed, with the plugin's file.
extension LuaRuntime {
    /// Compiles and runs a plugin file; returns its id in this runtime and what it declares.
    public func loadPlugin(at path: String, chunkName: String) throws(PluginLoadError) -> (id: Int, info: PluginInfo) {
        let source = try Self.readSource(path, chunkName: chunkName)
        let directory = (path as NSString).deletingLastPathComponent
        let chunkDirectory = Self.directoryPrefix(of: chunkName)
        do {
            try callRunner("load", results: 3) {
                state.push(source)
                state.push(chunkName)
                state.push(directory.isEmpty ? "." : directory)
                state.push(chunkDirectory)
                return 4
            }
        } catch {
            throw PluginLoadError(chunkName: chunkName, message: error.description, kind: .runtime)
        }
        defer { state.top -= 3 }
        guard lua_type(state.pointer, -3) == LUA_TNUMBER else {
            let message = state.string(at: -2) ?? "could not be loaded"
            let kind: PluginLoadError.Kind = state.string(at: -1) == "syntax" ? .syntax : (state.string(at: -1) == "shape" ? .invalid : .runtime)
            throw PluginLoadError(chunkName: chunkName, message: message, kind: kind)
        }
        let id = Int(lede_tointeger(state.pointer, -3))
        let description: JSONValue
        do {
            description = try state.json(at: -2)
        } catch {
            throw PluginLoadError(chunkName: chunkName, message: error.description, kind: .invalid)
        }
        return (id, try PluginInfo(description: description, path: path, chunkName: chunkName))
    }

    /// Gives a loaded plugin its options table (defaults and `-M` values).
    public func configure(pluginID: Int, options: JSONValue) throws(LuaError) {
        try callRunner("configure", results: 0) {
            lua_pushinteger(state.pointer, lua_Integer(pluginID))
            state.push(options)
            return 2
        }
    }

    /// Runs plugins in order over an article. The article crosses into Lua once and back once.
    public func filter(_ article: Article, through chain: [(id: Int, info: PluginInfo)]) throws(InputError) -> ProcessingOutcome {
        let base = state.top
        defer { state.top = base }
        state.push(article.json)
        let slot = state.top
        for plugin in chain {
            do {
                try callRunner("filter", results: 3) {
                    lua_pushinteger(state.pointer, lua_Integer(plugin.id))
                    lua_pushvalue(state.pointer, slot)
                    state.push(plugin.info.identity)
                    return 3
                }
            } catch {
                throw failure(error.description, budget: budgetWasExceeded || error.isBudget, plugin: plugin.info, article: article.id, element: nil)
            }
            switch state.string(at: -3) {
            case "ok":
                lua_copy(state.pointer, -2, slot)
                state.top -= 3
            case "dropped":
                return .dropped(by: plugin.info.identity)
            default:
                throw failure(state.string(at: -2) ?? "failed", budget: budgetWasExceeded, plugin: plugin.info, article: article.id, element: state.string(at: -1))
            }
        }
        do {
            return .keep(try Article(json: state.json(at: slot)))
        } catch let error as JSONShapeError {
            throw InputError(.plugin, "\(chain.last?.info.chunkName ?? "plugin"): the article the plugins returned is invalid: \(error) [article \(article.id)]")
        } catch {
            throw InputError(.plugin, "\(chain.last?.info.chunkName ?? "plugin"): \(error) [article \(article.id)]")
        }
    }

    /// Calls `Writer(article, opts)`, or `Header(opts)`/`Footer(opts)` when `article` is nil.
    public func write(_ hook: String, pluginID: Int, info: PluginInfo, article: Article?) throws(InputError) -> String {
        let base = state.top
        defer { state.top = base }
        do {
            try callRunner("write", results: 3) {
                lua_pushinteger(state.pointer, lua_Integer(pluginID))
                state.push(hook)
                if let article { state.push(article.json) } else { lua_pushnil(state.pointer) }
                state.push(info.identity)
                return 4
            }
        } catch {
            throw failure(error.description, budget: budgetWasExceeded || error.isBudget, plugin: info, article: article?.id, element: hook)
        }
        guard state.string(at: -3) == "ok", let text = state.string(at: -2) else {
            throw failure(state.string(at: -2) ?? "failed", budget: budgetWasExceeded, plugin: info, article: article?.id, element: hook)
        }
        return text
    }

    /// Runs a script (`lede lua FILE`) with the `lede` module and `arg`, under the sandbox.
    public func runScript(at path: String, chunkName: String, arguments: [String]) throws(LuaError) {
        let source: String
        do {
            source = try Self.readSource(path, chunkName: chunkName)
        } catch {
            throw LuaError.runtime(error.description)
        }
        let directory = (path as NSString).deletingLastPathComponent
        try callRunner("load", results: 2) {
            state.push(source)
            state.push(chunkName)
            state.push(directory.isEmpty ? "." : directory)
            state.push(Self.directoryPrefix(of: chunkName))
            lua_pushboolean(state.pointer, 1)
            return 5
        }
        guard lua_type(state.pointer, -2) == LUA_TFUNCTION else {
            let message = state.string(at: -1) ?? "could not be loaded"
            state.top -= 2
            throw LuaError.syntax(message)
        }
        state.top -= 1
        state.withHostAccess {
            for argument in arguments { state.push(argument) }
        }
        try state.call(arguments: Int32(arguments.count), results: 0)
    }

    private func failure(_ message: String, budget: Bool, plugin: PluginInfo, article: String?, element: String?) -> InputError {
        var message = message
        if budget, memoryWasExceeded {
            message = "memory budget exceeded (\(limits.memoryBytes >> 20) MB per Lua state; raise it with --lua-memory)"
        }
        let located = message.hasPrefix(plugin.chunkName + ":") ? message : "\(plugin.chunkName): \(message)"
        let context = [article.map { "article \($0)" }, element].compactMap { $0 }.joined(separator: ", ")
        return InputError(budget ? .budget : .plugin, context.isEmpty ? located : "\(located) [\(context)]")
    }

    static func readSource(_ path: String, chunkName: String) throws(PluginLoadError) -> String {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw PluginLoadError(chunkName: chunkName, message: "cannot read \(path)", kind: .notFound)
        }
        if data.first == 0x1B {
            throw PluginLoadError(chunkName: chunkName, message: "precompiled Lua (bytecode) is not accepted; load the source", kind: .syntax)
        }
        return String(decoding: data, as: UTF8.self)
    }

    /// `plugins/places/` for `plugins/places/places.lua`, so modules beside it get short names too.
    static func directoryPrefix(of chunkName: String) -> String {
        guard let slash = chunkName.lastIndex(of: "/") else { return "" }
        return String(chunkName[...slash])
    }
}

extension LuaError {
    var isBudget: Bool {
        if case .budget = self { return true }
        return false
    }
}

extension LuaRuntime {
    /// Runs a pack manifest in the sandbox and returns its table as JSON (no hooks, no plugins).
    public func loadManifest(at path: String, chunkName: String) throws(PluginLoadError) -> JSONValue {
        let source = try Self.readSource(path, chunkName: chunkName)
        let directory = (path as NSString).deletingLastPathComponent
        do {
            try callRunner("manifest", results: 2) {
                state.push(source)
                state.push(chunkName)
                state.push(directory.isEmpty ? "." : directory)
                state.push(Self.directoryPrefix(of: chunkName))
                return 4
            }
        } catch {
            throw PluginLoadError(chunkName: chunkName, message: error.description, kind: .runtime)
        }
        defer { state.top -= 2 }
        guard lua_type(state.pointer, -2) == LUA_TTABLE else {
            throw PluginLoadError(chunkName: chunkName, message: state.string(at: -1) ?? "could not be loaded", kind: .invalid)
        }
        do {
            return try state.json(at: -2)
        } catch {
            throw PluginLoadError(chunkName: chunkName, message: error.description, kind: .invalid)
        }
    }
}
