/* decide.c — turns the solved graph into each ALLOC's decision.
 *
 * HEAP when the object escapes (solve.c), when it is too large for a stack frame (gc's limits:
 * 128 KiB for a declared variable, 64 KiB for an implicit allocation), when its element count
 * is not a compile-time constant and not even one element fits the 32-byte frame buffer such
 * sites get (codegen: the buffer when the run-time count fits, else the heap), and for
 * the runtime-managed kinds that outlive the frame (channels, go records, and defer records of
 * statements that may run more than once per call: callgraph.c, is_frame_defer_record). */
#include "escape_internal.h"

#include <stdlib.h>
#include <string.h>

#define MAX_STACK_VAR (128 * 1024)
#define MAX_IMPLICIT_STACK (64 * 1024)
#define GOLC_STACK_BUF_BYTES 32   /* runtime.h's GORT_STACK_BUF_BYTES */

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
    /* gc's size limits apply to local variables and implicit allocations, never to
     * parameters and results: those live in the frame whatever their size */
    if (in->alloc_kind == ALLOC_VAR && in->var && (in->var->is_param || in->var->is_result))
        return false;
    int64_t size = in->elem ? in->elem->size : 0;
    int64_t limit = in->alloc_kind == ALLOC_VAR ? MAX_STACK_VAR : MAX_IMPLICIT_STACK;
    if (n < 0)
        return false;
    return size > 0 && n > limit / size;
}

/* A new zero-initialised STACK temporary in f's entry block (after its parameters), so that
 * codegen zeroes it once per call. */
static IRInstr *entry_temp(IRFunc *f, Type *elem, Pos pos)
{
    IRBlock *entry = f->blocks.data[0];
    IRInstr *a = ir_instr_new(IR_ALLOC, type_pointer(elem), pos);
    a->alloc_kind = ALLOC_TEMP;
    a->elem = elem;
    a->decision = DEC_STACK;
    ir_append(entry, a);
    entry->instrs.len--;
    int at = 0;
    while (at < entry->instrs.len && ((IRInstr *)entry->instrs.data[at])->op == IR_PARAM)
        at++;
    vec_push(&entry->instrs, NULL);
    memmove(&entry->instrs.data[at + 1], &entry->instrs.data[at],
            (size_t)(entry->instrs.len - 1 - at) * sizeof entry->instrs.data[0]);
    entry->instrs.data[at] = a;
    return a;
}

/* An append whose backing array does not escape grows into a frame buffer the first time in
 * a call that an empty slice grows to a length that fits, unless it appends `x...` (gc's
 * rules: it reports such a site as "append does not escape"):
 * gort_growslice becomes gort_growslice_buf(..., buf, used) with a 32-byte buffer and a flag
 * zeroed at entry. One buffer per call behaves as the analysis models the site's array (one
 * object at the function's outermost level): it is never handed out twice. */
static void buffer_append(IRFunc *f, IRInstr *in)
{
    Loc *arr = object_loc(in);
    if (!arr || arr->escapes || !in->elem || in->elem->size <= 0 || in->elem->size > GOLC_STACK_BUF_BYTES ||
        in->nargs != 7 || !in->rt_name || strcmp(in->rt_name, "gort_growslice") != 0 ||
        (in->site && in->site->has_dots))   /* gc: append(s, x...) never uses the buffer */
        return;
    IRInstr *buf = entry_temp(f, type_array(t_uint64, GOLC_STACK_BUF_BYTES / 8), in->pos);
    IRInstr *used = entry_temp(f, t_bool, in->pos);
    IRInstr **args = xcalloc(9, sizeof *args);
    memcpy(args, in->args, 7 * sizeof *args);
    args[7] = buf;
    args[8] = used;
    in->args = args;
    in->nargs = 9;
    in->rt_name = "gort_growslice_buf";
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
            /* a run-time count can still use the site's small frame buffer (codegen, runtime
             * gort_alloc_array_buf) when one element fits in it */
            bool buffered = in->elem && in->elem->size > 0 && in->elem->size <= GOLC_STACK_BUF_BYTES;
            bool heap = !obj || obj->escapes || alloc_too_large(in) || (!const_count(in, &n) && !buffered);
            if (in->alloc_kind == ALLOC_MAKECHAN ||
                (in->alloc_kind == ALLOC_DEFER && !is_frame_defer_record(in)))
                heap = true;
            in->decision = heap ? DEC_HEAP : DEC_STACK;
        }
    }
    /* then the appends (this adds ALLOCs to the entry block, already decided) */
    Vec appends = {0};
    for (int bi = 0; bi < f->blocks.len; bi++) {
        IRBlock *b = f->blocks.data[bi];
        for (int ii = 0; ii < b->instrs.len; ii++) {
            IRInstr *in = b->instrs.data[ii];
            if (in->op == IR_CALLRT && in->alloc_kind == ALLOC_APPEND)
                vec_push(&appends, in);
        }
    }
    for (int i = 0; i < appends.len; i++)
        buffer_append(f, appends.data[i]);
    free(appends.data);
}

/* Escaping integer boxes take gc's shortcut: values below 256 need no allocation (runtime
 * heap.c, gort_box_small*). Lowering emits `b = ALLOC BOX T; STORE b, v`; with v defined
 * before the ALLOC, the ALLOC becomes `b = CALLRT gort_box_smallN(CONVERT uint64 v)` and the
 * STORE stays (it rewrites the same bytes). Runs after the report, which names the ALLOC. */
static void small_box(IRFunc *f, IRBlock *b, int ii)
{
    IRInstr *in = b->instrs.data[ii];
    if (in->op != IR_ALLOC || in->alloc_kind != ALLOC_BOX || in->decision != DEC_HEAP || in->nargs != 0 ||
        !in->elem || ii + 1 >= b->instrs.len)
        return;
    Type *u = under(in->elem);
    if (!u || u->kind < T_INT || u->kind > T_UINTPTR)
        return;
    const char *name = in->elem->size == 1 ? "gort_box_small8" : in->elem->size == 2 ? "gort_box_small16" :
                       in->elem->size == 4 ? "gort_box_small32" : in->elem->size == 8 ? "gort_box_small64" : NULL;
    IRInstr *st = b->instrs.data[ii + 1];
    if (!name || st->op != IR_STORE || st->nargs != 2 || st->args[0] != in)
        return;
    IRInstr *v = st->args[1];
    if (v->block == b) {
        int j = 0;
        while (j < ii && b->instrs.data[j] != v)
            j++;
        if (j >= ii)
            return;
    }
    IRInstr *c = ir_instr_new(IR_CONVERT, t_uint64, in->pos);
    ir_set_args(c, 1, v);
    c->block = b;
    c->id = f->nvalues++;
    vec_push(&b->instrs, NULL);
    memmove(&b->instrs.data[ii + 1], &b->instrs.data[ii], (size_t)(b->instrs.len - 1 - ii) * sizeof b->instrs.data[0]);
    b->instrs.data[ii] = c;
    in->op = IR_CALLRT;
    in->rt_name = name;
    in->args = xcalloc(1, sizeof *in->args);
    in->args[0] = c;
    in->nargs = 1;
}

void decide_small_boxes(IRProgram *p)
{
    for (int fi = 0; fi < p->funcs.len; fi++) {
        IRFunc *f = p->funcs.data[fi];
        for (int bi = 0; bi < f->blocks.len; bi++) {
            IRBlock *b = f->blocks.data[bi];
            for (int ii = 0; ii < b->instrs.len; ii++)
                small_box(f, b, ii);
        }
    }
}
