-- RT (rt.com) news article layout: headline h1.article__heading, the bold lead paragraph in
-- div.article__summary, the story in div.article__text, where "read more" boxes
-- (.read-more-big, .read-more) link other stories.
-- Fixes: the generic extractor leaves out the lead paragraph (the summary sits apart from
-- the story's text block).
return {
  name = "rt",
  version = "1.0.0",
  description = "RT: lead paragraph and story text, without the read-more boxes.",
  outlet = {
    domains = { "rt.com" },
    html = {
      body = "div.article__summary, div.article__text",
      strip = {
        "div.article__text .read-more-big",
        "div.article__text .read-more",
      },
      headline = "h1.article__heading",
    },
  },
}
