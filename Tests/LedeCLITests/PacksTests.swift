import Foundation
import LedeCore
import LedeTestSupport
import Testing

/// `lede packs …` against a temporary XDG_DATA_HOME, with a local bare git repository as the
/// remote, and the `-p` resolution across packs.
@Suite struct PacksTests {
    /// A scratch folder with its own XDG_DATA_HOME and helpers to write packs and run lede there.
    struct Workspace {
        let root: URL
        var environment: [String: String] { ["XDG_DATA_HOME": root.path + "/xdg", "LEDE_BUNDLED_PLUGINS": "", "LEDE_PATH": ""] }
        var lockPath: String { root.path + "/xdg/lede/lede.lock" }

        init() throws {
            root = FileManager.default.temporaryDirectory.appendingPathComponent("lede-packs-\(UUID().uuidString)")
            try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
        }

        func write(_ path: String, _ text: String) throws {
            let url = root.appendingPathComponent(path)
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try text.write(to: url, atomically: true, encoding: .utf8)
        }

        /// A pack folder with a manifest and one tagger named `plugin`.
        func pack(_ folder: String, name: String, version: String = "1.0.0", lede: String = ">=0.1", plugin: String = "stamp") throws {
            try write("\(folder)/pack.lua", "return { name = \"\(name)\", version = \"\(version)\", lede = \"\(lede)\", description = \"test\" }\n")
            try write("\(folder)/taggers/\(plugin).lua", """
                return { name = "\(plugin)", version = "\(version)",
                  Article = function(article) article.meta.stamp = "\(name) \(version)" end }
                """)
        }

        @discardableResult
        func lede(_ arguments: String...) throws -> LedeProcess.Result {
            try LedeProcess.run(arguments, in: root, environment: environment)
        }

        func shell(_ command: String) throws {
            let process = Process()
            process.executableURL = URL(fileURLWithPath: "/bin/sh")
            process.arguments = ["-c", command]
            process.currentDirectoryURL = root
            process.environment = ["PATH": ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin", "HOME": root.path,
                                   "GIT_AUTHOR_NAME": "t", "GIT_AUTHOR_EMAIL": "t@example.com",
                                   "GIT_COMMITTER_NAME": "t", "GIT_COMMITTER_EMAIL": "t@example.com"]
            try process.run()
            process.waitUntilExit()
            #expect(process.terminationStatus == 0, "\(command)")
        }

        func lock() throws -> JSONValue {
            try JSONParser.parse(String(contentsOfFile: lockPath, encoding: .utf8))
        }
    }

    static let article = "Harbour bridge reopens\n\nThe harbour bridge reopened on Tuesday after months of repairs to its deck.\n"

    @Test func installFromAFolderRecordsTheLockAndIsUsable() throws {
        let work = try Workspace()
        try work.pack("src", name: "newsroom-tools")
        let install = try work.lede("packs", "install", "src")
        #expect(install.status == 0, "\(install.stderr)")
        #expect(install.stdout.hasPrefix("installed newsroom-tools 1.0.0 in "))
        #expect(install.stdout.contains("  stamp 1.0.0  filter  newsroom-tools/taggers/stamp.lua"))
        let entry = try #require(try work.lock().objectValue?["packs"]?.arrayValue?.first?.objectValue)
        #expect(entry["name"] == "newsroom-tools" && entry["version"] == "1.0.0")
        #expect(entry["source"] == .string(work.root.path + "/src"))
        let hash = try #require(entry["sha256"]?.stringValue)
        #expect(hash.count == 64 && hash.allSatisfy { $0.isHexDigit && !$0.isUppercase })
        try work.write("a.txt", Self.article)
        let extract = try work.lede("extract", "a.txt", "-p", "stamp", "--to", "jsonl")
        #expect(extract.stdout.contains("\"stamp\":\"newsroom-tools 1.0.0\""))
        let list = try work.lede("packs", "list")
        #expect(list.stdout.contains("newsroom-tools  1.0.0"))
        #expect(list.stdout.contains("stamp"))
        let plugins = try work.lede("plugins", "list")
        #expect(plugins.stdout.contains("stamp  1.0.0    filter  newsroom-tools"))
    }

