/* solve.c — solves one batch (a strongly connected component of the call graph).
 *
 * For a root R, walk_from computes the fewest derefs from every location that reaches R
 * (Bellman-Ford over weights >= -1 with a work queue). A location reached at derefs < 0 has its
 * address flow into R; if R outlives it (R is the heap or an escaped object, a result, or an
 * object of the same function declared at a smaller loop depth) it must be heap allocated.
 * An escaped object then behaves as the heap: it gets an edge heap <- object, so the next heap
 * walk carries everything stored into it. Propagation past an address-of restarts at derefs 0
 * (gc's lower bound): for `root = &l; l = x`, x is treated as flowing into root itself, which
 * is what keeps stack pointers out of escaped objects (invariant 1). */
#include "escape_internal.h"

#include <stdlib.h>

void walk_from(EscState *st, Loc *root)
{
    int gen = ++st->walkgen;
    Loc **queue = NULL;
    int head = 0, len = 0, cap = 0;
    root->walkgen = gen;
    root->derefs = 0;
    root->queued = true;
    root->pred = NULL;
    st->norder = 0;
    queue = xrealloc(queue, (cap = 64) * sizeof *queue);
    queue[len++] = root;
    while (head < len) {
        Loc *l = queue[head++];
        l->queued = false;
        int base = l->derefs < 0 ? 0 : l->derefs;
        for (int i = 0; i < l->nedges; i++) {
            Loc *src = l->edges[i].src;
            int d = base + l->edges[i].derefs;
            if (src->walkgen == gen && src->derefs <= d)
                continue;
            if (src->walkgen != gen) {          /* first visit: remember the order */
                if (st->norder == st->caporder) {
                    st->caporder = st->caporder ? st->caporder * 2 : 256;
                    st->order = xrealloc(st->order, st->caporder * sizeof *st->order);
                }
                st->order[st->norder++] = src;
            }
            src->walkgen = gen;
            src->derefs = d;
            src->pred = l;                      /* for -m=2 explanations */
            src->pred_edge = i;
            if (src->queued)
                continue;
            src->queued = true;
            if (head > 0 && len == cap) {       /* compact before growing */
                for (int k = head; k < len; k++)
                    queue[k - head] = queue[k];
                len -= head;
                head = 0;
            }
            if (len == cap)
                queue = xrealloc(queue, (cap *= 2) * sizeof *queue);
            queue[len++] = src;
        }
    }
    free(queue);
}

static bool outlives(Loc *root, Loc *l)
{
    if (root->kind == LOC_HEAP || root->kind == LOC_RESULT || root->escapes)
        return true;
    return root->kind == LOC_OBJECT && root->fn == l->fn && root->loop_depth < l->loop_depth;
}

/* Walks from root; marks what must escape (in the order the walk reached them, which is the
 * order -m=2 explains them in); returns whether anything new escaped. */
static bool walk_root(EscState *st, Loc *root)
{
    walk_from(st, root);
    bool changed = false;
    int n = 0;
    for (int i = 0; i < st->norder; i++) {
        Loc *l = st->order[i];
        if (l->kind != LOC_OBJECT || l->escapes || l->walkgen != st->walkgen || l->derefs >= 0)
            continue;
        if (!outlives(root, l))
            continue;
        st->order[n++] = l;     /* the walk is over: reuse its order array for the escapes */
    }
    if (st->opts && st->opts->m_level >= 2)
        explain_sort(root, st->order, n);
    for (int i = 0; i < n; i++) {
        Loc *l = st->order[i];
        if (explain_wanted(st, l))
            explain_escape(st, root, l);
        l->escapes = true;
        loc_flow(st->heap, l, 0);
        changed = true;
    }
    return changed;
}

void solve_batch(EscState *st, IRFunc **fns, int n)
{
    report_next_batch();
    st->heap = loc_new(st, LOC_HEAP, NULL, NULL);
    for (int i = 0; i < n; i++) {
        FuncInfo *fi = finfo(fns[i]);
        fi->in_batch = true;
        fi->heap = st->heap;
        fi->results = xcalloc(fns[i]->nresults + 1, sizeof *fi->results);
        for (int r = 0; r < fns[i]->nresults; r++) {
            fi->results[r] = loc_new(st, LOC_RESULT, fns[i], NULL);
            fi->results[r]->result_index = r;
        }
    }
    for (int i = 0; i < n; i++)
        build_func(st, fns[i]);
    /* Objects too large for a frame are heap from the start, so what they hold escapes too. */
    for (int i = 0; i < st->nlocs; i++)
        if (st->locs[i]->kind == LOC_OBJECT && alloc_too_large(st->locs[i]->instr)) {
            explain_too_large(st, st->locs[i]);
            st->locs[i]->escapes = true;
            loc_flow(st->heap, st->locs[i], 0);
        }
    for (int i = 0; i < st->nlocs; i++) {
        Loc *l = st->locs[i];
        if (l->kind == LOC_OBJECT && l->loop_depth > finfo(l->fn)->max_loop_depth)
            finfo(l->fn)->max_loop_depth = l->loop_depth;
    }

    /* Roots that can outlive something: the heap, results, and objects that enclose deeper
     * loops of their function. Repeat until no object newly escapes. */
    int nroots = 0;
    Loc **roots = xcalloc(st->nlocs + 1, sizeof *roots);
    roots[nroots++] = st->heap;
    for (int i = 0; i < st->nlocs; i++) {
        Loc *l = st->locs[i];
        if (l->kind == LOC_RESULT)
            roots[nroots++] = l;
        else if (l->kind == LOC_OBJECT && l->loop_depth < finfo(l->fn)->max_loop_depth)
            roots[nroots++] = l;
    }
    for (bool changed = true; changed;) {
        changed = false;
        for (int i = 0; i < nroots; i++)
            if (i == 0 || !roots[i]->escapes)
                changed |= walk_root(st, roots[i]);
    }
    free(roots);

    for (int i = 0; i < n; i++)
        summary_from_batch(st, fns[i]);
    for (int i = 0; i < n; i++) {
        decide_func(st, fns[i]);
        report_func(st, fns[i]);
    }
    for (int i = 0; i < n; i++) {
        FuncInfo *fi = finfo(fns[i]);
        fi->in_batch = false;
        free(fi->results);
        fi->results = NULL;
    }
    graph_reset(st);
}
