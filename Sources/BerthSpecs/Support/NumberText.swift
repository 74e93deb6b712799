extension Double {
    /// The number as a message writes it: `2` rather than `2.0`, `0.25`, and Swift's own form past 15 digits
    /// (`1e+20`), for infinities and for NaN, where converting to `Int` would trap or lose digits.
    public var messageText: String {
        if abs(self) < 1e15, let whole = Int(exactly: self) { return String(whole) }
        return String(self)
    }
}
