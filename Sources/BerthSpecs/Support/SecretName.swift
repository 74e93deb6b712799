/// Names of variables that hold secrets, read the way people write them: `DB_PASSWORD`, `stripe_api_key`,
/// `SECRET_KEY`.
public enum SecretName {
    /// Whole `_`-separated words of a variable name that say it holds a secret, as UTF-8 (names are compared as bytes).
    private static let secretWords = ["PASSWORD", "PASSWD", "PASSPHRASE", "SECRET", "TOKEN", "APIKEY", "PRIVATEKEY"].map(utf8)
    /// Word pairs that say the same.
    private static let secretPairs = [("API", "KEY"), ("PRIVATE", "KEY"), ("ACCESS", "KEY"), ("SIGNING", "KEY"), ("ENCRYPTION", "KEY"),
                                      ("MASTER", "KEY")].map { (utf8($0), utf8($1)) }
    /// Words after a secret word that still name the secret itself (`SECRET_KEY`, `TOKEN_VALUE`).
    private static let valueWords = ["KEY", "VALUE"].map(utf8)
    private static let accessKeyID = ["ACCESS", "KEY", "ID"].map(utf8)

    /// The name ends with what it holds. Not `DB_PASSWORD_ARN`, `TOKEN_EXPIRY` or `PASSWORD_HASH_ALGORITHM`,
    /// whose last word says they describe or point at a secret.
    public static func holdsSecret(_ name: String) -> Bool {
        var name = name
        return name.withUTF8 { bytes in
            let words = Array(bytes.split { $0 == UInt8(ascii: "_") || $0 == UInt8(ascii: "-") || $0 == UInt8(ascii: ".") })
            guard let last = words.last else { return false }
            if secretWords.contains(where: { isWord(last, $0) }) { return true }
            // An access key ID travels with its secret.
            if words.count >= 3, zip(words.suffix(3), accessKeyID).allSatisfy(isWord) { return true }
            guard words.count >= 2 else { return false }
            let before = words[words.count - 2]
            return secretPairs.contains { isWord(before, $0.0) && isWord(last, $0.1) }
                || (secretWords.contains { isWord(before, $0) } && valueWords.contains { isWord(last, $0) })
        }
    }

    /// `word` spells the uppercase `expected`, in either case.
    private static func isWord(_ word: Slice<UnsafeBufferPointer<UInt8>>, _ expected: [UInt8]) -> Bool {
        // Clearing bit 5 uppercases an ASCII letter and maps no other byte onto one.
        word.count == expected.count && zip(word, expected).allSatisfy { $0 & 0xDF == $1 }
    }

    private static func utf8(_ word: String) -> [UInt8] { Array(word.utf8) }
}
