-- Misbehaves in the way -M hostile.mode=… names, on articles whose headline mentions Syria;
-- every other article must come through untouched.
return {
  name = "hostile", version = "1.0.0",
  options = { mode = { type = "string", default = "loop", help = "which misbehaviour" } },
  Paragraph = function(block, article, opts)
    if not (article.headline or ""):find("Syria") or block.index ~= 4 then return end
    local mode = opts.mode
    if mode == "loop" then while true do end
    elseif mode == "memory" then local t = {} for i = 1, 1e9 do t[i] = { i } end
    elseif mode == "rep" then return lede.Paragraph(string.rep("x", 2^27))
    elseif mode == "os" then os.execute("touch /tmp/lede-hostile")
    elseif mode == "io" then io.open("/etc/passwd")
    elseif mode == "bytecode" then assert(load("\27LuaT\0\25\147\r\n\26\n"))()
    elseif mode == "debug" then debug.sethook(function() end, "", 1)
    elseif mode == "gc" then setmetatable({}, { __gc = function() error("boom") end })
    elseif mode == "index" then local x = nil; return x.field
    elseif mode == "return" then return 42
    end
  end,
}
