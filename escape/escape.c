/* escape.c — decides every allocation site and reports the decisions in gc's words.
 *
 * This is the conservative first stage of golc's escape analysis (the full interprocedural
 * model is ../shared/ESCAPE.md): a site goes on the stack only when no pointer to it can
 * exist at all — a declared variable whose address is never taken, or a compiler
 * temporary. Everything else goes on the heap. That is sound by construction; precision
 * comes with the location-graph solver. */
#include "escape.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

typedef struct Report {
    Pos pos;
    char *text;
} Report;

static bool site_is_trivially_local(IRInstr *in)
{
    if (in->alloc_kind == ALLOC_TEMP)
        return true;
    if (in->alloc_kind == ALLOC_VAR && in->nargs == 0)
        return in->var == NULL || !in->var->addr_taken;
    return false;
}

static char *site_message(IRInstr *in)
{
    if (in->alloc_kind == ALLOC_VAR)
        return in->var ? xsprintf("moved to heap: %s", in->var->name) : NULL;
    if (!in->site)
        return NULL;
    return xsprintf("%s escapes to heap", expr_string(in->site));
}

static int report_cmp(const void *a, const void *b)
{
    const Report *x = a, *y = b;
    if (x->pos.file != y->pos.file)
        return x->pos.file - y->pos.file;
    if (x->pos.line != y->pos.line)
        return x->pos.line - y->pos.line;
    return x->pos.col - y->pos.col;
}

void escape_run(IRProgram *p, EscapeOptions *opts)
{
    Report *reports = NULL;
    int nreports = 0, cap = 0;
    for (int fi = 0; fi < p->funcs.len; fi++) {
        IRFunc *f = p->funcs.data[fi];
        for (int bi = 0; bi < f->blocks.len; bi++) {
            IRBlock *b = f->blocks.data[bi];
            for (int ii = 0; ii < b->instrs.len; ii++) {
                IRInstr *in = b->instrs.data[ii];
                if (in->op != IR_ALLOC)
                    continue;
                in->decision = site_is_trivially_local(in) ? DEC_STACK : DEC_HEAP;
                /* Only sites in user code are reported: gc's -m talks about the package
                 * being built, not about the standard library. */
                if (!opts || opts->m_level == 0 || in->decision != DEC_HEAP || in->pos.file == 0)
                    continue;
                if (f->pkg && f->pkg->path && strcmp(f->pkg->path, "main") != 0)
                    continue;
                char *msg = site_message(in);
                if (!msg)
                    continue;
                if (nreports == cap) {
                    cap = cap ? cap * 2 : 64;
                    reports = xrealloc(reports, cap * sizeof *reports);
                }
                reports[nreports++] = (Report){in->pos, msg};
            }
        }
    }
    qsort(reports, nreports, sizeof *reports, report_cmp);
    for (int i = 0; i < nreports; i++)
        fprintf(stderr, "%s:%d:%d: %s\n", src_file_name(reports[i].pos.file), reports[i].pos.line,
                reports[i].pos.col, reports[i].text);
    free(reports);
}
