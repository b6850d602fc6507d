/// Applies an outlet rule's `text` patterns before any generic stage: artefact lines into
/// `removed`, trailer lines into `notes`, and the reading-time, dateline and caption lines
/// into their fields, so the generic stages never mistake them for headline or body.
struct OutletTextStage: TextStage {
    let name = "outlet"
    let rule: OutletRule

    func run(_ document: inout TextDocument) {
        let text = rule.text
        for index in document.lines.indices where document.lines[index].role == nil {
            let line = document.lines[index].text
            if text.artefacts.contains(where: { $0.matches(line) }) {
                document.remove(index, reason: "rule \(rule.name) text.artefacts", by: rule.identity)
            } else if text.trailers.contains(where: { $0.matches(line) }) {
                document.claim(index, as: .trailer)
                document.article.notes.append(line)
                credit(&document, "notes", "trailers")
            }
        }
        if let readtime = text.readtime { readingTime(readtime, &document) }
        if let dateline = text.dateline { date(dateline.pattern, dateline.format, &document) }
        if let caption = text.captionCredit { leadCaption(caption, &document) }
    }

    private func readingTime(_ pattern: Pattern, _ document: inout TextDocument) {
        for index in document.unclaimed {
            guard let groups = pattern.groups(document.lines[index].text) else { continue }
            guard let minutes = groups.count > 1 ? groups[1].flatMap({ Int($0) }) : nil else {
                return report(&document, "text.readtime matched \"\(document.lines[index].text)\" but its group 1 is not a number")
            }
            document.claim(index, as: .metadata)
            document.article.readingTimeMinutes = minutes
            return credit(&document, "readingTimeMinutes", "readtime")
        }
        report(&document, "text.readtime matched no line; used generic")
    }

    private func date(_ pattern: Pattern, _ format: DatePattern, _ document: inout TextDocument) {
        for index in document.unclaimed {
            guard let match = pattern.groups(document.lines[index].text)?.first ?? nil else { continue }
            guard let parsed = format.parse(match) else {
                return report(&document, "text.dateline found \"\(match)\", which does not read with format \"\(format.pattern)\"; used generic")
            }
            document.claim(index, as: .metadata)
            document.article.datePublished = parsed.iso
            return credit(&document, "datePublished", "dateline")
        }
        report(&document, "text.dateline matched no line; used generic")
    }

    private func leadCaption(_ pattern: Pattern, _ document: inout TextDocument) {
        for index in document.unclaimed {
            let line = document.lines[index].text
            guard let groups = pattern.groups(line), let whole = groups[0], let range = line.range(of: whole) else { continue }
            let credit = groups.count > 1 ? groups[1]?.trimmed : nil
            let caption = String(line[..<range.lowerBound] + line[range.upperBound...]).trimmed
            document.claim(index, as: .leadCaption)
            document.article.image = ArticleImage(url: document.article.image?.url, caption: caption.isEmpty ? nil : caption, credit: credit)
            return self.credit(&document, "image", "caption_credit")
        }
    }

    private func report(_ document: inout TextDocument, _ message: String) {
        document.report(name, "rule \(rule.name): \(message)")
    }

    private func credit(_ document: inout TextDocument, _ field: String, _ key: String) {
        document.article.provenance[field] = .string("rule \(rule.name) text.\(key)")
    }
}
