import Foundation
import LedeCore

/// The plugins a run uses, resolved and checked once, and able to load themselves into any
/// number of runtimes (one per worker, and again after a runtime is reset). The runtime used
/// to resolve them already holds the filters, so the first `loadFilters()` hands it over
/// instead of compiling every plugin (and its data) a second time.
public final class PluginSetup {
    public struct Resolved: Sendable {
        public var path: String
        public var chunkName: String
        public var info: PluginInfo
        public var options: JSONValue
    }

    /// Filters and taggers, in command-line order.
    public let filters: [Resolved]
    /// The writer plugin, when `--to` names one.
    public let writer: Resolved?
    public let limits: LuaLimits
    /// The resolving runtime with the filters' ids in it, until the first `loadFilters()`.
    private var spare: (runtime: LuaRuntime, ids: [Int])?
    /// Workers are made on several threads; the spare runtime goes to one of them.
    private let spareLock = NSLock()

    /// Resolves `-p` arguments and an optional writer, and checks `-M name.key=value` settings.
    /// Throws a usage-level `PluginLoadError` for anything wrong, before any input is read.
    public init(plugins: [String], writer: String?, settings: [String], locator: PluginLocator, limits: LuaLimits) throws(PluginLoadError) {
        self.limits = limits
        let scratch: LuaRuntime
        do {
            scratch = try LuaRuntime(limits: limits)
        } catch {
            throw PluginLoadError(chunkName: "", message: error.description, kind: .runtime)
        }
        var resolvedFilters: [(String, String, PluginInfo)] = []
        var ids: [Int] = []
        for argument in plugins {
            let (path, chunk, info, id) = try Self.resolve(argument, locator: locator, scratch: scratch)
            guard info.isFilter else {
                throw PluginLoadError(chunkName: chunk, message: "'\(info.name)' has no filter hooks (it is a writer: use --to \(info.name))", kind: .invalid)
            }
            resolvedFilters.append((path, chunk, info))
            ids.append(id)
        }
        var resolvedWriter: (String, String, PluginInfo)?
        if let writer {
            let found: (String, String, PluginInfo)
            do {
                let (path, chunk, info, _) = try Self.resolve(writer, locator: locator, scratch: scratch)
                found = (path, chunk, info)
            } catch where error.kind == .notFound {
                throw PluginLoadError(chunkName: "", message: "unknown output format '\(writer)': not a built-in format (\(BuiltInWriters.names.joined(separator: ", "))) nor a writer plugin; \(error.message)", kind: .notFound)
            }
            guard found.2.isWriter else {
                throw PluginLoadError(chunkName: found.1, message: "'\(found.2.name)' has no Writer hook, so it cannot be an output format", kind: .invalid)
            }
            resolvedWriter = found
        }
        let everyInfo = resolvedFilters.map(\.2) + (resolvedWriter.map { [$0.2] } ?? [])
        let values = try PluginSettings.parse(settings, plugins: everyInfo)
        filters = resolvedFilters.map { Resolved(path: $0.0, chunkName: $0.1, info: $0.2, options: values[$0.2.name] ?? .object(JSONObject())) }
        self.writer = resolvedWriter.map { Resolved(path: $0.0, chunkName: $0.1, info: $0.2, options: values[$0.2.name] ?? .object(JSONObject())) }
        spare = (scratch, ids)
    }

