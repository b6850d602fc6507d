return {
  name = "broken", version = "1.0.0",
  Paragraph = function(block)
    if block.text then
  end,
}
