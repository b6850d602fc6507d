-- The New Arab (newarab.com; formerly english.alaraby.co.uk): its plain-text article layout,
-- as copied from its pages: headline, standfirst, "N min read", "dd Month, yyyy", the lead
-- photo's caption ending in the agency in brackets, the story, an agencies trailer.
-- The generic text pipeline reads this layout right on its own; the rule makes each field
-- come from a pattern written for the outlet, and is the worked example in docs/rules.md.
return {
  name = "the-new-arab",
  version = "1.0.0",
  description = "The New Arab: plain-text layout (and its domains for HTML pages).",
  outlet = {
    domains = { "newarab.com", "alaraby.co.uk" },
    -- Text without a URL: the reading-time line directly above the dateline is the layout's mark.
    match = function(input)
      return input.text ~= nil and lede.re.find(input.text, [[(?m)^\d{1,3} min read\R\d{1,2} \p{L}+, \d{4}$]]) ~= nil
    end,
    text = {
      artefacts = { [[^\[click to enlarge\]$]] },
      trailers = { [[contributed to this (story|report)\.$]] },
      dateline = { pattern = [[^\d{1,2} \p{L}+, \d{4}$]], format = "dd MMMM, yyyy" },
      readtime = [[^(\d+) min read$]],
      caption_credit = [[\[([A-Z][A-Za-z ]+)\]$]],
    },
  },
}
