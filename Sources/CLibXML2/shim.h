#ifndef LEDE_CLIBXML2_SHIM_H
#define LEDE_CLIBXML2_SHIM_H
/*
 * libxml2 for Swift. ICU support is switched off in the headers: a module that sees both
 * Foundation and libxml2's ICU declarations fails debug builds with "'UErrorCode' has
 * different definitions in different modules". xmlFree is a global function pointer, which
 * Swift 6 rejects, so it is called through a function.
 */
#include <libxml/xmlversion.h>
#undef LIBXML_ICU_ENABLED
#include <libxml/HTMLparser.h>
#include <libxml/HTMLtree.h>
#include <libxml/tree.h>
#include <libxml/xpath.h>
#include <libxml/xpathInternals.h>
#include <libxml/xmlerror.h>

static inline void lede_xml_free(void *pointer) { xmlFree(pointer); }

static void lede_xml_silent(void *context, const char *message, ...) { (void)context; (void)message; }

/* No error output on stderr: XPath evaluation reports its errors to the context only. */
static inline void lede_xml_quiet(void) {
    xmlSetGenericErrorFunc(NULL, lede_xml_silent);
    xmlSetStructuredErrorFunc(NULL, NULL);
}
#endif