    /// Finds a plugin by path, by `pack/plugin`, or by name, and loads it once to learn what it
    /// declares. By name, the first level of the search order that has it wins; the same name
    /// in two packs of that level is ambiguous, and the error says how to pick one.
    static func resolve(_ argument: String, locator: PluginLocator, scratch: LuaRuntime) throws(PluginLoadError) -> (String, String, PluginInfo, Int) {
        var isDirectory: ObjCBool = false
        if FileManager.default.fileExists(atPath: argument, isDirectory: &isDirectory), !isDirectory.boolValue {
            let chunk = PluginLocator.chunkName(for: argument)
            let (id, info) = try scratch.loadPlugin(at: argument, chunkName: chunk)
            return (argument, chunk, info, id)
        }
        var name = argument, pack: String?
        if let slash = argument.firstIndex(of: "/"), !argument.hasSuffix(".lua"),
            argument.firstIndex(of: "/") == argument.lastIndex(of: "/"), !argument.hasPrefix("."), !argument.hasPrefix("/")
        {
            pack = String(argument[..<slash])
            name = String(argument[argument.index(after: slash)...])
        } else if argument.hasSuffix(".lua") || argument.contains("/") {
            throw PluginLoadError(chunkName: argument, message: "no such plugin file", kind: .notFound)
        }
        var found: (candidate: PluginLocator.Candidate, id: Int, info: PluginInfo)?
        for candidate in locator.candidates(named: name, inPack: pack) {
            if let first = found, candidate.level != first.candidate.level || !Self.isFileNamed(candidate, name) { break }
            guard let (id, info) = try? scratch.loadPlugin(at: candidate.path, chunkName: candidate.chunkName), info.name == name else { continue }
            guard let first = found else {
                found = (candidate, id, info)
                continue
            }
            if first.candidate.pack != candidate.pack {
                let packs = [first.candidate, candidate].map { "\($0.pack ?? "(no pack)") (\($0.path))" }.joined(separator: " and ")
                let picks = [first.candidate, candidate].compactMap(\.pack).map { "-p \($0)/\(name)" }.joined(separator: " or ")
                throw PluginLoadError(chunkName: "", message: "plugin '\(name)' is in two packs: \(packs); pick one with \(picks)", kind: .ambiguous)
            }
        }
        if let found { return (found.candidate.path, found.candidate.chunkName, found.info, found.id) }
        if let pack {
            throw PluginLoadError(chunkName: "", message: "no plugin named '\(name)' in a pack named '\(pack)'", kind: .notFound)
        }
        let folders = locator.searchDirectories.isEmpty ? "no plugin folders" : locator.searchDirectories.joined(separator: ", ")
        throw PluginLoadError(chunkName: "", message: "no plugin named '\(argument)' (searched \(folders))", kind: .notFound)
    }

    private static func isFileNamed(_ candidate: PluginLocator.Candidate, _ name: String) -> Bool {
        (candidate.path as NSString).lastPathComponent == name + ".lua"
    }

    /// A runtime with the filters loaded and configured, ids in chain order. Safe to call
    /// from several threads at once: each caller gets a runtime of its own.
    public func loadFilters() throws(PluginLoadError) -> (runtime: LuaRuntime, chain: [(id: Int, info: PluginInfo)]) {
        let taken = spareLock.withLock { () -> (runtime: LuaRuntime, ids: [Int])? in
            defer { spare = nil }
            return spare
        }
        if let (runtime, ids) = taken {
            var chain: [(id: Int, info: PluginInfo)] = []
            for (plugin, id) in zip(filters, ids) {
                try configure(id, plugin, in: runtime)
                chain.append((id, plugin.info))
            }
            return (runtime, chain)
        }
        let runtime = try makeRuntime()
        var chain: [(id: Int, info: PluginInfo)] = []
        for plugin in filters { chain.append(try load(plugin, into: runtime)) }
        return (runtime, chain)
    }

    func makeRuntime() throws(PluginLoadError) -> LuaRuntime {
        do {
            return try LuaRuntime(limits: limits)
        } catch {
            throw PluginLoadError(chunkName: "", message: error.description, kind: .runtime)
        }
    }

    func load(_ plugin: Resolved, into runtime: LuaRuntime) throws(PluginLoadError) -> (id: Int, info: PluginInfo) {
        let (id, info) = try runtime.loadPlugin(at: plugin.path, chunkName: plugin.chunkName)
        try configure(id, plugin, in: runtime)
        return (id, info)
    }

    private func configure(_ id: Int, _ plugin: Resolved, in runtime: LuaRuntime) throws(PluginLoadError) {
        do {
            try runtime.configure(pluginID: id, options: plugin.options)
        } catch {
            throw PluginLoadError(chunkName: plugin.chunkName, message: error.description, kind: .runtime)
        }
    }
}
