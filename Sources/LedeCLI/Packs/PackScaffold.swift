import LedeCore

/// The files `lede packs new NAME` writes: a manifest, a tagger, a writer and an outlet rule,
/// a fixture for each, and a README. `lede packs test NAME` passes on them as written, so a
/// new pack starts green and every later change is checked.
enum PackScaffold {
    static func files(for name: String) -> [(path: String, text: String)] {
        [
            ("pack.lua", """
            return {
              name = "\(name)",
              version = "0.1.0",
              description = "What this pack is for.",
              lede = ">=\(Lede.version.split(separator: ".").prefix(2).joined(separator: "."))",
              license = "MIT",
              -- provides = { "taggers/\(name)-keywords.lua" },  -- optional; default: every plugin file here
            }

            """),
            ("taggers/\(name)-keywords.lua", """
            -- A tagger: tags each keyword (option `words`) where it appears in a paragraph.
            return {
              name = "\(name)-keywords",
              version = "0.1.0",
              description = "Tags the keywords given in the words option.",
              options = { words = { type = "list", default = { "harbour", "bridge" }, help = "the words to tag" } },
              Paragraph = function(block, article, opts)
                local text = lede.text.lower(block.text)
                for _, word in ipairs(opts.words) do
                  local s, e = text:find(word, 1, true)
                  if s then article:tag{ kind = "keyword", value = word, block = block.index, start = s, stop = e } end
                end
              end,
            }

            """),
            ("writers/\(name)-headlines.lua", """
            -- A writer: one line per article, its date and headline.
            return {
              name = "\(name)-headlines",
              version = "0.1.0",
              description = "One line per article: date and headline.",
              Writer = function(article)
                return (article.datePublished or "undated") .. "  " .. (article.headline or "(no headline)") .. "\\n"
              end,
            }

            """),
            ("outlets/\(name)-example.lua", """
            -- An outlet rule for a made-up outlet at example.com; copy it for a real one.
            return {
              name = "\(name)-example",
              version = "0.1.0",
              outlet = {
                domains = { "example.com" },
                html = {
                  headline = "h1.headline",
                  body = "div.story",
                  strip = { ".promo" },
                  date = { selector = "time", attr = "datetime" },
                },
              },
            }

            """),
            ("tests/example-page.html", """
            <!DOCTYPE html>
            <html lang="en"><head><meta charset="utf-8"><title>Example News</title></head>
            <body>
            <h1 class="headline">Harbour bridge reopens after repairs</h1>
            <time datetime="2024-03-05">5 March 2024</time>
            <div class="story">
            <p>The harbour bridge reopened to traffic on Tuesday after eight months of repairs.</p>
            <p class="promo">Sign up for our morning newsletter to get stories like this one.</p>
            <p>Engineers replaced more than two hundred cable anchors, the city said.</p>
            </div>
            </body></html>

            """),
            ("tests/example-page.url", "https://www.example.com/news/harbour-bridge\n"),
            ("tests/example-page.expected.json", """
            {
              "outlet": "\(name)-example",
              "headline": "Harbour bridge reopens after repairs",
              "datePublished": "2024-03-05",
              "articleBody": "The harbour bridge reopened to traffic on Tuesday after eight months of repairs.\\n\\nEngineers replaced more than two hundred cable anchors, the city said."
            }

            """),
            ("tests/keywords.txt", """
            Harbour bridge reopens after repairs

            The harbour bridge reopened to traffic on Tuesday after eight months of repairs.

            """),
            ("tests/keywords.plugins", "\(name)-keywords\n"),
            ("tests/keywords.expected.json", """
            {
              "tags": [
                {"kind": "keyword", "value": "harbour", "block": 0, "start": 4, "end": 11, "by": "\(name)-keywords@0.1.0"},
                {"kind": "keyword", "value": "bridge", "block": 0, "start": 12, "end": 18, "by": "\(name)-keywords@0.1.0"}
              ]
            }

            """),
            ("tests/keywords.expected.\(name)-headlines", "undated  Harbour bridge reopens after repairs\n"),
            ("README.md", """
            # \(name)

            A lede plugin pack. Install it with `lede packs install PATH-OR-GIT-URL`; test it with
            `lede packs test PATH`.

            - `taggers/\(name)-keywords.lua`: tags keywords (`-p \(name)-keywords -M \(name)-keywords.words=a,b`).
            - `writers/\(name)-headlines.lua`: one line per article (`--to \(name)-headlines`).
            - `outlets/\(name)-example.lua`: an outlet rule for example.com (see lede's docs/rules.md).
            - `tests/`: a fixture for each: `CASE.html|txt`, optional `CASE.url` and `CASE.plugins`,
              and `CASE.expected.json` (only its keys are compared) or `CASE.expected.WRITER`.

            """),
        ]
    }
}
