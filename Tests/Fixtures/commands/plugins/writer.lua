return {
  name = "headlines", version = "1.0.0", description = "CSV of ids and headlines",
  Header = function() return "id,headline\n" end,
  Writer = function(article) return article.id .. ',"' .. (article.headline or ""):gsub('"', '""') .. '"\n' end,
  Footer = function() return "# end\n" end,
}
