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
 *  - a load of a local variable assigned exactly once (static_value.c), holding one of the
 *    above.
 * The record (or FUNCVAL) dominates every such call, and no other execution of it can come
 * between the assignment and the call (it would give a path to the call that skips the
 * assignment), so the value the call sees is the one analysed here. */
#include "inline_internal.h"

static IRInstr *strip_converts(IRInstr *v)
{
    while (v && v->op == IR_CONVERT)
        v = v->args[0];
    return v;
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
        v = strip_converts(static_assigned_value(f, v->args[0], v));
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
