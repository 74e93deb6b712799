/// ANSI styles for the human formats, applied only when colour is on.
struct Painter: Sendable {
    enum Style: String {
        case bold = "1", dim = "2", red = "1;31", yellow = "1;33", cyan = "1;36", green = "32", blue = "1;34"
    }

    let color: Bool

    func callAsFunction(_ text: String, _ style: Style) -> String {
        color ? "\u{1B}[\(style.rawValue)m\(text)\u{1B}[0m" : text
    }
}
