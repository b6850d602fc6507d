/// Takes a photo caption at the top of the article (`… [AFP]`, `Photo: …`) as the lead
/// image's caption and credit. Captions further down become figure blocks in the body stage.
///
/// A caption counts as the lead image only when it sits in the header: after the headline,
/// with no body text before it except a standfirst that metadata lines close off.
public struct CaptionStage: TextStage {
    public let name = "caption"

    public init() {}

    public func run(_ document: inout TextDocument) {
        guard let headline = document.headlineIndex else { return leadCaption(after: -1, in: &document) }
        leadCaption(after: headline, in: &document)
    }

    private func leadCaption(after start: Int, in document: inout TextDocument) {
        var textLines = 0
        var textClosedByMetadata = false
        for index in document.lines.indices where index > start {
            let line = document.lines[index]
            if line.role == .metadata {
                textClosedByMetadata = textLines > 0
                continue
            }
            guard line.role == nil else { continue }
            if let caption = Caption.parse(line.text) {
                guard textLines == 0 || (textLines == 1 && textClosedByMetadata) else { return }
                document.claim(index, as: .leadCaption)
                document.article.image = ArticleImage(caption: caption.caption, credit: caption.credit)
                return
            }
            textLines += 1
            if textLines > 1 { return }
        }
    }
}
