-- csv: one row per tag, for spreadsheets and data frames. RFC 4180: fields with a comma,
-- quote or line break are quoted, quotes doubled, rows end with CRLF; the header comes once.
local columns = { "id", "kind", "value", "block", "start", "end", "by", "attrs" }

local function field(value)
  if value == nil then return "" end
  local text = tostring(value)
  if text:find('[,"\r\n]') then
    return '"' .. text:gsub('"', '""') .. '"'
  end
  return text
end

local function row(values)
  local fields = {}
  for i = 1, #columns do fields[i] = field(values[i]) end
  return table.concat(fields, ",") .. "\r\n"
end

return {
  name = "csv",
  version = "1.0.0",
  description = "One CSV row per tag: id,kind,value,block,start,end,by,attrs (attrs as JSON).",

  Header = function()
    return table.concat(columns, ",") .. "\r\n"
  end,

  Writer = function(article)
    local rows = {}
    for _, tag in ipairs(article.tags or {}) do
      local attrs = tag.attrs
      local attrs_json = (attrs and next(attrs) ~= nil) and lede.json.encode(attrs) or ""
      rows[#rows + 1] = row({ article.id, tag.kind, tag.value, tag.block, tag.start, tag["end"], tag.by, attrs_json })
    end
    return table.concat(rows)
  end,
}
