/// Names of variables, keys and flags that hold secrets, read the way people write them: `DB_PASSWORD`,
/// `stripe_api_key`, `splunk-token`, `clientSecret`, `--password`.
enum SecretName {
    /// What a name says about its value.
    enum Meaning {
        /// It holds a secret.
        case secret
        /// It ends with KEY, which may be a secret access key or a cache, object or partition key.
        case key
        case other
    }

    /// Whole words of a name that say it holds a secret, as UTF-8 (names are compared as bytes).
    private static let secretWords = ["PASSWORD", "PASSWD", "PASS", "PASSPHRASE", "PGPASSWORD", "SECRET", "TOKEN", "APIKEY", "PRIVATEKEY",
                                      "CREDENTIALS", "CREDENTIAL", "CREDS"].map(utf8)
    /// Word pairs that say the same.
    private static let secretPairs = [("API", "KEY"), ("PRIVATE", "KEY"), ("ACCESS", "KEY"), ("SIGNING", "KEY"), ("ENCRYPTION", "KEY"),
                                      ("MASTER", "KEY")].map { (utf8($0), utf8($1)) }
    /// Words after a secret word that still name the secret itself (`SECRET_KEY`, `TOKEN_VALUE`).
    private static let valueWords = ["KEY", "VALUE"].map(utf8)
    private static let accessKeyID = ["ACCESS", "KEY", "ID"].map(utf8)
    private static let key = utf8("KEY")

    /// The name ends with what it holds. Not `DB_PASSWORD_ARN`, `TOKEN_EXPIRY`, `passwordFile` or
    /// `PASSWORD_HASH_ALGORITHM`, whose last word says they describe or point at a secret.
    static func meaning(_ name: Slice<UnsafeBufferPointer<UInt8>>) -> Meaning {
        // Words are read from the end without collecting them: every named value of a file is asked about.
        guard let last = word(before: name.endIndex, in: name) else { return .other }
        if secretWords.contains(where: { isWord(last, $0) }) { return .secret }
        if let before = word(before: last.startIndex, in: name) {
            if secretPairs.contains(where: { isWord(before, $0.0) && isWord(last, $0.1) })
                || (secretWords.contains { isWord(before, $0) } && valueWords.contains { isWord(last, $0) }) {
                return .secret
            }
            // An access key ID travels with its secret.
            if let first = word(before: before.startIndex, in: name),
               isWord(first, accessKeyID[0]), isWord(before, accessKeyID[1]), isWord(last, accessKeyID[2]) {
                return .secret
            }
        }
        return isWord(last, key) ? .key : .other
    }

    static func meaning(_ name: String) -> Meaning {
        var name = name
        return name.withUTF8 { meaning($0[...]) }
    }

    /// The word that ends at `end`, separators before it skipped; words split at `_`, `-`, `.` and camel-case
    /// humps (`clientSecret`, `APIKey`), so leading dashes of a flag make no word.
    private static func word(before end: Int, in name: Slice<UnsafeBufferPointer<UInt8>>) -> Slice<UnsafeBufferPointer<UInt8>>? {
        var end = end
        while end > name.startIndex, isSeparator(name[end - 1]) { end -= 1 }
        guard end > name.startIndex else { return nil }
        var start = end - 1
        while start > name.startIndex, !isSeparator(name[start - 1]) {
            let byte = name[start]
            let previous = name[start - 1]
            let nextIsLower = start + 1 < name.endIndex && isLower(name[start + 1])
            // `dbPassword` splits before P; `APIKey` before K, not inside API.
            if isUpper(byte), isLower(previous) || (isUpper(previous) && nextIsLower) { break }
            start -= 1
        }
        return name[start..<end]
    }

    private static func isSeparator(_ byte: UInt8) -> Bool {
        byte == UInt8(ascii: "_") || byte == UInt8(ascii: "-") || byte == UInt8(ascii: ".")
    }

    /// `word` spells the uppercase `expected`, in either case.
    private static func isWord(_ word: Slice<UnsafeBufferPointer<UInt8>>, _ expected: [UInt8]) -> Bool {
        // Clearing bit 5 uppercases an ASCII letter and maps no other byte onto one.
        word.count == expected.count && zip(word, expected).allSatisfy { $0 & 0xDF == $1 }
    }

    private static func isUpper(_ byte: UInt8) -> Bool { (UInt8(ascii: "A")...UInt8(ascii: "Z")).contains(byte) }
    private static func isLower(_ byte: UInt8) -> Bool { (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(byte) }

    private static func utf8(_ word: String) -> [UInt8] { Array(word.utf8) }
}
