-- luacheck settings for lede plugins (scripts/test runs `luacheck plugins`).
std = "lua54"
read_globals = { "lede" }
exclude_files = { "types/*.lua", "**/*_data.lua" }
max_line_length = 140
