/// What a processor decided about an article.
public enum ProcessingOutcome: Sendable, Equatable {
    /// The article, possibly changed (tags added, blocks filtered).
    case keep(Article)
    /// A filter dropped the article; `by` is its `name@version`.
    case dropped(by: String)
}

/// A step after extraction: filters and taggers. LedeCore knows nothing of how a processor
/// is implemented; LedeLua provides Lua plugin chains.
public protocol ArticleProcessor: AnyObject {
    func process(_ article: Article) throws(InputError) -> ProcessingOutcome
}
