/* static_value.c — values a function knows statically, from its own IR (gc's
 * ir.StaticValue and "never reassigned"): what a local variable holds when it is assigned
 * exactly once, by a store that dominates the use, and its address goes nowhere but to loads
 * and that store. Closure calls (inline_closure.c) use it to find their target; make with a
 * count known this way gets a fixed size (fold_make_sizes), as gc rewrites it. */
#include "escape_internal.h"

#include <stdlib.h>

/* Whether block d dominates block b (ids are indices): b is unreachable from the entry
 * once d is removed. */
static bool dominates(IRFunc *f, IRBlock *d, IRBlock *b)
{
    if (d == b || d->id == 0)
        return true;
    int n = f->blocks.len;
    char *seen = xcalloc(n, 1);
    int *work = xcalloc(n, sizeof *work);
    int nw = 0;
    work[nw++] = 0;
    seen[0] = 1;
    bool reached = false;
    while (nw > 0 && !reached) {
        IRBlock *blk = f->blocks.data[work[--nw]];
        if (blk == b) {
            reached = true;
            break;
        }
        IRInstr *t = blk->instrs.len ? blk->instrs.data[blk->instrs.len - 1] : NULL;
        int ns = !t ? 0 : t->op == IR_JUMP ? 1 : t->op == IR_BRANCH ? 2 : 0;
        for (int s = 0; s < ns; s++) {
            int id = t->succ[s]->id;
            if (!seen[id] && t->succ[s] != d) {
                seen[id] = 1;
                work[nw++] = id;
            }
        }
    }
    free(seen);
    free(work);
    return !reached;
}

static int index_in_block(IRInstr *in)
{
    IRBlock *b = in->block;
    for (int i = 0; i < b->instrs.len; i++)
        if (b->instrs.data[i] == in)
            return i;
    return -1;
}

IRInstr *static_assigned_value(IRFunc *f, IRInstr *var, IRInstr *call)
{
    if (var->op != IR_ALLOC || var->alloc_kind != ALLOC_VAR || var->nargs > 0 || !call->block ||
        call->block->func != f)
        return NULL;
    for (int k = 0; k < f->blocks.len; k++)     /* dominates() indexes blocks by id */
        ((IRBlock *)f->blocks.data[k])->id = k;
    IRInstr *store = NULL;
    for (int bi = 0; bi < f->blocks.len; bi++) {
        IRBlock *b = f->blocks.data[bi];
        for (int ii = 0; ii < b->instrs.len; ii++) {
            IRInstr *in = b->instrs.data[ii];
            for (int a = 0; a < in->nargs; a++) {
                if (in->args[a] != var)
                    continue;
                if (in->op == IR_LOAD && a == 0)
                    continue;
                if (in->op == IR_STORE && a == 0 && !store) {
                    store = in;
                    continue;
                }
                return NULL;    /* a second assignment, or the address escapes the pattern */
            }
        }
    }
    if (!store)
        return NULL;
    if (store->block == call->block) {
        if (index_in_block(store) > index_in_block(call))
            return NULL;
    } else if (!dominates(f, store->block, call->block)) {
        return NULL;
    }
    return store->args[1];
}

/* What v is, seen through loads of variables assigned once (each load is where its own
 * variable's value is read). */
static IRInstr *through_loads(IRFunc *f, IRInstr *v)
{
    for (int hops = 0; v && v->op == IR_LOAD && v->block && hops < 4; hops++)
        v = static_assigned_value(f, v->args[0], v);
    return v;
}

/* The integer constant v certainly is: a constant, a variable assigned one once, or the
 * length or capacity of a slice literal kept in such a variable; NULL if unknown. */
static IRInstr *static_int_const(IRFunc *f, IRInstr *v)
{
    v = through_loads(f, v);
    if (v && v->op == IR_CONST)
        return v->cv && v->cv->kind == CV_INT ? v : NULL;
    if (v && v->op == IR_EXTRACT && (v->index == 1 || v->index == 2) && v->args[0]->type &&
        under(v->args[0]->type)->kind == T_SLICE) {
        IRInstr *s = through_loads(f, v->args[0]);
        if (s && s->op == IR_MAKE && s->nargs == 3) {
            IRInstr *c = through_loads(f, s->args[v->index]);
            return c && c->op == IR_CONST && c->cv && c->cv->kind == CV_INT ? c : NULL;
        }
    }
    return NULL;
}

IRInstr *static_const(IRFunc *f, IRInstr *v)
{
    v = through_loads(f, v);
    return v && v->op == IR_CONST && v->cv ? v : NULL;
}

void fold_make_sizes(IRProgram *p)
{
    for (int i = 0; i < p->funcs.len; i++) {
        IRFunc *f = p->funcs.data[i];
        for (int bi = 0; bi < f->blocks.len; bi++) {
            IRBlock *b = f->blocks.data[bi];
            for (int ii = 0; ii < b->instrs.len; ii++) {
                IRInstr *in = b->instrs.data[ii];
                if (in->op != IR_ALLOC || in->alloc_kind != ALLOC_MAKESLICE || in->nargs != 1 ||
                    in->args[0]->op == IR_CONST)
                    continue;
                IRInstr *c = static_int_const(f, in->args[0]);
                if (c && bi_to_int64(c->cv->i) >= 0)
                    in->args[0] = c;
            }
        }
    }
}
