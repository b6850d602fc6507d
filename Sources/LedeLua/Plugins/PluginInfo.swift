import LedeCore

/// What a plugin file declares about itself, checked when it loads.
public struct PluginInfo: Sendable, Equatable {
    public var name: String
    public var version: String
    public var description: String?
    /// The hook functions it defines, in contract order (`Paragraph` … `Block`, `Article`, `Writer`, …).
    public var hooks: [String]
    public var options: [String: PluginOption]
    /// The prelude's picture of the `outlet` table when the plugin is an outlet rule; compiled
    /// into an `OutletRule` by `OutletRuleCompiler`.
    public var outlet: JSONValue?
    /// Where it was loaded from, and the short name its errors carry (`plugins/quotes.lua`).
    public var path: String
    public var chunkName: String

    /// `name@version`, as `by` in tags and removals.
    public var identity: String { "\(name)@\(version)" }

    public var isWriter: Bool { hooks.contains("Writer") }
    public var isFilter: Bool { hooks.contains { $0 != "Writer" && $0 != "Header" && $0 != "Footer" } }

    public var isOutletRule: Bool { outlet != nil }

    /// "filter", "writer", "outlet", or several.
    public var kinds: [String] { (isFilter ? ["filter"] : []) + (isWriter ? ["writer"] : []) + (isOutletRule ? ["outlet"] : []) }

    private static let namePattern = Pattern(#"^[a-z0-9][a-z0-9_-]*$"#, caseInsensitive: false)
    private static let semver = Pattern(#"^\d+\.\d+\.\d+(?:-[0-9A-Za-z.-]+)?(?:\+[0-9A-Za-z.-]+)?$"#, caseInsensitive: false)

    /// Reads the description the prelude returns for a loaded plugin table.
    init(description json: JSONValue, path: String, chunkName: String) throws(PluginLoadError) {
        let fields = try PluginLoadError.wrapping(chunkName) { () throws(JSONShapeError) in try JSONFields(json) }
        func problem(_ text: String) -> PluginLoadError { PluginLoadError(chunkName: chunkName, message: text, kind: .invalid) }
        guard let name = fields.object["name"]?.stringValue else {
            throw problem("the plugin table needs a string 'name' (found \(fields.object["nameType"]?.stringValue ?? "nil"))")
        }
        guard Self.namePattern.matches(name) else {
            throw problem("name '\(name)' must be lowercase letters, digits, '-' or '_'")
        }
        guard let version = fields.object["version"]?.stringValue else {
            throw problem("the plugin table needs a string 'version' (found \(fields.object["versionType"]?.stringValue ?? "nil"))")
        }
        guard Self.semver.matches(version) else { throw problem("version '\(version)' is not semver (like 1.0.0)") }
        self.name = name
        self.version = version
        self.description = fields.object["description"]?.stringValue
        self.hooks = (fields.object["hooks"]?.arrayValue ?? []).compactMap(\.stringValue)
        self.outlet = fields.object["outlet"]
        self.path = path
        self.chunkName = chunkName
        var options: [String: PluginOption] = [:]
        for (key, spec) in try PluginLoadError.wrapping(chunkName, { () throws(JSONShapeError) in try fields.object("options") }) {
            do {
                options[key] = try PluginOption(key: key, declaration: spec)
            } catch {
                throw problem(error.message)
            }
        }
        self.options = options
    }
}

/// Why a plugin could not be loaded. Named with `-p`, this is a usage error; found while
/// scanning a search folder, a warning and the file is skipped.
public struct PluginLoadError: Error, CustomStringConvertible {
    public enum Kind: Sendable { case syntax, runtime, invalid, notFound, ambiguous }
    public let chunkName: String
    public let message: String
    public let kind: Kind

    public init(chunkName: String, message: String, kind: Kind) {
        self.chunkName = chunkName
        self.message = message
        self.kind = kind
    }

    /// True when the file returned a table without a name: a module or data file that sits
    /// beside plugins (`places_data.lua`), skipped quietly wherever folders are scanned.
    public var isNotAPlugin: Bool {
        kind == .invalid && message.hasPrefix("the plugin table needs a string 'name' (found nil)")
    }

    /// The message, prefixed with the file unless Lua already put `file:line:` in front.
    public var description: String {
        message.hasPrefix(chunkName + ":") || chunkName.isEmpty ? message : "\(chunkName): \(message)"
    }

    static func wrapping<T>(_ chunkName: String, _ body: () throws(JSONShapeError) -> T) throws(PluginLoadError) -> T {
        do {
            return try body()
        } catch {
            throw PluginLoadError(chunkName: chunkName, message: "invalid plugin table: \(error)", kind: .invalid)
        }
    }
}
