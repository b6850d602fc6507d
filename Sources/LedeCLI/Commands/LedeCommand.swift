import ArgumentParser
import LedeCore

/// The root command: `lede <subcommand>`.
public struct LedeCommand: ParsableCommand {
    public static let configuration = CommandConfiguration(
        commandName: "lede",
        abstract: "Turn news pages and scraped article text into structured articles.",
        discussion: "Run 'lede extract --help' for how to read inputs and choose an output format.",
        version: Lede.version,
        subcommands: [ExtractCommand.self, PluginsCommand.self, LuaCommand.self, TestCommand.self, RulesCommand.self, PacksCommand.self]
    )

    public init() {}
}

/// The process entry point: parses arguments and maps every outcome to lede's exit statuses
/// (argument errors exit 2, not ArgumentParser's 64, as the README documents).
public enum LedeMain {
    public static func run(_ arguments: [String] = Array(CommandLine.arguments.dropFirst())) -> Never {
        do {
            var command = try LedeCommand.parseAsRoot(arguments)
            try command.run()
            LedeCommand.exit()
        } catch let failure as RunFailure {
            Console.error(failure.message)
            LedeCommand.exit(withError: ExitCode(failure.status.rawValue))
        } catch {
            if LedeCommand.exitCode(for: error) == .validationFailure {
                Console.printError(LedeCommand.fullMessage(for: error))
                LedeCommand.exit(withError: ExitCode(ExitStatus.usage.rawValue))
            }
            LedeCommand.exit(withError: error)
        }
    }
}
