#ifndef DRAFTDIFF_CLIBXML2_SHIM_H
#define DRAFTDIFF_CLIBXML2_SHIM_H

// Debian builds libxml2 with ICU; its encoding.h would then pull in the system ICU
// headers, which clash with Foundation's own ICU. Turn that off before anything else.
#include <libxml/xmlversion.h>
#undef LIBXML_ICU_ENABLED

#include <libxml/parser.h>
#include <libxml/xmlerror.h>

#endif
