import ArgumentParser
import Foundation

/// `lede rules import-ftr FILE|DIR ... -o DIR`: FiveFilters site configs to outlet rules, so the
/// XPaths others have written for thousands of sites become a starting point, with every
/// directive that did not carry over listed by line.
public struct RulesImportCommand: ParsableCommand {
    public static let configuration = CommandConfiguration(
        commandName: "import-ftr",
        abstract: "Convert FiveFilters (Full-Text RSS) site configs into outlet rules.",
        discussion: """
            Writes one NAME.lua per config (example.com.txt gives example-com.lua) and lists each \
            directive it could not convert with its line. A folder means every *.txt directly in it.
            """
    )

    @Argument(help: ArgumentHelp("Site config files (HOST.txt) or folders of them.", valueName: "file|dir"))
    var inputs: [String]

    @Option(name: .shortAndLong, help: ArgumentHelp("The folder to write the rules to (created if missing).", valueName: "dir"))
    var output: String

    @Flag(help: "Overwrite rule files that already exist.")
    var force = false

    public init() {}

    public func run() throws {
        var failures = 0, skipped = 0
        var conversions: [(path: String, conversion: FTRConversion)] = []
        func fail(_ path: String, _ message: String) {
            Console.error("\(path): \(message)")
            failures += 1
        }
        for argument in inputs {
            guard let paths = try? FTRSiteConfig.files(for: argument) else { fail(argument, "cannot read the folder"); continue }
            if paths.isEmpty { fail(argument, "no .txt site configs in this folder") }
            for path in paths {
                guard FileManager.default.fileExists(atPath: path) else { fail(path, "no such file or directory"); continue }
                guard let data = FileManager.default.contents(atPath: path) else { fail(path, "cannot read it"); continue }
                let fileName = (path as NSString).lastPathComponent
                let config = FTRSiteConfig(fileName: fileName, text: String(decoding: data, as: UTF8.self))
                guard let conversion = FTRConverter.convert(config, fileName: fileName) else {
                    fail(path, "cannot name a rule after '\(config.host)' (a site config is named HOST.txt)")
                    continue
                }
                conversions.append((path, conversion))
            }
        }
        let folder = output.count > 1 && output.hasSuffix("/") ? String(output.dropLast()) : output
        var sources: [String: String] = [:]
        for (path, conversion) in conversions {
            let target = "\(folder)/\(conversion.ruleName).lua"
            if let other = sources.updateValue(path, forKey: target) {
                throw RunFailure(.usage, "\(other) and \(path) would both be written to \(target)")
            }
            if !force && FileManager.default.fileExists(atPath: target) {
                throw RunFailure(.usage, "\(target) already exists; use --force to overwrite it")
            }
        }
        do {
            try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        } catch {
            throw RunFailure(.aborted, "\(folder): cannot create the folder")
        }
        for (path, conversion) in conversions {
            let target = "\(folder)/\(conversion.ruleName).lua"
            let sink = try OutputSink(path: target)
            try sink.write(conversion.lua)
            try sink.commit()
            Console.printOutput("converted \(path) -> \(target)\n" + conversion.notes.map { "  \($0)\n" }.joined())
            skipped += conversion.notConverted.count
        }
        Console.printOutput("\(conversions.count) files converted, \(skipped) directives not converted\n")
        if failures > 0 { throw ExitCode(ExitStatus.someInputsFailed.rawValue) }
    }
}
