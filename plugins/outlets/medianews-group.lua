-- MediaNews Group / Digital First Media WordPress newspapers (twincities.com, denverpost.com,
-- mercurynews.com, ocregister.com and the group's other dailies): the story is
-- div.article-body > div.body-copy inside article.full-view; the headline is h1.entry-title,
-- the byline .byline a.author-name, the dates time elements in .meta .time.
-- Fixes: the generic extractor appends the teasers of the "more posts" articles listed under
-- the story (each an <article> with an excerpt) to the body.
return {
  name = "medianews-group",
  version = "1.0.0",
  description = "MediaNews Group newspapers: the story's body-copy only.",
  outlet = {
    domains = {
      "twincities.com", "denverpost.com", "mercurynews.com", "eastbaytimes.com", "ocregister.com",
      "dailynews.com", "presstelegram.com", "dailybreeze.com", "sbsun.com", "pe.com",
      "dailybulletin.com", "redlandsdailyfacts.com", "whittierdailynews.com", "sgvtribune.com",
      "marinij.com", "montereyherald.com", "santacruzsentinel.com", "dailycamera.com",
      "timescall.com", "reporterherald.com", "bostonherald.com", "chicoer.com",
    },
    html = {
      body = "article.full-view div.article-body div.body-copy",
      strip = {
        ".body-copy .dfp-ad",
      },
      headline = "article.full-view h1.entry-title",
      authors = "article.full-view .byline a.author-name",
      date = { selector = "article.full-view .meta .time time:not(.updated)", attr = "datetime" },
    },
  },
}