    @Test func installFromAnArchive() throws {
        let work = try Workspace()
        try work.pack("src/newsroom-tools", name: "newsroom-tools", version: "1.1.0")
        try work.shell("tar -czf pack.tar.gz -C src newsroom-tools")
        let install = try work.lede("packs", "install", "pack.tar.gz")
        #expect(install.status == 0, "\(install.stderr)")
        #expect(install.stdout.hasPrefix("installed newsroom-tools 1.1.0"))
        #expect(try work.lock().objectValue?["packs"]?.arrayValue?.first?.objectValue?["source"] == .string(work.root.path + "/pack.tar.gz"))
    }

    @Test func installFromGitAtARefUpgradesAndSyncs() throws {
        let work = try Workspace()
        try work.pack("src", name: "newsroom-tools", version: "1.0.0")
        try work.shell("cd src && git init -q -b main && git add -A && git commit -qm one && git tag v1")
        try work.pack("src", name: "newsroom-tools", version: "2.0.0")
        try work.shell("cd src && git commit -qam two && cd .. && git clone -q --bare src remote.git")
        let remote = "file://" + work.root.path + "/remote.git"
        let first = try work.lede("packs", "install", remote + "@v1")
        #expect(first.status == 0, "\(first.stderr)")
        #expect(first.stdout.hasPrefix("installed newsroom-tools 1.0.0"))
        let pinned = try #require(try work.lock().objectValue?["packs"]?.arrayValue?.first?.objectValue)
        #expect(pinned["source"] == .string(remote + "@v1"))
        #expect(pinned["commit"]?.stringValue?.count == 40)
        let upgrade = try work.lede("packs", "install", work.root.path + "/remote.git")
        #expect(upgrade.stdout.hasPrefix("installed newsroom-tools 2.0.0 (replaced 1.0.0)"))
        #expect(!FileManager.default.fileExists(atPath: work.root.path + "/xdg/lede/packs/newsroom-tools/1.0.0"))
        // sync reinstalls exactly what the lock says when the pack is gone…
        try FileManager.default.removeItem(atPath: work.root.path + "/xdg/lede/packs")
        let sync = try work.lede("packs", "sync")
        #expect(sync.status == 0, "\(sync.stderr)")
        #expect(sync.stdout == "installed newsroom-tools 2.0.0\n")
        #expect(try work.lede("packs", "sync").stdout == "ok        newsroom-tools 2.0.0\n")
    }

    @Test func syncFailsWhenTheFilesHashDifferently() throws {
        let work = try Workspace()
        try work.pack("src", name: "newsroom-tools")
        try work.lede("packs", "install", "src")
        try work.write("src/taggers/stamp.lua", "return { name = \"stamp\", version = \"1.0.0\", Article = function() end }\n")
        try FileManager.default.removeItem(atPath: work.root.path + "/xdg/lede/packs")
        let sync = try work.lede("packs", "sync")
        #expect(sync.status == 1)
        #expect(sync.stderr.contains("the files hash to"))
        #expect(sync.stderr.contains("but the lock file says"))
        #expect(!FileManager.default.fileExists(atPath: work.root.path + "/xdg/lede/packs/newsroom-tools"))
    }

    @Test func aFailedInstallLeavesThePreviousState() throws {
        let work = try Workspace()
        try work.pack("good", name: "newsroom-tools", version: "1.0.0")
        try work.lede("packs", "install", "good")
        let lockBefore = try String(contentsOfFile: work.lockPath, encoding: .utf8)
        try work.pack("bad", name: "newsroom-tools", version: "2.0.0")
        try work.write("bad/taggers/broken.lua", "return { name = \"broken\", version = \"1.0.0\", Article = function( end }\n")
        let install = try work.lede("packs", "install", "bad")
        #expect(install.status == 1)
        #expect(install.stderr.contains("broken.lua"))
        #expect(try String(contentsOfFile: work.lockPath, encoding: .utf8) == lockBefore)
        #expect(FileManager.default.fileExists(atPath: work.root.path + "/xdg/lede/packs/newsroom-tools/1.0.0/pack.lua"))
    }

    @Test func removeDeletesThePackAndItsLockEntry() throws {
        let work = try Workspace()
        try work.pack("src", name: "newsroom-tools")
        try work.lede("packs", "install", "src")
        #expect(try work.lede("packs", "remove", "newsroom-tools").stdout == "removed newsroom-tools\n")
        #expect(try work.lock().objectValue?["packs"]?.arrayValue == [])
        #expect(try work.lede("packs", "remove", "newsroom-tools").status == 2)
    }

