@testable import LedeCore
import Testing

/// The byte-level word test answers as the set of words `HTMLVocabulary.words(of:)` makes.
@Suite struct ClassWordListTests {
    @Test func answersAsTheWordSetDoes() {
        let list = ClassWordList(["share", "author-bio", "ad", "comments"])
        let values = [
            "", "  ", "share", "SHARE-bar", "post_share", "sharing", "author-bio", "author-bio-box", "author bio", "x-ad-y",
            "head", "load", "Comments\tlist", "a--b", "--", "-ad-", "_ad_", "Störer-Box ad", "Störer-Box", "tab\u{B}ad",
        ]
        for value in values {
            let expected = !HTMLVocabulary.words(of: value).isDisjoint(with: ["share", "author-bio", "ad", "comments"])
            let bytes = Array(value.utf8)
            #expect(bytes.withUnsafeBufferPointer(list.isNamed(in:)) == expected, "\(value)")
        }
    }

    @Test func elementsAreNamedByClassOrId() throws {
        let document = HTMLDocument(bytes: Array(#"<div class="main" id="share-bar"></div><p class="x">"#.utf8), encoding: "UTF-8")
        let body = try #require(document.root?.elementChildren.last)
        #expect(body.elementChildren[0].isNamed(by: HTMLVocabulary.noiseNames))
        #expect(body.elementChildren[0].isNamed(by: HTMLVocabulary.contentNames))
        #expect(!body.elementChildren[1].isNamed(by: HTMLVocabulary.noiseNames))
    }
}
