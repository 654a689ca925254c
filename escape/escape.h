/* escape.h — escape analysis' face: decides every ALLOC site of an IRProgram (ir.h) and
 * produces gc-style -m diagnostics.
 *
 * Until the interprocedural analysis lands (see ../shared/ESCAPE.md), escape_run applies the
 * conservative rule that is trivially sound: ALLOC_VAR sites whose variable never has its
 * address taken, and ALLOC_TEMP sites, go on the stack (no pointer to them can exist);
 * every other site goes on the heap. */
#ifndef GOLC_ESCAPE_H
#define GOLC_ESCAPE_H

#include "../frontend/ir.h"

typedef struct EscapeOptions {
    int m_level;        /* -m count: 0 = no diagnostics, 1 = decisions, 2 = with flow */
    bool no_inline;     /* -l */
} EscapeOptions;

/* Writes `decision` into every ALLOC; prints diagnostics (sorted by position) to stderr,
 * as gc does for -m. */
void escape_run(IRProgram *p, EscapeOptions *opts);

#endif
