#ifndef LEDE_CZLIB_SHIM_H
#define LEDE_CZLIB_SHIM_H
#include <zlib.h>

/* inflateInit2 is a macro, which Swift does not import. windowBits 15+32 accepts both gzip and zlib headers. */
static inline int lede_inflate_init(z_stream *stream) {
    return inflateInit2(stream, 15 + 32);
}
#endif
