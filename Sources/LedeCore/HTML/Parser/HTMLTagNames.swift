/// The tags whose parsing rules the tree builder knows, numbered from 0 in this order: the
/// parser's name table is seeded with them, so a tag is tested by comparing numbers.
/// Any other name (custom elements, attributes) is numbered after them as the page shows it.
enum HTMLTag: Int32, CaseIterable {
    case html, head, body, title, meta, link, base, style, script, noscript, template, basefont, bgsound
    case p, div, span, a, b, i, em, strong, u, s, small, big, font, code, tt, strike, sub, sup, nobr, ruby, `var`
    case address, article, aside, blockquote, center, details, dialog, dir, dl, dt, dd, fieldset, figcaption
    case figure, footer, form, h1, h2, h3, h4, h5, h6, header, hgroup, hr, li, main, menu, nav, ol, ul, pre
    case listing, section, summary, search
    case table, caption, colgroup, col, thead, tbody, tfoot, tr, td, th
    case area, br, embed, img, image, input, keygen, param, source, track, wbr, frame, frameset
    case iframe, noembed, noframes, xmp, textarea, plaintext
    case select, option, optgroup, button, object, applet, marquee
    case svg, math

    var name: String { String(describing: self) }

    /// What the tree builder needs to know of a tag, as bits.
    struct Traits: OptionSet {
        let rawValue: UInt16
        /// Never has children (`<br>`).
        static let void = Traits(rawValue: 1 << 0)
        /// Belongs in `<head>` when it comes before any body content.
        static let headish = Traits(rawValue: 1 << 1)
        /// Its start tag closes an open `<p>` (block-level).
        static let closesParagraph = Traits(rawValue: 1 << 2)
        /// HTML5's "special" category: an end tag of another kind does not close elements above it.
        static let special = Traits(rawValue: 1 << 3)
        /// A scope boundary: end tags of elements below it are ignored.
        static let scope = Traits(rawValue: 1 << 4)
        /// Content is one text node up to the matching end tag, without entities.
        static let rawText = Traits(rawValue: 1 << 5)
        /// Content is one text node up to the matching end tag, with entities decoded.
        static let escapableRawText = Traits(rawValue: 1 << 6)
        /// An HTML start tag that ends open `<svg>`/`<math>` content.
        static let leavesForeignContent = Traits(rawValue: 1 << 7)
        static let heading = Traits(rawValue: 1 << 8)
    }

    /// Each tag's traits, indexed by raw value; names numbered past the tags have none.
    static let traits: [Traits] = {
        var table = Array(repeating: Traits(), count: allCases.count)
        func mark(_ tags: [HTMLTag], _ trait: Traits) { for tag in tags { table[Int(tag.rawValue)].insert(trait) } }
        mark([.area, .base, .br, .col, .embed, .hr, .img, .input, .link, .meta, .param, .source, .track, .wbr,
              .keygen, .basefont, .bgsound, .frame], .void)
        mark([.meta, .link, .title, .base, .style, .script, .noscript, .template, .basefont, .bgsound], .headish)
        mark([.address, .article, .aside, .blockquote, .center, .details, .dialog, .dir, .div, .dl, .dd, .dt,
              .fieldset, .figcaption, .figure, .footer, .form, .h1, .h2, .h3, .h4, .h5, .h6, .header, .hgroup,
              .hr, .li, .main, .menu, .nav, .ol, .p, .pre, .listing, .section, .summary, .search, .table, .ul,
              .xmp, .plaintext], .closesParagraph)
        mark([.address, .applet, .area, .article, .aside, .base, .basefont, .bgsound, .blockquote, .body, .br,
              .button, .caption, .center, .col, .colgroup, .dd, .details, .dir, .div, .dl, .dt, .embed,
              .fieldset, .figcaption, .figure, .footer, .form, .frame, .frameset, .h1, .h2, .h3, .h4, .h5, .h6,
              .head, .header, .hgroup, .hr, .html, .iframe, .img, .input, .keygen, .li, .link, .listing, .main,
              .marquee, .menu, .meta, .nav, .noembed, .noframes, .noscript, .object, .ol, .p, .param,
              .plaintext, .pre, .script, .search, .section, .select, .source, .style, .summary, .table,
              .tbody, .td, .template, .textarea, .tfoot, .th, .thead, .title, .tr, .track, .ul, .wbr, .xmp],
             .special)
        mark([.applet, .caption, .html, .table, .td, .th, .marquee, .object, .template], .scope)
        mark([.script, .style, .xmp, .iframe, .noembed, .noframes], .rawText)
        mark([.title, .textarea], .escapableRawText)
        mark([.b, .big, .blockquote, .body, .br, .center, .code, .dd, .div, .dl, .dt, .em, .embed, .h1, .h2,
              .h3, .h4, .h5, .h6, .head, .hr, .i, .img, .li, .listing, .menu, .meta, .nobr, .ol, .p, .pre,
              .ruby, .s, .small, .span, .strong, .strike, .sub, .sup, .table, .tt, .u, .ul, .var],
             .leavesForeignContent)
        mark([.h1, .h2, .h3, .h4, .h5, .h6], .heading)
        return table
    }()

    /// The name table every parse starts from: the tags, numbered by raw value.
    static let seededNames: ByteStringTable = {
        var table = ByteStringTable(capacity: 512)
        for tag in allCases {
            var name = Array(tag.name.utf8)
            name.withUnsafeBufferPointer { key in
                let number = table.insert(key, hash: ByteStringTable.hash(key))
                precondition(number == tag.rawValue)
            }
            name.removeAll()
        }
        return table
    }()
}
