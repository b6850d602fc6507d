import ArgumentParser
import LedeLua

/// `lede lua FILE [ARGS…]`: runs a script with the `lede` module, under the plugin sandbox,
/// for experiments and plugin unit tests. `print` writes to standard output.
public struct LuaCommand: ParsableCommand {
    public static let configuration = CommandConfiguration(
        commandName: "lua",
        abstract: "Run a Lua script with the lede module, under the plugin sandbox."
    )

    @Argument(help: "The script.") var file: String
    @Argument(parsing: .captureForPassthrough, help: "Arguments for the script (its ...).") var arguments: [String] = []

    @Option(name: .customLong("lua-instructions"), help: ArgumentHelp("Instruction budget for the script.", valueName: "n"))
    var instructions = LuaLimits.defaultInstructions

    @Option(name: .customLong("lua-memory"), help: ArgumentHelp("Memory budget, in MB.", valueName: "mb"))
    var memoryMegabytes = LuaLimits.defaultMemoryMegabytes

    public init() {}

    public func run() throws {
        let runtime = try LuaRuntime(limits: LuaLimits(instructionsPerCall: instructions, memoryBytes: memoryMegabytes << 20))
        do {
            try runtime.runScript(at: file, chunkName: PluginLocator.chunkName(for: file), arguments: arguments)
        } catch {
            if case .syntax = error { throw RunFailure(.usage, error.description) }
            throw RunFailure(.someInputsFailed, error.description)
        }
    }
}
