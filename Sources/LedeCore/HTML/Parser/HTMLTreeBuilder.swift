/// The tree builder, "HTML5-lite": HTML5's insertion rules where pages rely on them
/// (implied `html`/`head`/`body`, void elements, implied end tags of `p`, `li`, `dt`/`dd`,
/// table parts, headings, options), without the adoption agency or foster parenting.
extension HTMLParser {
    /// How the tokenizer reads what follows a start tag.
    enum ContentMode {
        case markup
        case rawText(HTMLTree.NodeID)
        case escapableRawText(HTMLTree.NodeID)
        case plaintext(HTMLTree.NodeID)
    }

    // MARK: Text

    /// Puts the pending text in the tree. Before the body, white space is dropped and other
    /// text opens the body.
    mutating func flushText() {
        let start = pendingText
        guard characters.count > start else { return }
        if body == HTMLTree.none {
            var first = start
            while first < characters.count, byteClass[Int(characters[first])] & ByteClass.space != 0 { first += 1 }
            guard first < characters.count else {
                characters.removeLast(characters.count - start)
                return
            }
            openBody(attributesFrom: nil)
            appendText(from: first, to: currentNode)
        } else {
            appendText(from: start, to: currentNode)
        }
        pendingText = characters.count
    }

    // MARK: Document structure

    mutating func ensureHTML(attributesFrom first: Int?) {
        guard html == HTMLTree.none else { return }
        html = insertElement(HTMLTag.html.rawValue, attributesFrom: first ?? attributes.count, into: HTMLTree.document)
        push(html, name: HTMLTag.html.rawValue)
    }

    /// Opens `<head>` (and `<html>`) if the page has not yet.
    mutating func ensureHead(attributesFrom first: Int?) {
        ensureHTML(attributesFrom: nil)
        guard head == HTMLTree.none else { return }
        head = insertElement(HTMLTag.head.rawValue, attributesFrom: first ?? attributes.count, into: html)
        push(head, name: HTMLTag.head.rawValue)
    }

    /// Closes the head (and anything left open in it) and opens `<body>`.
    mutating func openBody(attributesFrom first: Int?) {
        ensureHead(attributesFrom: nil)
        pop(to: 1)
        headClosed = true
        body = insertElement(HTMLTag.body.rawValue, attributesFrom: first ?? attributes.count, into: html)
        push(body, name: HTMLTag.body.rawValue)
    }

    // MARK: Start tags

    mutating func insertStartTag(_ tag: Int32, attributesFrom first: Int, selfClosing: Bool) -> ContentMode {
        let name = tag == HTMLTag.image.rawValue && foreignRoot < 0 ? HTMLTag.img.rawValue : tag
        let traits = traits(name)
        switch name {
        case HTMLTag.html.rawValue:
            if html == HTMLTree.none { ensureHTML(attributesFrom: first) } else { mergeAttributes(from: first, into: html) }
            return .markup
        case HTMLTag.head.rawValue:
            if head == HTMLTree.none && body == HTMLTree.none { ensureHead(attributesFrom: first) } else { dropTag(attributesFrom: first) }
            return .markup
        case HTMLTag.body.rawValue:
            if body == HTMLTree.none { openBody(attributesFrom: first) } else { mergeAttributes(from: first, into: body) }
            return .markup
        default: break
        }
        if body == HTMLTree.none {
            if traits.contains(.headish) {
                if !headClosed {
                    ensureHead(attributesFrom: nil)
                    return insert(name, traits: traits, attributesFrom: first, selfClosing: selfClosing)
                }
                if traits.contains(.void) || traits.contains(.rawText) || traits.contains(.escapableRawText) {
                    // After `</head>`, still the head's (HTML5 puts it back there).
                    return contentMode(of: name, traits: traits, element: insertElement(name, attributesFrom: first, into: head))
                }
            }
            openBody(attributesFrom: nil)
        }
        if foreignRoot >= 0, traits.contains(.leavesForeignContent) { pop(to: foreignRoot) }
        if traits.contains(.closesParagraph) { closeParagraph() }
        closeImpliedElements(before: name, traits: traits)
        return insert(name, traits: traits, attributesFrom: first, selfClosing: selfClosing)
    }

    /// Inserts an element into the current node, and opens it unless it is void, read as
    /// raw text, self-closed in SVG or MathML, or past the depth limit.
    private mutating func insert(_ name: Int32, traits: HTMLTag.Traits, attributesFrom first: Int, selfClosing: Bool) -> ContentMode {
        let element = insertElement(name, attributesFrom: first, into: currentNode)
        let mode = contentMode(of: name, traits: traits, element: element)
        guard case .markup = mode, !traits.contains(.void) else { return mode }
        if selfClosing, foreignRoot >= 0 || name == HTMLTag.svg.rawValue || name == HTMLTag.math.rawValue { return mode }
        if open.count + 1 < Self.depthLimit { push(element, name: name) }  // its children stay within the limit
        if name == HTMLTag.pre.rawValue || name == HTMLTag.listing.rawValue { skipNewline = true }
        return mode
    }

    private mutating func contentMode(of name: Int32, traits: HTMLTag.Traits, element: HTMLTree.NodeID) -> ContentMode {
        // Inside SVG and MathML, `title`, `style` and `script` hold markup like any element
        // (an SVG icon's `<title/>` read as RCDATA would swallow the rest of the page).
        guard foreignRoot < 0 else { return .markup }
        if traits.contains(.rawText) { return .rawText(element) }
        if traits.contains(.escapableRawText) {
            if name == HTMLTag.textarea.rawValue { skipNewline = true }
            return .escapableRawText(element)
        }
        if name == HTMLTag.plaintext.rawValue { return .plaintext(element) }
        return .markup
    }

