-- Hearst Newspapers (chron.com, timesunion.com, ctpost.com, mysanantonio.com, sfgate.com and
-- the group's other dailies), story layout "hearst/article/types/story_body_r2": the story's
-- paragraphs sit in div.article-body together with the lead photo gallery (.asset_gallery:
-- each caption three times, full, truncated and in the remote caption panel, with credits
-- and "Image 1 of N") and inline ad and video zones.
-- Fixes: the gallery captions taken into the body. Pages in the group's newer
-- "dynamic_two_column" layout have no div.article-body and keep the generic extraction.
return {
  name = "hearst-newspapers",
  version = "1.0.0",
  description = "Hearst Newspapers story pages: body without the lead gallery's captions.",
  outlet = {
    domains = {
      "chron.com", "houstonchronicle.com", "timesunion.com", "ctpost.com", "mysanantonio.com",
      "expressnews.com", "sfgate.com", "sfchronicle.com", "seattlepi.com", "beaumontenterprise.com",
      "lmtonline.com", "mrt.com", "myplainview.com", "stamfordadvocate.com", "greenwichtime.com",
      "newstimes.com", "nhregister.com", "thehour.com", "middletownpress.com", "registercitizen.com",
      "ourmidland.com", "bigrapidsnews.com", "michigansthumb.com", "manisteenews.com",
      "theintelligencer.com",
    },
    html = {
      body = "div.article-body",
      strip = {
        ".article-body .asset_gallery",
        ".article-body .hst-resgallery-container",
        ".article-body .asset_zone",
        ".article-body .ad_deferrable",
      },
      headline = "h1.headline",
      -- Staff bylines link the writer's page; wire bylines ("Name, Ap Auto Writer",
      -- "Associated Press") do not, and keep the generic (metadata) authors.
      authors = "p.byline a[href*='/author/']",
    },
  },
}
