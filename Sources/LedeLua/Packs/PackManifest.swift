import Foundation
import LedeCore

/// A pack's `pack.lua`: who it is, which lede versions it works with, which plugin files it
/// provides. Read in the sandbox like a plugin, and checked field by field, so a broken
/// manifest is an error naming `pack.lua` and the field instead of a half-working pack.
public struct PackManifest: Sendable {
    public var name: String
    public var version: String
    public var description: String?
    /// The lede versions the pack works with, as written (`>=0.1`).
    public var lede: String
    public var license: String?
    public var homepage: String?
    /// Plugin files relative to the pack's folder; nil means every plugin file in it.
    public var provides: [String]?
    /// The pack's folder.
    public var folder: String

    public static let fileName = "pack.lua"
    static let keys = ["name", "version", "description", "lede", "license", "homepage", "provides"]
    private static let namePattern = Pattern(#"^[a-z0-9]+(?:-[a-z0-9]+)*$"#, caseInsensitive: false)

    /// Reads and checks `FOLDER/pack.lua`, including that the running lede is in its range.
    /// Errors name `shownAs` (what the user knows the file as) when given.
    public static func load(folder: String, shownAs: String? = nil, leding running: String = Lede.version) throws(PackError) -> PackManifest {
        let path = shownAs ?? folder + "/" + fileName
        guard FileManager.default.fileExists(atPath: folder + "/" + fileName) else {
            throw PackError(path: path, message: "no pack.lua: a pack is a folder with a pack.lua manifest")
        }
        let runtime: LuaRuntime
        do {
            runtime = try LuaRuntime()
        } catch {
            throw PackError(path: path, message: error.description)
        }
        let picture: JSONValue
        do {
            picture = try runtime.loadManifest(at: folder + "/" + fileName, chunkName: fileName)
        } catch {
            throw PackError(path: path, message: error.message)
        }
        return try PackManifest(picture: picture, folder: folder, path: path, running: running)
    }

    init(picture: JSONValue, folder: String, path: String, running: String) throws(PackError) {
        func problem(_ field: String, _ message: String) -> PackError { PackError(path: path, field: field, message: message) }
        guard case .object(let table) = picture else { throw PackError(path: path, message: "must return a table") }
        if let unknown = table.keys.first(where: { !Self.keys.contains($0) }) {
            throw problem(unknown, "unknown field (known: \(Self.keys.joined(separator: ", ")))")
        }
        func string(_ key: String, required: Bool) throws(PackError) -> String? {
            switch table[key] {
            case .string(let text)?: return text
            case nil where !required: return nil
            case nil: throw problem(key, "missing")
            case let other?: throw problem(key, "must be a string, not \(other.serialized())")
            }
        }
        name = try string("name", required: true)!
        guard Self.namePattern.matches(name) else { throw problem("name", "'\(name)' must be lowercase letters, digits and dashes (like newsroom-tools)") }
        version = try string("version", required: true)!
        guard SemanticVersion(version) != nil else { throw problem("version", "'\(version)' is not a semantic version (like 1.2.0)") }
        description = try string("description", required: false)
        license = try string("license", required: false)
        homepage = try string("homepage", required: false)
        guard let lede = try string("lede", required: false) else {
            throw problem("lede", "missing: say which lede versions the pack works with (like \">=\(running.split(separator: ".").prefix(2).joined(separator: "."))\")")
        }
        self.lede = lede
        let range: VersionRange
        do {
            range = try VersionRange(lede)
        } catch {
            throw problem("lede", "'\(lede)' is not a version range: \(error)")
        }
        if let current = SemanticVersion(running), !range.contains(current) {
            throw problem("lede", "the pack needs lede \(lede); this is lede \(running)")
        }
        self.folder = folder
        switch table["provides"] {
        case nil: provides = nil
        case .array(let items)?:
            var files: [String] = []
            for item in items {
                guard case .string(let file) = item else { throw problem("provides", "must list file paths (strings)") }
                guard !file.hasPrefix("/"), !file.split(separator: "/").contains(".."), file.hasSuffix(".lua") else {
                    throw problem("provides", "'\(file)' must be a .lua file inside the pack")
                }
                guard FileManager.default.fileExists(atPath: folder + "/" + file) else { throw problem("provides", "'\(file)' is not in the pack") }
                files.append(file)
            }
            provides = files
        case let other?:
            throw problem("provides", "must be a list of file paths, not \(other.serialized())")
        }
    }

    /// The plugin files the pack offers: `provides`, else every `.lua` file in its folder
    /// except the manifest, `tests/` and `types/` (modules `require`d by a plugin are loaded
    /// as candidates too, and skipped as not being plugins).
    public var pluginFiles: [String] {
        if let provides { return provides.map { folder + "/" + $0 } }
        return PluginLocator.luaFiles(in: folder)
    }

    /// The files a pack's manifest lists in `provides`, for the locator: nil when it lists
    /// none (or cannot be read; `lede packs test` and `install` report that).
    static func declaredFiles(in folder: String) -> [String]? {
        let path = folder + "/" + fileName
        guard let data = FileManager.default.contents(atPath: path), data.containsASCII(caseInsensitive: "provides") else { return nil }
        return (try? load(folder: folder))?.provides
    }

    /// `name@version`.
    public var identity: String { "\(name)@\(version)" }
}

/// Why a pack cannot be used or installed, naming its `pack.lua` and the field.
public struct PackError: Error, CustomStringConvertible {
    public let path: String
    public var field: String?
    public let message: String

    public init(path: String, field: String? = nil, message: String) {
        self.path = path
        self.field = field
        self.message = message
    }

    public var description: String { "\(path): " + (field.map { "\($0): " } ?? "") + message }
}
