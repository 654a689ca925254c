/* summary.c — leak summaries: per parameter, the fewest derefs at which it reaches the heap and
 * each result (gc's "leaking param" tags), computed after a batch is solved. */
#include "escape_internal.h"

#include <string.h>

Summary *summary_new(int nparams, int nresults)
{
    Summary *s = xcalloc(1, sizeof *s);
    s->nparams = nparams + 1;
    s->nresults = nresults;
    int nr = nresults ? nresults : 1;
    s->heap = xcalloc(s->nparams, sizeof *s->heap);
    s->result = xcalloc(s->nparams * nr, sizeof *s->result);
    for (int i = 0; i < s->nparams; i++)
        s->heap[i] = SUM_NONE;
    for (int i = 0; i < s->nparams * nr; i++)
        s->result[i] = SUM_NONE;
    return s;
}

/* A parameter the summary does not describe is treated as escaping. */
int sum_heap(Summary *s, int param)
{
    return param + 1 < s->nparams ? s->heap[param + 1] : 0;
}

int sum_result(Summary *s, int param, int r)
{
    if (param + 1 >= s->nparams || r >= s->nresults)
        return SUM_NONE;
    return s->result[(param + 1) * s->nresults + r];
}

static void set_min(int *slot, int v)
{
    if (v < *slot)
        *slot = v;
}

/* The join of two summaries is the union of their leaks, at the smaller derefs. */
void summary_join(Summary *into, Summary *from)
{
    for (int p = 0; p < into->nparams; p++) {
        set_min(&into->heap[p], p < from->nparams ? from->heap[p] : 0);
        for (int r = 0; r < into->nresults; r++)
            set_min(&into->result[p * into->nresults + r],
                    p < from->nparams && r < from->nresults ? from->result[p * from->nresults + r] : 0);
    }
}

/* gc's leaks.Optimize: a leak to the heap at derefs h makes every result leak at derefs >= h
 * redundant (the heap already holds whatever the result could). */
static void optimize(Summary *s)
{
    for (int p = 0; p < s->nparams; p++)
        for (int r = 0; r < s->nresults; r++)
            if (s->heap[p] != SUM_NONE && s->result[p * s->nresults + r] >= s->heap[p])
                s->result[p * s->nresults + r] = SUM_NONE;
}

static void collect(EscState *st, IRFunc *f, Summary *s, int r, Loc *root)
{
    if (f->blocks.len == 0)
        return;
    IRBlock *entry = f->blocks.data[0];
    for (int i = 0; i < entry->instrs.len; i++) {
        IRInstr *in = entry->instrs.data[i];
        Loc *l = in->op == IR_PARAM ? iloc(in) : NULL;
        if (!l || l->walkgen != st->walkgen || in->index + 1 >= s->nparams)
            continue;
        int d = l->derefs < 0 ? 0 : l->derefs;
        explain_leak(st, root, in, d);
        if (r < 0)
            set_min(&s->heap[in->index + 1], d);
        else
            set_min(&s->result[(in->index + 1) * s->nresults + r], d);
    }
}

void summary_from_batch(EscState *st, IRFunc *f)
{
    FuncInfo *fi = finfo(f);
    Summary *s = summary_new(f->nparams, f->nresults);
    walk_from(st, st->heap);
    collect(st, f, s, -1, st->heap);
    for (int r = 0; r < f->nresults; r++) {
        walk_from(st, fi->results[r]);
        collect(st, f, s, r, fi->results[r]);
    }
    optimize(s);
    fi->sum = s;
}
