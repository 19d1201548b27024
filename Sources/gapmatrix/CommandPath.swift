import ArgumentParser
import GapMatrix

/// Commands whose help ends with examples. They are printed as written, one to a line and never
/// re-wrapped (the parser wraps the discussion to the terminal), so each can be pasted whole.
protocol HasExamples {
    static var examples: [String] { get }
}

/// The subcommands named at the front of the arguments, read before the parser sees them.
///
/// The parser matches a subcommand by its exact name and, failing that, reports whatever comes
/// next ("Unknown option '--out'" for `gapmatrix reprot STUDY --out X`); `help reprot` prints the
/// main help and succeeds. Here a word where a subcommand must be is checked first, with the
/// closest names offered. Every command with subcommands (the root, `import`) takes no
/// arguments of its own, so such a word can only be meant as a subcommand.
struct CommandPath {
    /// The root, then each subcommand named.
    var commands: [ParsableCommand.Type]
    /// `help ...`, `-h` or `--help`: the caller prints the help of the last command.
    var helpRequested: Bool

    static let helpFlags: Set<String> = ["-h", "--help", "-help"]

    static func read(_ arguments: [String], root: ParsableCommand.Type) throws -> CommandPath {
        var rest = arguments[...]
        var help = false
        if rest.first == "help" {
            help = true
            rest = rest.dropFirst()
        }
        var commands = [root]
        while let word = rest.first, !word.hasPrefix("-") {
            let subcommands = commands.last!.configuration.subcommands
            guard !subcommands.isEmpty else { break }
            if let next = subcommands.first(where: { names($0).contains(word) }) {
                commands.append(next)
                rest = rest.dropFirst()
                continue
            }
            var known = subcommands.flatMap(names)
            if commands.count == 1 && !help { known.append("help") }
            let close = Suggestions.closest(to: word, among: known)
            let name = commands.map { $0._commandName }.joined(separator: " ")
            throw GapMatrixError(.usage, found: "unknown subcommand '\(word)'"
                                 + (close.isEmpty ? "" : "; did you mean \(Suggestions.list(close))?"),
                                 expected: close.isEmpty ? "one of: \(known.joined(separator: ", ")) (see '\(name) --help')" : nil)
        }
        // Options after `--` are operands, not requests for help.
        let options = rest.prefix { $0 != "--" }
        if options.contains(where: helpFlags.contains) { help = true }
        // A command of subcommands given none (`gapmatrix`, `gapmatrix import`) shows its help.
        if rest.isEmpty && !commands.last!.configuration.subcommands.isEmpty { help = true }
        return CommandPath(commands: commands, helpRequested: help)
    }

    static func names(_ command: ParsableCommand.Type) -> [String] {
        [command._commandName] + command.configuration.aliases
    }

    /// The parser's help for the last command, then its examples as written.
    func help(root: ParsableCommand.Type) -> String {
        let command = commands.last!
        var text = root.helpMessage(for: command)
        if let examples = (command as? HasExamples.Type)?.examples, !examples.isEmpty {
            if !text.hasSuffix("\n") { text += "\n" }
            text += "\nEXAMPLES:\n" + examples.map { "  " + $0 + "\n" }.joined()
        }
        return text
    }
}
