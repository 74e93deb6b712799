/// swift-argument-parser's handling of positional arguments grows quadratically with their number (600
/// files cost about 40 ms, a few thousand a second), and pre-commit passes every staged file as an argument,
/// at the end. So the trailing run of operands goes around the parser: all of it but its first element,
/// which stays so the parser still reads it as a path or as the value of the option before it.
enum TrailingOperands {
    /// Splits `berth [lint] …` arguments into those for the parser and the paths that bypass it. Other
    /// subcommands keep every argument.
    static func split(_ arguments: [String], otherSubcommands: Set<String>) -> (parsed: [String], paths: [String]) {
        if let first = arguments.first, otherSubcommands.contains(first) { return (arguments, []) }
        if let terminator = arguments.firstIndex(of: "--") {
            return (Array(arguments[...terminator]), Array(arguments[(terminator + 1)...]))
        }
        var start = arguments.endIndex
        while start > arguments.startIndex, !arguments[start - 1].hasPrefix("-"), arguments[start - 1] != "lint" {
            start -= 1
        }
        guard arguments.endIndex - start > 1 else { return (arguments, []) }
        return (Array(arguments[...start]), Array(arguments[(start + 1)...]))
    }
}
