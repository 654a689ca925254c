/* escape.h — escape analysis' face: decides every ALLOC site of an IRProgram (ir.h) and
 * produces gc-style -m diagnostics.
 *
 * Whole-program, interprocedural (model and invariants: escape/README.md; the theory:
 * /work/shared/ESCAPE.md): call graph SCCs solved bottom-up over a location graph with deref
 * levels, leak summaries per parameter, interface calls joined over every implementation,
 * table summaries for C-implemented stdlib functions and runtime calls. */
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
