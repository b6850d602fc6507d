-- Every block-hook return value, chosen by a marker in the block's text.
return {
  name = "hooks", version = "1.0.0", description = "exercises every hook return value",
  Paragraph = function(block)
    if block.text:find("Syria's regime", 1, true) then return {} end                       -- delete
    if block.text:find("^Scores") then return lede.Paragraph("REPLACED") end              -- replace
    if block.text:find("^Russia said") then                                               -- splice
      return { lede.Heading("Russia", 3), block, lede.List({ "one", "two" }) }
    end
    if block.text:find("^Kurdish") then block.text = block.text:upper() end               -- change in place
  end,
  Article = function(article)
    article.meta.blocks = #article.body
    article.headline = article.headline .. " (filtered)"
  end,
}
