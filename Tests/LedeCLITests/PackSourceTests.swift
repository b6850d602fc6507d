import Foundation
@testable import LedeCLI
import Testing

/// How `lede packs install SOURCE` reads SOURCE.
@Suite struct PackSourceTests {
    @Test(arguments: [
        ("https://example.com/org/tools.git", "https://example.com/org/tools.git", nil),
        ("https://example.com/org/tools@v1.2.0", "https://example.com/org/tools", "v1.2.0"),
        ("ssh://git@example.com/org/tools.git@main", "ssh://git@example.com/org/tools.git", "main"),
        ("git@example.com:org/tools.git", "git@example.com:org/tools.git", nil),
        ("git@example.com:org/tools.git@3f2c1ab", "git@example.com:org/tools.git", "3f2c1ab"),
        ("file:///srv/packs/tools.git", "file:///srv/packs/tools.git", nil),
        ("/srv/packs/tools.git@v2", "/srv/packs/tools.git", "v2"),
    ] as [(String, String, String?)])
    func gitSourcesKeepTheirURLAndRef(_ text: String, _ url: String, _ ref: String?) throws {
        #expect(try PackSource(text) == .git(url: url, ref: ref))
    }

    @Test func foldersAndArchivesBecomeAbsolutePaths() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("lede-source-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let archive = folder.appendingPathComponent("pack.tar.gz")
        try Data().write(to: archive)
        #expect(try PackSource(folder.path) == .folder(folder.path))
        #expect(try PackSource(archive.path) == .archive(archive.path))
        #expect(throws: RunFailure.self) { try PackSource(folder.appendingPathComponent("missing.tar.gz").path) }
        #expect(throws: RunFailure.self) { try PackSource("not-a-pack-anywhere") }
    }
}