    /// "If the stack has a `p` element in button scope, close a `p` element."
    private mutating func closeParagraph() {
        let paragraph = topOpen[Int(HTMLTag.p.rawValue)]
        if paragraph > topScope, paragraph > topOpen[Int(HTMLTag.button.rawValue)] { pop(to: paragraph) }
    }

    /// The end tags a start tag implies: an `li` closes the open `li` of its list, a table
    /// row the open row of its table, and so on.
    private mutating func closeImpliedElements(before name: Int32, traits: HTMLTag.Traits) {
        switch name {
        case HTMLTag.li.rawValue:
            let item = top(.li)
            if item > max(topScope, top(.ul), top(.ol)) { pop(to: item) }
        case HTMLTag.dd.rawValue, HTMLTag.dt.rawValue:
            let item = max(top(.dd), top(.dt))
            if item > max(topScope, top(.dl)) { pop(to: item) }
        case HTMLTag.option.rawValue:
            if currentName == HTMLTag.option.rawValue { pop(to: Int32(open.count - 1)) }
        case HTMLTag.optgroup.rawValue:
            if currentName == HTMLTag.option.rawValue { pop(to: Int32(open.count - 1)) }
            if currentName == HTMLTag.optgroup.rawValue { pop(to: Int32(open.count - 1)) }
        case HTMLTag.tr.rawValue:
            closeLowest(of: [.tr, .td, .th])
        case HTMLTag.td.rawValue, HTMLTag.th.rawValue:
            closeLowest(of: [.td, .th])
        case HTMLTag.thead.rawValue, HTMLTag.tbody.rawValue, HTMLTag.tfoot.rawValue, HTMLTag.caption.rawValue, HTMLTag.colgroup.rawValue:
            closeLowest(of: [.thead, .tbody, .tfoot, .caption, .colgroup, .tr, .td, .th])
        case HTMLTag.a.rawValue, HTMLTag.nobr.rawValue:
            // A link inside a link closes the first (HTML5 does it through the adoption agency).
            let other = topOpen[Int(name)]
            if other > topSpecial { pop(to: other) }
        case HTMLTag.button.rawValue:
            let other = top(.button)
            if other > topScope { pop(to: other) }
        default:
            if traits.contains(.heading), self.traits(currentName).contains(.heading) { pop(to: Int32(open.count - 1)) }
        }
    }

    /// Closes the lowest open element among `tags` that is inside the innermost open table.
    private mutating func closeLowest(of tags: [HTMLTag]) {
        let table = top(.table)
        var lowest = Int32.max
        for tag in tags {
            let index = top(tag)
            if index > table, index < lowest { lowest = index }
        }
        if lowest != Int32.max { pop(to: lowest) }
    }

    @inline(__always)
    private func top(_ tag: HTMLTag) -> Int32 { topOpen[Int(tag.rawValue)] }

    // MARK: End tags

    mutating func insertEndTag(_ name: Int32) {
        if body == HTMLTree.none {
            switch name {
            case HTMLTag.head.rawValue:
                if top(.head) >= 0 {
                    pop(to: top(.head))
                    headClosed = true
                }
            case HTMLTag.noscript.rawValue, HTMLTag.template.rawValue:
                if topOpen[Int(name)] >= 0 { pop(to: topOpen[Int(name)]) }
            case HTMLTag.br.rawValue:
                openBody(attributesFrom: nil)
                _ = insertElement(HTMLTag.br.rawValue, attributesFrom: attributes.count, into: currentNode)
            default: break  // HTML5 ignores other end tags before the body
            }
            return
        }
        switch name {
        case HTMLTag.html.rawValue, HTMLTag.body.rawValue, HTMLTag.head.rawValue:
            break  // as in HTML5, `</body>` closes nothing: later content still goes where it would
        case HTMLTag.br.rawValue:
            _ = insertElement(HTMLTag.br.rawValue, attributesFrom: attributes.count, into: currentNode)
        case HTMLTag.p.rawValue:
            let paragraph = top(.p)
            if paragraph > topScope, paragraph > top(.button) {
                pop(to: paragraph)
            } else {
                _ = insertElement(HTMLTag.p.rawValue, attributesFrom: attributes.count, into: currentNode)  // HTML5: an empty p
            }
        case HTMLTag.li.rawValue:
            let item = top(.li)
            if item > max(topScope, top(.ul), top(.ol)) { pop(to: item) }
        case HTMLTag.table.rawValue:
            pop(to: top(.table))
        case HTMLTag.tr.rawValue, HTMLTag.td.rawValue, HTMLTag.th.rawValue, HTMLTag.thead.rawValue, HTMLTag.tbody.rawValue, HTMLTag.tfoot.rawValue,
            HTMLTag.caption.rawValue, HTMLTag.colgroup.rawValue:
            let element = topOpen[Int(name)]
            if element > top(.table) { pop(to: element) }
        default:
            let traits = traits(name)
            if traits.contains(.heading) {
                let heading = max(top(.h1), top(.h2), top(.h3), top(.h4), top(.h5), top(.h6))
                if heading >= topScope { pop(to: heading) }
                return
            }
            let element = topOpen[Int(name)]
            guard element >= 0 else { return }
            // An element closes only if no special element (for special ones: no scope
            // boundary) was opened inside it and is still open: `</span>` does not end a div.
            if traits.contains(.special) ? element >= topScope : element > topSpecial { pop(to: element) }
        }
    }
}
