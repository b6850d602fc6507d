#ifndef LEDE_CLUA_SHIM_H
#define LEDE_CLUA_SHIM_H
/*
 * Lua 5.4 for Swift: inline wrappers for the macros and variadic functions Swift cannot
 * import, and the C pieces that must not be Swift: the allocator that enforces the memory
 * budget, the count hook that enforces the instruction budget, and the trampoline that raises
 * Lua errors for Swift host functions (a longjmp must never cross a Swift frame).
 */
#include <lua.h>
#include <lauxlib.h>
#include <lualib.h>
#include <stdlib.h>
#include <string.h>
#include <stdio.h>

/* Per-state bookkeeping, owned by the Swift LuaState and reachable from lua_getextraspace. */
typedef struct lede_lua_extra {
    size_t used;                    /* bytes allocated by this state */
    size_t cap;                     /* memory budget in bytes; 0 = none */
    int in_host;                    /* > 0 while the host works on the state: allocations never fail */
    long long instructions_left;    /* for the current hook call */
    long long instructions_per_call;/* budget per hook call; 0 = none */
    int exceeded;                   /* LEDE_EXCEEDED_* of the last budget failure */
    void *host;                     /* the Swift object behind this state */
} lede_lua_extra;

#define LEDE_EXCEEDED_NONE 0
#define LEDE_EXCEEDED_INSTRUCTIONS 1
#define LEDE_EXCEEDED_MEMORY 2
#define LEDE_HOOK_STEP 1000

static inline lede_lua_extra *lede_extra(lua_State *L) {
    return *(lede_lua_extra **)lua_getextraspace(L);
}

/* Allocator: refuses growth past the cap, except while the host itself is working. */
static void *lede_alloc(void *ud, void *ptr, size_t osize, size_t nsize) {
    lede_lua_extra *extra = (lede_lua_extra *)ud;
    size_t old = ptr ? osize : 0;
    if (nsize == 0) {
        extra->used -= old;
        free(ptr);
        return NULL;
    }
    if (nsize > old && extra->cap && extra->used - old + nsize > extra->cap && extra->in_host == 0) {
        extra->exceeded = LEDE_EXCEEDED_MEMORY;
        return NULL;
    }
    void *grown = realloc(ptr, nsize);
    if (grown) extra->used = extra->used - old + nsize;
    return grown;
}

static int lede_panic(lua_State *L) {
    const char *message = lua_tostring(L, -1);
    fprintf(stderr, "lede: unprotected Lua error (a bug in lede): %s\n", message ? message : "?");
    abort();
}

/* A new state whose allocator and hook report to `extra`. */
static inline lua_State *lede_newstate(lede_lua_extra *extra) {
    lua_State *L = lua_newstate(lede_alloc, extra);
    if (L) {
        *(lede_lua_extra **)lua_getextraspace(L) = extra;
        lua_atpanic(L, lede_panic);
    }
    return L;
}

/* Count hook: every LEDE_HOOK_STEP instructions, charge the budget; past it, raise an error
   that carries the running function's file:line. */
static void lede_count_hook(lua_State *L, lua_Debug *ar) {
    (void)ar;
    lede_lua_extra *extra = lede_extra(L);
    if (extra->instructions_per_call == 0) return;
    extra->instructions_left -= LEDE_HOOK_STEP;
    if (extra->instructions_left >= 0) return;
    extra->exceeded = LEDE_EXCEEDED_INSTRUCTIONS;
    extra->instructions_left = extra->instructions_per_call; /* room for the error handling itself */
    lua_Debug frame;
    if (lua_getstack(L, 0, &frame) && lua_getinfo(L, "Sl", &frame) && frame.currentline > 0) {
        lua_pushfstring(L, "%s:%d: ", frame.short_src, frame.currentline);
    } else {
        luaL_where(L, 1);
    }
    lua_pushfstring(L, "instruction budget exceeded (%I instructions per call; raise it with --lua-instructions)",
                    (LUA_INTEGER)extra->instructions_per_call);
    lua_concat(L, 2);
    lua_error(L);
}

static inline void lede_install_count_hook(lua_State *L) {
    lua_sethook(L, lede_count_hook, LUA_MASKCOUNT, LEDE_HOOK_STEP);
}

