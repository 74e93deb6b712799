import BerthSpecs
import Testing

@Suite("numbers in messages")
struct NumberTextTests {
    @Test("whole numbers without a fraction, others as Swift writes them; none traps", arguments: [
        (2.0, "2"), (0.25, "0.25"), (-3.0, "-3"), (1e20, "1e+20"), (.infinity, "inf"), (-.infinity, "-inf"), (.nan, "nan"),
    ])
    func messageText(number: Double, text: String) {
        #expect(number.messageText == text)
    }
}
