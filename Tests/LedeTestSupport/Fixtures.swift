import Foundation

/// Where the repository's test fixtures are, found from this file's location so tests run
/// from any working directory.
public enum Fixtures {
    /// The folder holding `Package.swift`.
    public static let repositoryRoot: URL = {
        var url = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        while !FileManager.default.fileExists(atPath: url.appendingPathComponent("Package.swift").path) {
            let parent = url.deletingLastPathComponent()
            precondition(parent.path != url.path, "Package.swift not found above \(#filePath)")
            url = parent
        }
        return url
    }()

    public static let root = repositoryRoot.appendingPathComponent("Tests/Fixtures")

    public static func url(_ relativePath: String) -> URL {
        root.appendingPathComponent(relativePath)
    }

    /// The files in a fixture folder whose names end with `suffix`, sorted.
    public static func files(in folder: String, endingWith suffix: String) -> [URL] {
        let directory = url(folder)
        let names = (try? FileManager.default.contentsOfDirectory(atPath: directory.path)) ?? []
        return names.filter { $0.hasSuffix(suffix) }.sorted().map { directory.appendingPathComponent($0) }
    }

    public static func bytes(_ url: URL) throws -> [UInt8] {
        [UInt8](try Data(contentsOf: url))
    }
}
