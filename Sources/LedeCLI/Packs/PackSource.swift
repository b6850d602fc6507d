import Foundation

/// Where `lede packs install` gets a pack: a folder, a `.tar.gz`, or a git repository with an
/// optional `@ref` (tag, branch or commit).
enum PackSource: Equatable {
    case folder(String)
    case archive(String)
    case git(url: String, ref: String?)

    /// Classifies SOURCE as the user wrote it: `https://`, `ssh://`, `git@host:`, `file://`
    /// or anything ending in `.git` (before `@ref`) is git; an existing folder a folder; a
    /// `.tar.gz`/`.tgz` an archive.
    init(_ text: String) throws(RunFailure) {
        let (base, ref) = Self.splitRef(text)
        let isGit = ["https://", "http://", "ssh://", "git://", "file://"].contains { base.hasPrefix($0) }
            || base.hasPrefix("git@") || base.hasSuffix(".git") || base.hasSuffix(".git/")
        var isDirectory: ObjCBool = false
        if isGit {
            let isURL = base.contains("://") || base.hasPrefix("git@")
            self = .git(url: isURL ? base : Self.absolute(base), ref: ref)
        } else if FileManager.default.fileExists(atPath: text, isDirectory: &isDirectory), isDirectory.boolValue {
            self = .folder(Self.absolute(text))
        } else if text.hasSuffix(".tar.gz") || text.hasSuffix(".tgz") {
            guard FileManager.default.fileExists(atPath: text) else { throw RunFailure(.usage, "\(text): no such archive") }
            self = .archive(Self.absolute(text))
        } else {
            throw RunFailure(.usage, "\(text): not a folder, a .tar.gz, or a git source (https://, ssh://, git@host:, file://, or ending in .git)")
        }
    }

    /// `URL@ref` → (URL, ref); an `@` in `git@host:` or in the URL's user part is not a ref.
    static func splitRef(_ text: String) -> (String, String?) {
        guard let at = text.lastIndex(of: "@") else { return (text, nil) }
        let after = text[text.index(after: at)...]
        if after.contains("/") || after.contains(":") || after.isEmpty { return (text, nil) }
        if text[..<at].hasSuffix("git") && !text[..<at].contains("/") { return (text, nil) }
        return (String(text[..<at]), String(after))
    }

    static func absolute(_ path: String) -> String {
        path.hasPrefix("/") ? path : FileManager.default.currentDirectoryPath + "/" + path
    }

    /// How errors name the source's manifest.
    var manifestName: String {
        if case .folder(let path) = self { return path + "/pack.lua" }
        return "\(recorded): pack.lua"
    }

    /// What the lock file records as the source.
    var recorded: String {
        switch self {
        case .folder(let path), .archive(let path): path
        case .git(let url, let ref): ref.map { "\(url)@\($0)" } ?? url
        }
    }
}

/// Runs a program (git, tar) and returns its standard output; a failure names the program and
/// what it printed on stderr.
enum ExternalProgram {
    static func run(_ arguments: [String], in directory: String? = nil) throws(RunFailure) -> String {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = arguments
        if let directory { process.currentDirectoryURL = URL(fileURLWithPath: directory) }
        var environment = ProcessInfo.processInfo.environment
        environment["GIT_TERMINAL_PROMPT"] = "0"
        process.environment = environment
        // stderr goes to a file, so a chatty program can never block on a full pipe.
        let errorPath = NSTemporaryDirectory() + "lede-\(UUID().uuidString).stderr"
        _ = FileManager.default.createFile(atPath: errorPath, contents: nil)
        defer { try? FileManager.default.removeItem(atPath: errorPath) }
        let output = Pipe()
        process.standardOutput = output
        process.standardError = FileHandle(forWritingAtPath: errorPath)
        process.standardInput = FileHandle.nullDevice
        do {
            try process.run()
        } catch {
            throw RunFailure(.someInputsFailed, "cannot run \(arguments[0]): \(error.localizedDescription)")
        }
        let stdout = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else {
            let message = (try? String(contentsOfFile: errorPath, encoding: .utf8))?.trimmingCharacters(in: .whitespacesAndNewlines) ?? ""
            throw RunFailure(.someInputsFailed, "\(arguments.prefix(2).joined(separator: " ")) failed: \(message.isEmpty ? "exit \(process.terminationStatus)" : message)")
        }
        return String(decoding: stdout, as: UTF8.self)
    }
}
