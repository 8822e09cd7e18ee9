#ifndef DRAFTDIFF_CLIBXML2_SHIM_H
#define DRAFTDIFF_CLIBXML2_SHIM_H

// Debian builds libxml2 with ICU; its encoding.h would then pull in the system ICU
// headers, which clash with Foundation's own ICU. Turn that off before anything else.
#include <libxml/xmlversion.h>
#undef LIBXML_ICU_ENABLED

#include <libxml/parser.h>
#include <libxml/xmlreader.h>
#include <libxml/xmlerror.h>
#include <libxml/xmlmemory.h>

/// Frees memory libxml2 allocated (xmlFree is a C global variable Swift 6 rejects).
static inline void draftdiff_xml_free(void *pointer) { xmlFree(pointer); }

#endif
