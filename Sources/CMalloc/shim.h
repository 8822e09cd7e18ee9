#ifndef DRAFTDIFF_CMALLOC_SHIM_H
#define DRAFTDIFF_CMALLOC_SHIM_H

// glibc's allocator settings (mallopt), for the command-line tool only.
#if __has_include(<malloc.h>)
#include <malloc.h>
#endif

#endif
