/// Turns every line no other stage claimed into body blocks, in order: paragraphs, lists,
/// `>` quotes, code fences, subheadings, and captions further down as figures.
public struct BodyStage: TextStage {
    public let name = "body"

    public init() {}

    public func run(_ document: inout TextDocument) {
        var groups: [[TextLine]] = []
        for index in document.unclaimed {
            let line = document.lines[index]
            document.claim(index, as: .body)
            if let last = groups.last?.last, last.block == line.block || Self.isInsideFence(groups[groups.count - 1]) {
                groups[groups.count - 1].append(line)
            } else {
                groups.append([line])
            }
        }
        var builder = BodyBuilder()
        for (offset, group) in groups.enumerated() {
            builder.add(group, isLastGroup: offset == groups.count - 1)
        }
        document.article.body = builder.blocks
        if builder.blocks.isEmpty { document.report(name, "no body text found") }
    }

    /// True when the group opens a code fence it does not close: blank lines inside a fence
    /// belong to it, so the next group joins this one.
    private static func isInsideFence(_ group: [TextLine]) -> Bool {
        group.filter { BlockSyntax.isFence($0.text) }.count % 2 == 1
    }
}

/// Builds blocks from blank-line groups of lines.
struct BodyBuilder {
    private(set) var blocks: [Block] = []
    private var paragraphRun: [String] = []
    private var isLastGroup = false

    mutating func add(_ group: [TextLine], isLastGroup: Bool) {
        self.isLastGroup = isLastGroup
        var index = 0
        while index < group.count {
            let line = group[index]
            if BlockSyntax.isFence(line.text) {
                index = fenced(group, from: index)
            } else if BlockSyntax.isListItem(line.text) {
                index = list(group, from: index)
            } else if BlockSyntax.quoteText(line.text) != nil {
                index = quote(group, from: index)
            } else if let heading = BlockSyntax.markdownHeading(line.text) {
                flushParagraphs(isGroupEnd: false)
                blocks.append(.heading(heading.text, level: heading.level))
                index += 1
            } else if let caption = Caption.parse(line.text) {
                flushParagraphs(isGroupEnd: false)
                blocks.append(.figure(caption: caption.caption, credit: caption.credit))
                index += 1
            } else {
                paragraphRun.append(line.text)
                index += 1
            }
        }
        flushParagraphs(isGroupEnd: true)
    }

    private mutating func flushParagraphs(isGroupEnd: Bool) {
        guard !paragraphRun.isEmpty else { return }
        let paragraphs = BlockSyntax.paragraphs(paragraphRun)
        let isWrapped = paragraphs.count < paragraphRun.count
        paragraphRun = []
        for (offset, text) in paragraphs.enumerated() {
            let isLast = isGroupEnd && isLastGroup && offset == paragraphs.count - 1
            let follows = blocks.contains { $0.type != .figure }
            if !isWrapped, follows, !isLast, BlockSyntax.isSubheading(text) {
                blocks.append(.heading(text, level: 2))
            } else {
                blocks.append(.paragraph(text))
            }
        }
    }

    private mutating func fenced(_ group: [TextLine], from start: Int) -> Int {
        flushParagraphs(isGroupEnd: false)
        let base = group[start].indent
        var index = start + 1
        var lines: [String] = []
        while index < group.count, !BlockSyntax.isFence(group[index].text) {
            if group[index].block != group[index - 1].block { lines.append("") }
            lines.append(String(repeating: " ", count: max(0, group[index].indent - base)) + group[index].text)
            index += 1
        }
        blocks.append(.preformatted(lines.joined(separator: "\n")))
        return min(index + 1, group.count)
    }

    private mutating func list(_ group: [TextLine], from start: Int) -> Int {
        flushParagraphs(isGroupEnd: false)
        var items: [String] = []
        var index = start
        while index < group.count {
            if let item = BlockSyntax.listItemText(group[index].text) {
                items.append(item)
            } else if group[index].indent > 0, !items.isEmpty {
                items[items.count - 1] += " " + group[index].text
            } else {
                break
            }
            index += 1
        }
        blocks.append(.list(items))
        return index
    }

    private mutating func quote(_ group: [TextLine], from start: Int) -> Int {
        flushParagraphs(isGroupEnd: false)
        var lines: [String] = []
        var index = start
        while index < group.count, let text = BlockSyntax.quoteText(group[index].text) {
            lines.append(text)
            index += 1
        }
        blocks.append(.quote(BlockSyntax.paragraphs(lines).joined(separator: "\n")))
        return index
    }
}
