-- A text rule chosen by its match function: plain text whose first line starts "TEXTWIRE".
return {
  name = "textwire",
  version = "1.0.0",
  outlet = {
    match = function(input) return input.text ~= nil and input.text:sub(1, 8) == "TEXTWIRE" end,
    text = {
      artefacts = { [[^TEXTWIRE$]] },
      dateline = { pattern = [[^Filed \d{4}/\d{2}/\d{2}$]], format = "'Filed' yyyy/MM/dd" },
      readtime = [[^Reading: (\d+) min$]],
      trailers = { [[^-- textwire$]] },
    },
  },
}
