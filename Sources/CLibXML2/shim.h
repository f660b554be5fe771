#ifndef READER_CLIBXML2_SHIM_H
#define READER_CLIBXML2_SHIM_H

// libxml2's HTML parser (a real, error-tolerant HTML parser) and its streaming xmlReader (feeds).
#include <libxml/xmlversion.h>
// Debian builds libxml2 with ICU; its ICU headers clash with Foundation's own copy of ICU in any
// module that imports both. Nothing here uses libxml2's ICU converters (the text is decoded before
// parsing), so hide them.
#undef LIBXML_ICU_ENABLED
#include <libxml/HTMLparser.h>
#include <libxml/HTMLtree.h>
#include <libxml/tree.h>
#include <libxml/xmlreader.h>
#include <libxml/parser.h>

// libxml2's deallocator is a global function pointer, which Swift 6 will not touch as shared state.
static inline void shim_xml_free(void *pointer) { xmlFree(pointer); }

#endif
