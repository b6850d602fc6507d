/// A CSS selector of lede's subset as parsed: what lede matches on its own tree without
/// going through XPath. Each complex selector of a list is its compounds from left to
/// right and the combinators between them.
public struct CSSComplexSelector: Sendable, Hashable {
    public enum Combinator: Sendable, Hashable { case descendant, child }

    public var compounds: [CSSCompound]
    /// `combinators[i]` joins `compounds[i]` and `compounds[i + 1]`.
    public var combinators: [Combinator]
}

/// One compound: an element type (nil for any) and the tests the element must pass.
public struct CSSCompound: Sendable, Hashable {
    public var type: String?
    public var tests: [CSSTest] = []
}

/// One condition of a compound, with the meaning its XPath has (see `CSSSelectorParser`).
public indirect enum CSSTest: Sendable, Hashable {
    /// `.name`: a word of `class`, split at XPath white space (space, tab, CR, LF).
    case classWord(String)
    /// `[name]`.
    case hasAttribute(String)
    /// `#id` and `[name=value]`.
    case attributeEquals(String, String)
    /// `[name*=value]`, with a non-empty value.
    case attributeContains(String, String)
    /// `[name^=value]`, with a non-empty value.
    case attributePrefix(String, String)
    /// `:first-child`: no element before it among its siblings.
    case firstChild
    /// `:nth-of-type(n)`: `n - 1` elements of `type` before it among its siblings.
    case nthOfType(type: String, n: Int)
    /// `:not(compound)`.
    case not(CSSCompound)
    /// Matches nothing (`[a*='']`, `:not(*)`).
    case never
}
