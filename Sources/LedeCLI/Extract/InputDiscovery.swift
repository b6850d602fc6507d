import Foundation
import LedeCore

/// One thing to extract, as found from the command line.
public enum InputItem: Sendable, Equatable {
    case file(path: String)
    case standardInput
    /// An argument that yields no input, with why (a missing path, an empty directory).
    case failed(path: String, InputError)

    public var path: String? {
        switch self {
        case .file(let path), .failed(let path, _): return path
        case .standardInput: return nil
        }
    }
}

/// Expands command-line inputs into items: files as given, directories into the files they
/// hold, `-` into standard input.
///
/// Directories are walked recursively and their files taken in byte-wise sorted path order,
/// so runs are reproducible. Only `.txt`, `.html`, `.htm`, `.jsonl` and `.warc` files (each optionally `.gz`) are
/// read from directories; hidden files and folders and symbolic links inside them are
/// skipped. A file named on the command line is always read, whatever its name.
public struct InputDiscovery {
    public static let extensions = [".txt", ".html", ".htm", ".jsonl", ".warc", ".txt.gz", ".html.gz", ".htm.gz", ".jsonl.gz", ".warc.gz"]

    /// Shell patterns (`*.html`, `2024/*`) a file in a directory must match (any of `include`,
    /// when given) and must not match (every `exclude`), tried on its path inside the directory
    /// and on its name. Files named on the command line are always read.
    public var include: [String]
    public var exclude: [String]

    public init(include: [String] = [], exclude: [String] = []) {
        self.include = include
        self.exclude = exclude
    }

    public func items(for arguments: [String]) -> [InputItem] {
        arguments.flatMap(items(for:))
    }

    private func items(for argument: String) -> [InputItem] {
        if argument == "-" { return [.standardInput] }
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: argument, isDirectory: &isDirectory) else {
            return [.failed(path: argument, InputError(.notFound, "no such file or directory"))]
        }
        guard isDirectory.boolValue else { return [.file(path: argument)] }
        let files = filesInside(argument).filter { isSelected($0, inside: argument) }
        guard !files.isEmpty else {
            return [.failed(path: argument, InputError(.emptyDirectory, "the directory holds no .txt, .html, .htm, .jsonl or .warc files"))]
        }
        return files.map { .file(path: $0) }
    }

    private func isSelected(_ path: String, inside directory: String) -> Bool {
        let base = directory.hasSuffix("/") ? directory : directory + "/"
        let relative = path.hasPrefix(base) ? String(path.dropFirst(base.count)) : path
        let name = (path as NSString).lastPathComponent
        func matches(_ pattern: String) -> Bool { fnmatch(pattern, relative, 0) == 0 || fnmatch(pattern, name, 0) == 0 }
        return (include.isEmpty || include.contains(where: matches)) && !exclude.contains(where: matches)
    }

    private func filesInside(_ directory: String) -> [String] {
        let base = directory.hasSuffix("/") ? directory : directory + "/"
        var found: [String] = []
        var pending = [base]
        while let folder = pending.popLast() {
            guard let names = try? FileManager.default.contentsOfDirectory(atPath: folder) else { continue }
            for name in names where !name.hasPrefix(".") {
                let path = folder + name
                guard let attributes = try? FileManager.default.attributesOfItem(atPath: path),
                    let type = attributes[.type] as? FileAttributeType
                else { continue }
                if type == .typeDirectory {
                    pending.append(path + "/")
                } else if type == .typeRegular, Self.extensions.contains(where: name.lowercased().hasSuffix) {
                    found.append(path)
                }
            }
        }
        return found.sorted { $0.utf8.lexicographicallyPrecedes($1.utf8) }
    }
}
