/* build.c — turns one function's IR into flows of the location graph.
 *
 * Go variables live in memory (ALLOC_VAR), so the graph follows memory: a STORE whose address
 * resolves statically to a local ALLOC (through FIELDADDR / INDEXADDR / CONVERT) flows into that
 * object; a STORE through any other pointer flows to the heap (gc's `*p = x` rule: the analysis
 * does not track what an arbitrary pointer points to). A LOAD reads one level below its
 * address. Calls use the callee's summary, or direct flows when the callee is being solved in
 * the same batch, or "everything escapes" when nothing is known. */
#include "escape_internal.h"

#include <string.h>

/* Does a value of type t carry anything the analysis must follow? uintptr is included because
 * unsafe code round-trips pointers through it. */
static bool carries(Type *t)
{
    if (!t)
        return true;
    if (type_has_pointers(t))
        return true;
    Type *u = t->kind == T_NAMED && t->underlying ? t->underlying : t;
    return u->kind == T_UINTPTR;
}

static void flow_arg(EscState *st, Loc *dst, IRInstr *arg, int derefs)
{
    if (arg && carries(arg->type))
        loc_flow(dst, value_loc(st, arg), derefs);
}

/* The local ALLOC a store address points into, or NULL when it is not known statically. */
static IRInstr *resolve_address(IRInstr *addr)
{
    for (int guard = 0; addr && guard < 64; guard++) {
        switch (addr->op) {
        case IR_ALLOC:
            return addr;
        case IR_FIELDADDR:
        case IR_INDEXADDR:
        case IR_CONVERT:
            addr = addr->args[0];
            break;
        default:
            return NULL;
        }
    }
    return NULL;
}

static Loc *store_target(EscState *st, IRInstr *addr)
{
    IRInstr *a = resolve_address(addr);
    if (!a || !a->block)
        return st->heap;
    value_loc(st, a);
    return object_loc(a);
}

static Loc *param_loc(EscState *st, IRFunc *f, int index)
{
    if (f->blocks.len == 0)
        return NULL;
    IRBlock *entry = f->blocks.data[0];
    for (int i = 0; i < entry->instrs.len; i++) {
        IRInstr *in = entry->instrs.data[i];
        if (in->op == IR_PARAM && in->index == index)
            return value_loc(st, in);
    }
    return NULL;
}

/* Arguments args[first..] are the callee's params 0..; `s` NULL means unknown: they escape. */
static void apply_summary(EscState *st, IRInstr *call, int first, Summary *s)
{
    Loc *res = call->type ? value_loc(st, call) : NULL;
    for (int i = first; i < call->nargs; i++) {
        int p = i - first;
        if (!s || p + 1 >= s->nparams) {
            flow_arg(st, st->heap, call->args[i], 0);
            continue;
        }
        int h = sum_heap(s, p);
        if (h != SUM_NONE)
            flow_arg(st, st->heap, call->args[i], h);
        for (int r = 0; r < s->nresults && res; r++) {
            int d = sum_result(s, p, r);
            if (d != SUM_NONE)
                flow_arg(st, res, call->args[i], d);
        }
    }
}

/* A callee solved in this batch: connect arguments to its parameters and its results to the
 * call's value directly. */
static void connect_in_batch(EscState *st, IRInstr *call, int first, IRFunc *callee)
{
    FuncInfo *fi = finfo(callee);
    for (int i = first; i < call->nargs; i++)
        flow_arg(st, param_loc(st, callee, i - first), call->args[i], 0);
    if (call->type)
        for (int r = 0; r < callee->nresults; r++)
            loc_flow(value_loc(st, call), fi->results[r], 0);
}

static void build_call(EscState *st, IRInstr *call, int first, IRFunc *callee)
{
    FuncInfo *fi = finfo(callee);
    if (fi->in_batch && !callee->external)
        connect_in_batch(st, call, first, callee);
    else
        apply_summary(st, call, first, fi->in_batch ? NULL : fi->sum);
}

