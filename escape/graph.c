/* graph.c — locations and flow edges of the escape graph (model: escape_internal.h). */
#include "escape_internal.h"

#include <stdlib.h>
#include <string.h>

Loc *loc_new(EscState *st, LocKind kind, IRFunc *fn, IRInstr *in)
{
    Loc *l = xcalloc(1, sizeof *l);
    l->kind = kind;
    l->fn = fn;
    l->instr = in;
    l->loop_depth = in && in->op == IR_ALLOC ? in->loop_depth : 0;
    if (st->nlocs == st->caplocs) {
        st->caplocs = st->caplocs ? st->caplocs * 2 : 256;
        st->locs = xrealloc(st->locs, st->caplocs * sizeof *st->locs);
    }
    st->locs[st->nlocs++] = l;
    return l;
}

/* The note of the edges being added: the IR instruction that causes them. A pointer only, so
 * compiles without -m=2 pay nothing; explain.c turns it into gc's words when asked. */
static IRInstr *cur_note;

void loc_note(IRInstr *why)
{
    cur_note = why;
}

/* dst ← src with `derefs`. Either end may be NULL (a value that carries nothing trackable). */
void loc_flow(Loc *dst, Loc *src, int derefs)
{
    if (!dst || !src || dst == src)
        return;
    if (derefs < -1)
        derefs = -1;
    for (int i = 0; i < dst->nedges; i++)
        if (dst->edges[i].src == src) {
            if (derefs < dst->edges[i].derefs) {
                dst->edges[i].derefs = derefs;
                dst->edges[i].note = cur_note;
            }
            return;
        }
    if (dst->nedges == dst->cap) {
        dst->cap = dst->cap ? dst->cap * 2 : 4;
        dst->edges = xrealloc(dst->edges, dst->cap * sizeof *dst->edges);
    }
    dst->edges[dst->nedges++] = (Edge){src, derefs, cur_note};
}

/* Free values (constants, globals' addresses, function references, type descriptors, itabs)
 * never point to anything a function allocates, so they carry no flows. */
Loc *value_loc(EscState *st, IRInstr *in)
{
    if (!in || !in->block)
        return NULL;
    if (in->esc)
        return (Loc *)in->esc;
    Loc *l = loc_new(st, LOC_VALUE, in->block->func, in);
    in->esc = l;
    if (in->op == IR_ALLOC) {
        Loc *obj = loc_new(st, LOC_OBJECT, in->block->func, in);
        IRInstr *saved = cur_note;
        cur_note = in;              /* the address-of step */
        loc_flow(l, obj, -1);
        cur_note = saved;
    }
    return l;
}

/* The object location of an ALLOC: the only edge into its value loc comes from it. */
Loc *object_loc(IRInstr *alloc)
{
    Loc *v = iloc(alloc);
    return v && v->nedges > 0 ? v->edges[0].src : NULL;
}

void graph_reset(EscState *st)
{
    for (int i = 0; i < st->nlocs; i++) {
        Loc *l = st->locs[i];
        if (l->instr && l->kind == LOC_VALUE)
            l->instr->esc = NULL;
        free(l->edges);
        free(l->members);
        free(l);
    }
    st->nlocs = 0;
    st->heap = NULL;
}

/* Results of one call are kept apart (`a, b := f(&x, &y)`: only a's flows reach a), and the
 * whole tuple value still carries all of them for any direct use. */
Loc *result_loc(EscState *st, IRInstr *call, int r)
{
    Loc *v = value_loc(st, call);
    Type *t = call->type;
    if (!v || !t || t->kind != T_TUPLE || r < 0 || r >= t->nfields)
        return v;
    if (!v->members)
        v->members = xcalloc(t->nfields, sizeof *v->members);
    if (!v->members[r]) {
        v->members[r] = loc_new(st, LOC_VALUE, v->fn, NULL);
        loc_flow(v, v->members[r], 0);
    }
    return v->members[r];
}
