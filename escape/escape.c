/* escape.c — the driver: inline, build the call graph, solve its strongly connected components
 * bottom-up (summaries before callers), decide every ALLOC, print the -m report.
 * The model and its invariants: README.md beside this file. */
#include "escape_internal.h"

#include <stdlib.h>
#include <string.h>

static void visit_batch(EscState *st, IRFunc **fns, int n)
{
    IRFunc **bodies = xcalloc(n, sizeof *bodies);
    int nb = 0;
    for (int i = 0; i < n; i++) {
        if (fns[i]->external || fns[i]->blocks.len == 0)
            finfo(fns[i])->sum = NULL;
        else
            bodies[nb++] = fns[i];
    }
    /* External functions alone in their component get their table summary now; those in a
     * cycle with Go code stay unknown inside it (build.c treats them as escaping). */
    for (int i = 0; i < n; i++)
        if (fns[i]->external)
            finfo(fns[i])->in_batch = nb > 0;
    if (nb > 0)
        solve_batch(st, bodies, nb);
    for (int i = 0; i < n; i++)
        if (fns[i]->external) {
            finfo(fns[i])->in_batch = false;
            finfo(fns[i])->sum = extern_summary(st, fns[i]);
        }
}

void escape_run(IRProgram *p, EscapeOptions *opts)
{
    EscState st = {.prog = p, .opts = opts};
    report_ordered(opts && opts->m_level >= 2);
    explain_reset();
    callgraph_build(&st);
    if (!opts || !opts->no_inline)
        inline_program(&st);
    fold_make_sizes(p);
    if (opts && opts->m_level > 0)
        report_mark_live_closures(&st);
    callgraph_sccs(&st, visit_batch);
    decide_small_boxes(p);
    report_flush();
    free(st.order);
    for (int i = 0; i < p->funcs.len; i++)
        ((IRFunc *)p->funcs.data[i])->esc = NULL;
}