    @Test func projectPacksComeBeforeUserPacksAndTheSameNameInTwoPacksIsAnError() throws {
        let work = try Workspace()
        try work.pack("user-a", name: "pack-a")
        try work.pack("user-b", name: "pack-b")
        try work.pack("proj", name: "pack-p")
        try work.write("a.txt", Self.article)
        try work.lede("packs", "install", "user-a")
        try work.lede("packs", "install", "user-b")
        let ambiguous = try work.lede("extract", "a.txt", "-p", "stamp")
        #expect(ambiguous.status == 2)
        #expect(ambiguous.stderr.contains("plugin 'stamp' is in two packs: pack-a"))
        #expect(ambiguous.stderr.contains("pick one with -p pack-a/stamp or -p pack-b/stamp"))
        let picked = try work.lede("extract", "a.txt", "-p", "pack-b/stamp", "--to", "jsonl")
        #expect(picked.stdout.contains("\"stamp\":\"pack-b 1.0.0\""))
        #expect(try work.lede("packs", "install", "--project", "proj").status == 0)
        #expect(FileManager.default.fileExists(atPath: work.root.path + "/lede.lock"))
        let project = try work.lede("extract", "a.txt", "-p", "stamp", "--to", "jsonl")
        #expect(project.stdout.contains("\"stamp\":\"pack-p 1.0.0\""), "\(project.stderr)")
    }

    @Test(arguments: [
        ("return { name = \"Bad Name\", version = \"1.0.0\", lede = \">=0.1\" }", "pack.lua: name: 'Bad Name' must be lowercase letters, digits and dashes"),
        ("return { name = \"p\", version = \"1.0\", lede = \">=0.1\" }", "pack.lua: version: '1.0' is not a semantic version"),
        ("return { name = \"p\", version = \"1.0.0\" }", "pack.lua: lede: missing"),
        ("return { name = \"p\", version = \"1.0.0\", lede = \">=9.0\" }", "pack.lua: lede: the pack needs lede >=9.0; this is lede 0.1.0"),
        ("return { name = \"p\", version = \"1.0.0\", lede = \"><1\" }", "pack.lua: lede: '><1' is not a version range"),
        ("return { name = \"p\", version = \"1.0.0\", lede = \">=0.1\", author = \"x\" }", "pack.lua: author: unknown field"),
        ("return { name = \"p\", version = \"1.0.0\", lede = \">=0.1\", provides = { \"nope.lua\" } }", "pack.lua: provides: 'nope.lua' is not in the pack"),
        ("return { name = \"p\", version = 1, lede = \">=0.1\" }", "pack.lua: version: must be a string"),
        ("return 42", "returns a number, not a manifest table"),
        ("return {", "src/pack.lua: pack.lua:2: unexpected symbol near <eof>"),
    ])
    func aBrokenManifestIsAnErrorNamingPackLuaAndTheField(_ manifest: String, _ message: String) throws {
        let work = try Workspace()
        try work.write("src/pack.lua", manifest + "\n")
        let install = try work.lede("packs", "install", "src")
        #expect(install.status == 1)
        #expect(install.stderr.contains(message), "\(install.stderr)")
        #expect(!FileManager.default.fileExists(atPath: work.lockPath))
    }

    @Test func aNewPackPassesItsOwnTestsAndAFailingFixtureIsReported() throws {
        let work = try Workspace()
        #expect(try work.lede("packs", "new", "newsroom-tools").status == 0)
        let test = try work.lede("packs", "test", "newsroom-tools")
        #expect(test.status == 0, "\(test.stdout)\(test.stderr)")
        #expect(test.stdout.hasSuffix("2 passed, 0 failed\n"))
        try work.write("newsroom-tools/tests/keywords.expected.json", "{\"headline\": \"Something else\"}\n")
        let failing = try work.lede("packs", "test", "newsroom-tools")
        #expect(failing.status == 1)
        #expect(failing.stdout.contains("FAIL newsroom-tools/tests/keywords"))
        #expect(failing.stdout.hasSuffix("1 passed, 1 failed\n"))
        #expect(try work.lede("packs", "new", "Not Valid").status == 2)
    }
}