static void build_iface_call(EscState *st, IRInstr *call)
{
    IRFunc **callees;
    int n;
    iface_callees(st, call, &callees, &n);
    if (n == 0) {
        apply_summary(st, call, 0, NULL);
        return;
    }
    Summary *join = NULL;
    for (int i = 0; i < n; i++) {
        FuncInfo *fi = finfo(callees[i]);
        if (fi->in_batch && !callees[i]->external) {
            connect_in_batch(st, call, 0, callees[i]);
            continue;
        }
        if (fi->in_batch || !fi->sum) {
            apply_summary(st, call, 0, NULL);
            return;
        }
        if (!join)
            join = summary_new(fi->sum->nparams - 1, fi->sum->nresults);
        summary_join(join, fi->sum);
    }
    if (join)
        apply_summary(st, call, 0, join);
}

/* A closure record: its function will run later, called through a func value whose results
 * the analysis does not follow, so whatever of the record reaches those results is treated as
 * reaching the heap. */
static void build_closure(EscState *st, IRInstr *rec)
{
    IRFunc *fn = closure_func(rec);
    Loc *v = value_loc(st, rec);
    if (!fn) {
        loc_flow(st->heap, v, 0);
        return;
    }
    FuncInfo *fi = finfo(fn);
    if (fi->in_batch) {
        loc_flow(param_loc(st, fn, -1), v, 0);
        for (int r = 0; r < fn->nresults; r++)
            loc_flow(st->heap, fi->results[r], 0);
        return;
    }
    if (!fi->sum) {
        loc_flow(st->heap, v, 0);
        return;
    }
    int d = sum_heap(fi->sum, -1);
    for (int r = 0; r < fi->sum->nresults; r++) {
        int x = sum_result(fi->sum, -1, r);
        if (x < d)
            d = x;
    }
    if (d != SUM_NONE)
        loc_flow(st->heap, v, d);
}

static void build_instr(EscState *st, IRFunc *f, IRInstr *in)
{
    FuncInfo *fi = finfo(f);
    switch (in->op) {
    case IR_PARAM:
        value_loc(st, in);
        break;
    case IR_ALLOC:
        value_loc(st, in);
        if (in->alloc_kind == ALLOC_CLOSURE)
            build_closure(st, in);
        else if (in->alloc_kind == ALLOC_DEFER || in->alloc_kind == ALLOC_MAKECHAN)
            loc_flow(st->heap, value_loc(st, in), 0);
        break;
    case IR_LOAD:
        if (carries(in->type))
            flow_arg(st, value_loc(st, in), in->args[0], 1);
        break;
    case IR_STORE:
        if (carries(in->args[1]->type))
            flow_arg(st, store_target(st, in->args[0]), in->args[1], 0);
        break;
    case IR_MEMMOVE:
        flow_arg(st, store_target(st, in->args[0]), in->args[1], 1);
        break;
    case IR_FIELDADDR:
    case IR_INDEXADDR:
        flow_arg(st, value_loc(st, in), in->args[0], 0);
        break;
    case IR_MAKE:
    case IR_EXTRACT:
    case IR_CONVERT:
        if (!carries(in->type))
            break;
        for (int i = 0; i < in->nargs; i++)
            flow_arg(st, value_loc(st, in), in->args[i], 0);
        break;
    case IR_CALL:
        build_call(st, in, 0, in->func);
        break;
    case IR_CALLIND:
        apply_summary(st, in, 1, NULL);
        break;
    case IR_CALLIFACE:
        build_iface_call(st, in);
        break;
    case IR_CALLRT:
        rt_call_flows(st, in);
        break;
    case IR_RET:
        for (int i = 0; i < in->nargs && i < f->nresults; i++)
            flow_arg(st, fi->results[i], in->args[i], 0);
        break;
    default:
        break;
    }
}

void build_func(EscState *st, IRFunc *f)
{
    for (int bi = 0; bi < f->blocks.len; bi++) {
        IRBlock *b = f->blocks.data[bi];
        for (int ii = 0; ii < b->instrs.len; ii++)
            build_instr(st, f, b->instrs.data[ii]);
    }
}
