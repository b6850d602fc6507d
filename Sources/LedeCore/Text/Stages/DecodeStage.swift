/// Bytes to text, refusing what is not text: empty inputs and binary files.
public struct DecodeStage: Sendable {
    public let name = "decode"

    public init() {}

    public func decode(_ bytes: [UInt8], findingsInto article: inout Article) throws(InputError) -> String {
        guard !bytes.isEmpty else { throw InputError(.empty, "the input is empty") }
        if !TextDecoder.hasUTF16Mark(bytes), let offset = bytes.prefix(64 * 1024).firstIndex(of: 0) {
            throw InputError(.binary, "the input is binary (a NUL byte at offset \(offset)), not text")
        }
        let decoded = TextDecoder.decode(bytes)
        if decoded.fellBack {
            article.diagnostics.append(Diagnostic(stage: name, message: "the input is not valid UTF-8; decoded as Windows-1252"))
        }
        guard decoded.text.contains(where: { !$0.isWhitespace }) else {
            throw InputError(.empty, "the input holds only white space")
        }
        return decoded.text
    }
}