/* Lua-callable: starts a fresh instruction budget (the runner calls it before each hook). */
static int lede_budget_reset(lua_State *L) {
    lede_lua_extra *extra = lede_extra(L);
    extra->instructions_left = extra->instructions_per_call;
    return 0;
}

/* Swift host functions have this type: they return the number of results, or -1 with an
   error message on the stack, which the trampoline then raises from C. */
typedef int (*lede_host_function)(lua_State *L);

static int lede_trampoline(lua_State *L) {
    lede_host_function function = (lede_host_function)lua_touserdata(L, lua_upvalueindex(1));
    lede_lua_extra *extra = lede_extra(L);
    extra->in_host++;
    int results = function(L);
    extra->in_host--;
    if (results < 0) return lua_error(L);
    if (extra->cap && extra->used > extra->cap) {
        extra->exceeded = LEDE_EXCEEDED_MEMORY;
        return luaL_error(L, "not enough memory");
    }
    return results;
}

static inline void lede_push_host_function(lua_State *L, lede_host_function function) {
    lua_pushlightuserdata(L, (void *)function);
    lua_pushcclosure(L, lede_trampoline, 1);
}

static inline void lede_push_budget_reset(lua_State *L) { lua_pushcfunction(L, lede_budget_reset); }

/* Macros and variadics Swift does not import. */
static inline int lede_pcall(lua_State *L, int nargs, int nresults, int msgh) { return lua_pcall(L, nargs, nresults, msgh); }
static inline const char *lede_tolstring(lua_State *L, int index, size_t *len) { return lua_tolstring(L, index, len); }
static inline void lede_pop(lua_State *L, int n) { lua_pop(L, n); }
static inline void lede_newtable(lua_State *L) { lua_newtable(L); }
static inline int lede_upvalueindex(int i) { return lua_upvalueindex(i); }
static inline int lede_registryindex(void) { return LUA_REGISTRYINDEX; }
static inline void lede_insert(lua_State *L, int index) { lua_insert(L, index); }
static inline void lede_remove(lua_State *L, int index) { lua_remove(L, index); }
static inline int lede_isinteger(lua_State *L, int index) { return lua_isinteger(L, index); }
static inline lua_Integer lede_tointeger(lua_State *L, int index) { return lua_tointegerx(L, index, NULL); }
static inline lua_Number lede_tonumber(lua_State *L, int index) { return lua_tonumberx(L, index, NULL); }
static inline void lede_pushstring(lua_State *L, const char *bytes, size_t len) { lua_pushlstring(L, bytes, len); }
static inline int lede_gc_collect(lua_State *L) { return lua_gc(L, LUA_GCCOLLECT); }
static inline int lede_gc_count_kb(lua_State *L) { return lua_gc(L, LUA_GCCOUNT); }
static inline void lede_where(lua_State *L, int level) { luaL_where(L, level); }

/* Pushes "file:line: " of the nearest calling function that is not lede's own prelude
   (chunk "lede"), so errors and log lines point at the plugin's code. */
static inline void lede_where_user(lua_State *L) {
    lua_Debug frame;
    for (int level = 1; lua_getstack(L, level, &frame); level++) {
        lua_getinfo(L, "Sl", &frame);
        if (frame.currentline > 0 && strcmp(frame.short_src, "lede") != 0) {
            lua_pushfstring(L, "%s:%d: ", frame.short_src, frame.currentline);
            return;
        }
    }
    lua_pushliteral(L, "");
}
static inline int lede_loadbuffer(lua_State *L, const char *bytes, size_t len, const char *name) {
    return luaL_loadbufferx(L, bytes, len, name, "t");
}
static inline void lede_openlib(lua_State *L, const char *name, lua_CFunction open) {
    luaL_requiref(L, name, open, 1);
    lua_pop(L, 1);
}
static inline void lede_open_safe_libraries(lua_State *L) {
    lede_openlib(L, "_G", luaopen_base);
    lede_openlib(L, "string", luaopen_string);
    lede_openlib(L, "table", luaopen_table);
    lede_openlib(L, "math", luaopen_math);
    lede_openlib(L, "utf8", luaopen_utf8);
    lede_openlib(L, "coroutine", luaopen_coroutine);
}
#endif
