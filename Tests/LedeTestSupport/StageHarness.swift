import LedeCore

/// Runs text stages on a string, the way `TextExtractor` does after decoding.
public enum StageHarness {
    public static func document(_ text: String) -> TextDocument {
        TextDocument(lines: LineStage().lines(of: text), article: Article(id: "t", source: Source(format: .text)))
    }

    public static func run(_ stages: [any TextStage], on text: String) -> TextDocument {
        var document = document(text)
        for stage in stages { stage.run(&document) }
        return document
    }
}
