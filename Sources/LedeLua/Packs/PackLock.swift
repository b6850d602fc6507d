import Foundation
import LedeCore

/// `lede.lock`: what is installed, from where, and the hash of exactly what was installed, so
/// `lede packs sync` can reproduce it on another machine and notice when it cannot.
public struct PackLock: Sendable, Equatable {
    public struct Entry: Sendable, Equatable {
        public var name: String
        public var version: String
        /// The source as given to `install` (folders and archives made absolute; git with `@ref`).
        public var source: String
        /// The commit a git source resolved to.
        public var commit: String?
        /// `PackHash` of the installed files, lowercase hex.
        public var sha256: String

        public init(name: String, version: String, source: String, commit: String? = nil, sha256: String) {
            self.name = name
            self.version = version
            self.source = source
            self.commit = commit
            self.sha256 = sha256
        }
    }

    /// By name.
    public private(set) var entries: [Entry] = []

    public init(entries: [Entry] = []) {
        for entry in entries { set(entry) }
    }

    public mutating func set(_ entry: Entry) {
        entries.removeAll { $0.name == entry.name }
        entries.append(entry)
        entries.sort { $0.name < $1.name }
    }

    public mutating func remove(_ name: String) { entries.removeAll { $0.name == name } }

    public func entry(_ name: String) -> Entry? { entries.first { $0.name == name } }

    /// Reads a lock file; a missing one is an empty lock.
    public static func read(_ path: String) throws(PackError) -> PackLock {
        guard let data = FileManager.default.contents(atPath: path) else { return PackLock() }
        do {
            let fields = try JSONFields(try JSONParser.parse(String(decoding: data, as: UTF8.self)))
            var lock = PackLock()
            for item in try fields.array("packs") {
                let pack = try JSONFields(item, path: "$.packs")
                lock.set(Entry(name: try pack.requiredString("name"), version: try pack.requiredString("version"),
                               source: try pack.requiredString("source"), commit: try pack.string("commit"),
                               sha256: try pack.requiredString("sha256")))
            }
            return lock
        } catch {
            throw PackError(path: path, message: "not a lede lock file: \(error)")
        }
    }

    public var json: JSONValue {
        let packs = entries.map { entry -> JSONValue in
            var fields = JSONObjectBuilder()
            fields.set("name", entry.name)
            fields.set("version", entry.version)
            fields.set("source", entry.source)
            fields.set("commit", entry.commit)
            fields.set("sha256", entry.sha256)
            return fields.json
        }
        return .object(JSONObject([("lockVersion", 1), ("packs", .array(packs))]))
    }

    /// Writes the lock atomically (a temporary file beside it, renamed over it).
    public func write(_ path: String) throws(PackError) {
        let temporary = path + ".tmp-\(getpid())"
        let text = json.serialized(pretty: true) + "\n"
        do {
            try FileManager.default.createDirectory(atPath: (path as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
            try Data(text.utf8).write(to: URL(fileURLWithPath: temporary))
            guard rename(temporary, path) == 0 else { throw PackError(path: path, message: "cannot replace the lock file") }
        } catch let error as PackError {
            throw error
        } catch {
            try? FileManager.default.removeItem(atPath: temporary)
            throw PackError(path: path, message: "cannot write the lock file: \(error.localizedDescription)")
        }
    }
}

/// The hash a lock records: SHA-256 over the pack's files in byte-wise sorted path order, each
/// contributing `PATH NUL SHA256-HEX-OF-CONTENT LF` (hidden files such as `.git` left out), so
/// it changes when any file's name or content does and not with timestamps or permissions.
public enum PackHash {
    public static func of(folder: String) -> String {
        var manifest: [UInt8] = []
        for relative in files(in: folder) {
            let content = FileManager.default.contents(atPath: folder + "/" + relative) ?? Data()
            manifest += Array(relative.utf8) + [0] + Array(SHA256.hex(content).utf8) + [0x0A]
        }
        return SHA256.hex(manifest)
    }

    public static func files(in folder: String) -> [String] {
        guard let enumerator = FileManager.default.enumerator(atPath: folder) else { return [] }
        var files: [String] = []
        while let relative = enumerator.nextObject() as? String {
            if relative.split(separator: "/").contains(where: { $0.hasPrefix(".") }) { continue }
            var isDirectory: ObjCBool = false
            if FileManager.default.fileExists(atPath: folder + "/" + relative, isDirectory: &isDirectory), !isDirectory.boolValue {
                files.append(relative)
            }
        }
        return files.sorted { Array($0.utf8).lexicographicallyPrecedes(Array($1.utf8)) }
    }
}
