/* inline_closure.c — which function a call through a func value reaches, when the caller
 * itself says so.
 *
 * Once direct calls are inlined, the func value of an IR_CALLIND is often built in the same
 * function: `f := func(..){..}; f(x)`, or an iterator's `yield(v)` after both the iterator
 * and the range-over-func loop body have been inlined into the function holding the loop.
 * Such calls are inlined like static ones (inline.c), the closure's environment (PARAM -1)
 * becoming its record. The func value qualifies when it is, through CONVERTs,
 *  - a closure record (ALLOC_CLOSURE) built here: its code word names the function; or
 *  - a top-level function's value (IR_FUNCVAL); or
 *  - a load of a local variable assigned exactly once, by a store that dominates the call,
 *    whose address is used by nothing but loads and that store (gc's "never reassigned"),
 *    holding one of the above.
 * The record (or FUNCVAL) dominates every such call, and no other execution of it can come
 * between the assignment and the call (it would give a path to the call that skips the
 * assignment), so the value the call sees is the one analysed here. */
#include "inline_internal.h"

#include <stdlib.h>

static IRInstr *strip_converts(IRInstr *v)
{
    while (v && v->op == IR_CONVERT)
        v = v->args[0];
    return v;
}

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

/* The value stored into `var` by its only assignment, when that store dominates `call` and
 * the variable's address goes nowhere else; NULL otherwise. */
static IRInstr *single_assignment(IRFunc *f, IRInstr *var, IRInstr *call)
{
    if (var->op != IR_ALLOC || var->alloc_kind != ALLOC_VAR || var->nargs > 0)
        return NULL;
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

IRFunc *inline_known_target(IRFunc *f, IRInstr *call, IRInstr **env)
{
    *env = NULL;
    if (call->op != IR_CALLIND || call->nargs < 1)
        return NULL;
    inline_renumber(f);
    IRInstr *v = strip_converts(call->args[0]);
    /* `g := f; g(x)`: follow a few single assignments (each dominates the next use) */
    for (int hops = 0; v && v->op == IR_LOAD && v->block && hops < 4; hops++)
        v = strip_converts(single_assignment(f, v->args[0], v));
    if (!v)
        return NULL;
    if (v->op == IR_FUNCVAL) {
        *env = v;       /* what the callee would have been handed as its env */
        return v->func;
    }
    if (v->op == IR_ALLOC && v->alloc_kind == ALLOC_CLOSURE && v->block && v->block->func == f) {
        IRFunc *g = closure_func(v);
        if (g)
            *env = v;
        return g;
    }
    return NULL;
}
