import LedeCore
import LedeLua

/// Every plugin on the search path, for `lede plugins list` and `info`.
public struct PluginCatalog {
    public struct Entry {
        public var info: PluginInfo
        /// The pack it comes from, if any.
        public var pack: String?
        /// False when a plugin of the same name earlier on the search path wins.
        public var isActive: Bool
    }

    public private(set) var entries: [Entry] = []
    /// Files that look like plugins but failed to load, with why; they are skipped.
    public private(set) var warnings: [String] = []

    public init(locator: PluginLocator, limits: LuaLimits = LuaLimits()) throws(RunFailure) {
        let scratch: LuaRuntime
        do {
            scratch = try LuaRuntime(limits: limits)
        } catch {
            throw RunFailure(.aborted, error.description)
        }
        var seen = Set<String>()
        for candidate in locator.allCandidates() {
            do {
                let info = try scratch.loadPlugin(at: candidate.path, chunkName: candidate.chunkName).info
                entries.append(Entry(info: info, pack: candidate.pack, isActive: seen.insert(info.name).inserted))
            } catch where error.isNotAPlugin {
                continue  // a module or data file, not a plugin
            } catch {
                warnings.append("\(error.description); skipped")
            }
        }
    }

    public func named(_ name: String) -> PluginInfo? {
        entries.first { $0.isActive && $0.info.name == name }?.info
    }

    /// `lede plugins list`: one aligned row per plugin.
    public func listing() -> String {
        Table.render([["NAME", "VERSION", "KIND", "PACK", "WHERE"]] + entries.map { entry in
            [entry.info.name, entry.info.version, entry.info.kinds.joined(separator: ","), entry.pack ?? "-",
             entry.info.path + (entry.isActive ? "" : " (shadowed)")]
        })
    }

    /// `lede plugins info NAME`.
    public func details(of info: PluginInfo) -> String {
        var lines = ["\(info.name) \(info.version)"]
        if let description = info.description { lines.append(description) }
        lines.append("")
        lines.append("file:  \(info.path)")
        if let pack = entries.first(where: { $0.info.path == info.path })?.pack { lines.append("pack:  \(pack)") }
        lines.append("kind:  \(info.kinds.joined(separator: ", "))")
        lines.append("hooks: \(info.hooks.joined(separator: ", "))")
        if info.options.isEmpty {
            lines.append("options: none")
        } else {
            lines.append("options:")
            for key in info.options.keys.sorted() {
                let option = info.options[key]!
                let fallback = option.defaultValue == .null ? "" : " (default \(option.defaultValue.serialized()))"
                lines.append("  -M \(info.name).\(key)=<\(option.kind.rawValue)>\(fallback)  \(option.help ?? "")")
            }
        }
        return lines.joined(separator: "\n") + "\n"
    }
}
