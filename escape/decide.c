/* decide.c — turns the solved graph into each ALLOC's decision.
 *
 * HEAP when the object escapes (solve.c), when it is too large for a stack frame (gc's limits:
 * 128 KiB for a declared variable, 64 KiB for an implicit allocation), when its element count
 * is not a compile-time constant (codegen can only put constant counts on the stack), and for
 * the runtime-managed kinds codegen cannot place on the stack (channels, defer and go records). */
#include "escape_internal.h"

#define MAX_STACK_VAR (128 * 1024)
#define MAX_IMPLICIT_STACK (64 * 1024)

static bool const_count(IRInstr *in, int64_t *n)
{
    IRInstr *c = in->nargs > 0 ? in->args[0] : NULL;
    if (!c) {
        *n = 1;
        return true;
    }
    if (c->op != IR_CONST || !c->cv || c->cv->kind != CV_INT)
        return false;
    *n = bi_to_int64(c->cv->i);
    return true;
}

/* Too large for the stack whatever the flows say (gc reports these as escaping). */
bool alloc_too_large(IRInstr *in)
{
    int64_t n;
    if (!const_count(in, &n))
        return false;
    int64_t size = in->elem ? in->elem->size : 0;
    int64_t limit = in->alloc_kind == ALLOC_VAR ? MAX_STACK_VAR : MAX_IMPLICIT_STACK;
    if (n < 0)
        return false;
    return size > 0 && n > limit / size;
}

void decide_func(EscState *st, IRFunc *f)
{
    (void)st;
    for (int bi = 0; bi < f->blocks.len; bi++) {
        IRBlock *b = f->blocks.data[bi];
        for (int ii = 0; ii < b->instrs.len; ii++) {
            IRInstr *in = b->instrs.data[ii];
            if (in->op != IR_ALLOC)
                continue;
            Loc *obj = object_loc(in);
            int64_t n;
            bool heap = !obj || obj->escapes || alloc_too_large(in) || !const_count(in, &n);
            if (in->alloc_kind == ALLOC_MAKECHAN ||
                in->alloc_kind == ALLOC_DEFER)
                heap = true;
            in->decision = heap ? DEC_HEAP : DEC_STACK;
        }
    }
}
