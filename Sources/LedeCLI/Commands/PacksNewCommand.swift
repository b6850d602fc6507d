import ArgumentParser
import Foundation
import LedeCore

/// `lede packs new NAME`: a working pack to start from.
struct PacksNewCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "new",
        abstract: "Create a pack folder NAME with a manifest, an example tagger, writer and outlet rule, and their fixtures."
    )

    @Argument(help: ArgumentHelp("The pack's name: lowercase letters, digits and dashes.", valueName: "name"))
    var name: String

    func validate() throws {
        guard name.range(of: #"^[a-z0-9]+(-[a-z0-9]+)*$"#, options: .regularExpression) != nil else {
            throw ValidationError("'\(name)' must be lowercase letters, digits and dashes (like newsroom-tools)")
        }
    }

    func run() throws {
        guard !FileManager.default.fileExists(atPath: name) else { throw RunFailure(.usage, "\(name) already exists") }
        for (path, text) in PackScaffold.files(for: name) {
            let target = name + "/" + path
            try FileManager.default.createDirectory(atPath: (target as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
            try Data(text.utf8).write(to: URL(fileURLWithPath: target))
        }
        Console.printOutput("created \(name)/ (pack.lua, a tagger, a writer, an outlet rule and their fixtures)\n")
        Console.printOutput("next: lede packs test \(name)\n")
    }
}
