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

/* Could the memory a pointer value points to hold pointers? Unknown shapes say yes. */
static bool points_to_pointers(IRInstr *p)
{
    Type *t = p->type;
    while (t && t->kind == T_NAMED)
        t = t->underlying;
    if (!t || t->kind != T_POINTER || !t->elem)
        return true;
    return carries(t->elem);
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

static bool is_call(IRInstr *in)
{
    return in->op == IR_CALL || in->op == IR_CALLIND || in->op == IR_CALLIFACE || in->op == IR_CALLRT;
}

/* The pointer an address is computed from by field and index steps (same object). */
static IRInstr *address_base(IRInstr *a)
{
    while (a && (a->op == IR_FIELDADDR || a->op == IR_INDEXADDR))
        a = a->args[0];
    return a;
}

/* No write to memory (and no call) between two instructions of one block, either order. */
static bool no_write_between(IRInstr *x, IRInstr *y)
{
    if (x->block != y->block)
        return false;
    IRBlock *b = x->block;
    int ix = -1, iy = -1;
    for (int i = 0; i < b->instrs.len; i++) {
        if (b->instrs.data[i] == x) ix = i;
        if (b->instrs.data[i] == y) iy = i;
    }
    int lo = ix < iy ? ix : iy, hi = ix < iy ? iy : ix;
    for (int i = lo + 1; i < hi; i++) {
        IRInstr *w = b->instrs.data[i];
        if (w->op == IR_STORE || w->op == IR_MEMMOVE || w->op == IR_ZERO || is_call(w))
            return false;
    }
    return true;
}

/* Do two pointer values point into the same object? The same value; or loads, with nothing
 * written between them, of addresses that are the same (the same local variable, or the same
 * field / an element of the same pointer's object: `box.pair` on both sides). */
static bool same_object(IRInstr *a, IRInstr *b, int depth)
{
    if (a == b)
        return true;
    if (!a || !b || depth > 8 || a->op != b->op)
        return false;
    switch (a->op) {
    case IR_LOAD:
        return no_write_between(a, b) && same_object(a->args[0], b->args[0], depth + 1);
    case IR_FIELDADDR:
        return a->index == b->index && same_object(a->args[0], b->args[0], depth + 1);
    case IR_INDEXADDR:
        return same_object(a->args[0], b->args[0], depth + 1);
    default:
        return false;
    }
}

/* gc's self-assignment rule: `p.f = p.g` (or `p.a[0] = p.a[1]`, `b.pair.p1 = b.pair.p2`,
 * `b.buf1 = b.buf1[1:2]`) through a pointer moves a value within one object, so it creates
 * no new flow. Both sides must be computed from pointers into the same object (same_object). */
static bool self_assignment(IRInstr *store)
{
    IRInstr *val = store->args[1];
    /* a slicing of what is loaded from the object (`b.buf1 = b.buf2[1:2]`, `b.s = b.arrPtr[1:2]`,
     * `*sp = (*sp)[1:2]`) points where that value points: the rule applies to that load */
    bool sliced = false;
    if (val->op == IR_MAKE && val->nargs >= 2 && val->type &&
        (under(val->type)->kind == T_SLICE || type_is_string(under(val->type)))) {
        IRInstr *p = val->args[0];
        while (p && (p->op == IR_INDEXADDR || p->op == IR_CONVERT))
            p = p->args[0];
        if (p && p->op == IR_EXTRACT && p->index == 0)
            p = p->args[0];
        if (!p || p->op != IR_LOAD)
            return false;
        val = p;
        sliced = true;
    }
    if (val->op != IR_LOAD)
        return false;
    if (sliced && same_object(store->args[0], val->args[0], 0))
        return true;
    IRInstr *d = address_base(store->args[0]), *s = address_base(val->args[0]);
    if (!d || !s || d->op == IR_ALLOC || d == store->args[0] || s == val->args[0])
        return false;
    if (d == s)
        return true;
    /* the pointers themselves are loaded: from the same variable, or the same field */
    if (d->op != IR_LOAD || s->op != IR_LOAD)
        return false;
    IRInstr *da = d->args[0], *sa = s->args[0];
    if (da->op == IR_ALLOC)
        return da == sa && no_write_between(d, s);
    return same_object(d, s, 0);
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
    for (int i = first; i < call->nargs; i++) {
        int p = i - first;
        if (!s || p + 1 >= s->nparams) {
            flow_arg(st, st->heap, call->args[i], 0);
            continue;
        }
        int h = sum_heap(s, p);
        if (h != SUM_NONE)
            flow_arg(st, st->heap, call->args[i], h);
        for (int r = 0; r < s->nresults && call->type; r++) {
            int d = sum_result(s, p, r);
            if (d != SUM_NONE)
                flow_arg(st, result_loc(st, call, r), call->args[i], d);
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
            loc_flow(result_loc(st, call, r), fi->results[r], 0);
}

/* A body-less function in a cycle with Go code: fmt's engine calls String/Error methods, and
 * a String method that formats with fmt closes the cycle. Its table still describes it; an 's'
 * argument slice reaches each such method as its receiver (the data word of an element, one
 * deref below the slice): in-batch methods through their parameter, the others through their
 * summaries — the flows the batch's solver needs instead of "everything escapes". */
static void build_extern_in_batch(EscState *st, IRInstr *call, int first, IRFunc *callee)
{
    for (int i = first; i < call->nargs; i++) {
        int p = i - first;
        if (p >= callee->nparams) {
            flow_arg(st, st->heap, call->args[i], 0);
            continue;
        }
        switch (extern_param_kind(callee, p)) {
        case 'n':
            break;
        case 'r':
            if (call->type && callee->nresults > 0)
                flow_arg(st, result_loc(st, call, 0), call->args[i], 0);
            break;
        case 's':
            for (int k = 0; k < st->nstring_methods; k++) {
                IRFunc *m = st->string_methods[k];
                FuncInfo *mi = finfo(m);
                Loc *recv = mi->in_batch ? param_loc(st, m, 0) : NULL;
                if (recv) {
                    flow_arg(st, recv, call->args[i], 1);
                } else {
                    int h = mi->sum ? sum_heap(mi->sum, 0) : 0;
                    if (h != SUM_NONE)
                        flow_arg(st, st->heap, call->args[i], h + 1);
                }
            }
            break;
        default:
            flow_arg(st, st->heap, call->args[i], 0);
        }
    }
}

static void build_call(EscState *st, IRInstr *call, int first, IRFunc *callee)
{
    FuncInfo *fi = finfo(callee);
    if (fi->in_batch && callee->external)
        build_extern_in_batch(st, call, first, callee);
    else if (fi->in_batch)
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

/* A call through a func value: the join of the summaries of every function of that
 * signature whose value is taken (callgraph.c); the func value itself is the closure record,
 * whose env was accounted for where it was built (build_closure). */
static void build_callind(EscState *st, IRInstr *call)
{
    IRFunc **callees;
    int n;
    callind_callees(st, call, &callees, &n);
    if (n <= 0) {
        apply_summary(st, call, 1, NULL);
        return;
    }
    Summary *join = NULL;
    for (int i = 0; i < n; i++) {
        FuncInfo *fi = finfo(callees[i]);
        if (fi->in_batch && !callees[i]->external) {
            connect_in_batch(st, call, 1, callees[i]);
            continue;
        }
        if (fi->in_batch || !fi->sum) {
            apply_summary(st, call, 1, NULL);
            return;
        }
        if (!join)
            join = summary_new(fi->sum->nparams - 1, fi->sum->nresults);
        summary_join(join, fi->sum);
    }
    if (join)
        apply_summary(st, call, 1, join);
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
        if (in->alloc_kind == ALLOC_CLOSURE || is_frame_defer_record(in))
            build_closure(st, in);   /* a frame defer record is its thunk's env */
        else if (in->alloc_kind == ALLOC_DEFER || in->alloc_kind == ALLOC_MAKECHAN)
            loc_flow(st->heap, value_loc(st, in), 0);
        break;
    case IR_LOAD:
        if (carries(in->type))
            flow_arg(st, value_loc(st, in), in->args[0], 1);
        break;
    case IR_STORE:
        if (!carries(in->args[1]->type))
            break;
        if (self_assignment(in))
            explain_self_assignment(st, in);
        else
            flow_arg(st, store_target(st, in->args[0]), in->args[1], 0);
        break;
    case IR_MEMMOVE:
        /* copying bytes that hold no pointers (string data) creates no flow */
        if (points_to_pointers(in->args[0]) || points_to_pointers(in->args[1]))
            flow_arg(st, store_target(st, in->args[0]), in->args[1], 1);
        break;
    case IR_FIELDADDR:
    case IR_INDEXADDR:
        flow_arg(st, value_loc(st, in), in->args[0], 0);
        break;
    case IR_EXTRACT:
        if (is_call(in->args[0]) && in->args[0]->type && in->args[0]->type->kind == T_TUPLE) {
            if (carries(in->type))
                loc_flow(value_loc(st, in), result_loc(st, in->args[0], in->index), 0);
            break;
        }
        /* fall through */
    case IR_MAKE:
    case IR_CONVERT:
        if (!carries(in->type))
            break;
        for (int i = 0; i < in->nargs; i++)
            flow_arg(st, value_loc(st, in), in->args[i], 0);
        break;
    case IR_BINOP:
        /* unsafe.Pointer(uintptr(unsafe.Pointer(p)) + off) still points into p's object */
        if (in->type && under(in->type)->kind == T_UINTPTR)
            for (int i = 0; i < in->nargs; i++)
                if (in->args[i]->type && under(in->args[i]->type)->kind == T_UINTPTR)
                    flow_arg(st, value_loc(st, in), in->args[i], 0);
        break;
    case IR_CALL:
        build_call(st, in, 0, in->func);
        break;
    case IR_CALLIND:
        build_callind(st, in);
        break;
    case IR_CALLIFACE:
        build_iface_call(st, in);
        break;
    case IR_CALLRT:
        rt_call_flows(st, in);
        if (in->alloc_kind == ALLOC_APPEND && in->nargs > 0 && !in->type) {
            /* the new backing array: a heap object whose fate is reported (gc: "append escapes
             * to heap"); `out` receives its address */
            Loc *arr = loc_new(st, LOC_OBJECT, f, in);
            Loc *v = loc_new(st, LOC_VALUE, f, in);
            loc_flow(v, arr, -1);
            in->esc = v;
            loc_flow(store_target(st, in->args[0]), v, 0);
        }
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
        for (int ii = 0; ii < b->instrs.len; ii++) {
            loc_note(b->instrs.data[ii]);
            build_instr(st, f, b->instrs.data[ii]);
        }
    }
    loc_note(NULL);
}
