/* lower_builtin.c — the builtin functions: len, cap, append, copy, new, make (slices),
 * panic, print, println, min, max, clear (slices). Everything else is reported as not
 * supported at the call.
 *
 * append grows through the runtime (gort_growslice, gc's growth policy) only when the
 * capacity does not suffice; the common path stores in place. make checks len/cap with gc's
 * messages before allocating. print/println follow gc: println separates operands with a
 * space and ends with a newline, print adds nothing. */
#include "lower.h"
#include "constant.h"

#include <string.h>

static Node *arg(Node *call, int i) { return VEC_AT(call->list, i); }

static IRInstr *len_of(Lower *L, Node *x, Pos pos, bool want_cap) {
    Type *t = under(x->type);
    if (t->kind == T_POINTER && under(t->elem)->kind == T_ARRAY) {
        lower_expr(L, x); /* evaluated for its effects; the length is static */
        return k_int(under(t->elem)->len);
    }
    if (t->kind == T_ARRAY) {
        lower_expr(L, x);
        return k_int(t->len);
    }
    IRInstr *v = lower_expr(L, x);
    if (type_is_string(t)) {
        if (v && v->op == IR_CONST && !v->block && v->cv) return k_int((int64_t)v->cv->slen);
        return emit_extract(L, v, 1, t_int, pos);
    }
    if (t->kind == T_SLICE) return emit_extract(L, v, want_cap ? 2 : 1, t_int, pos);
    return NULL;
}

static IRInstr *b_len_cap(Lower *L, Node *call, bool is_cap) {
    Node *x = arg(call, 0);
    if (!is_cap && under(x->type)->kind == T_MAP) return emit_convert(L, lower_map_len(L, x, call->pos), value_type(call->type), call->pos);
    if (under(x->type)->kind == T_CHAN) return emit_convert(L, lower_chan_len(L, x, is_cap, call->pos), value_type(call->type), call->pos);
    IRInstr *r = len_of(L, x, call->pos, is_cap);
    if (!r) return lower_unsupported(L, call, under(x->type)->kind == T_MAP ? "map" : "channel");
    return emit_convert(L, r, value_type(call->type), call->pos);
}

/* ---- append ------------------------------------------------------------------------------ */

IRInstr *lower_append(Lower *L, Node *call) {
    Pos pos = call->pos;
    Node *s0 = arg(call, 0);
    Type *st = value_type(call->type);
    if (!st || under(st)->kind != T_SLICE) return lower_unsupported(L, call, "this append");
    Type *elem = under(st)->elem;
    Type *pelem = type_pointer(elem);
    IRInstr *s = lower_conversion(L, lower_expr(L, s0), s0->type, st, pos, call);
    int nextra = call->list.len - 1;
    if (nextra == 0) return s;
    /* evaluate every operand before touching memory (Go's order of evaluation) */
    IRInstr **vals = xcalloc(nextra, sizeof(IRInstr *));
    IRInstr *spread = NULL, *n;
    if (call->has_dots) {
        Node *t = arg(call, 1);
        spread = lower_expr(L, t);
        if (t->type && t->type->kind == T_UNTYPED_NIL) spread = k_zero(st);
        n = emit_extract(L, spread, 1, t_int, pos);
    } else {
        for (int i = 0; i < nextra; i++) {
            Node *a = arg(call, i + 1);
            vals[i] = lower_conversion(L, lower_expr(L, a), a->type, elem, a->pos, a);
        }
        n = k_int(nextra);
    }
    IRInstr *tmp = emit_temp(L, st, pos);
    emit_store(L, tmp, s, pos);
    IRInstr *oldptr = emit_extract(L, s, 0, pelem, pos);
    IRInstr *oldlen = emit_extract(L, s, 1, t_int, pos);
    IRInstr *oldcap = emit_extract(L, s, 2, t_int, pos);
    IRInstr *newlen = emit_binop(L, TK_ADD, t_int, oldlen, n, pos);
    IRBlock *grow = new_block(L, "append.grow");
    IRBlock *done = new_block(L, "append.store");
    emit_branch(L, emit_cmp(L, TK_GTR, newlen, oldcap, pos), grow, done, pos);
    set_block(L, grow);
    IRInstr *g = emit_callrt(L, "gort_growslice", NULL, pos, 7, tmp, oldptr, oldlen, oldcap, newlen,
                             k_int(elem->size), k_typedesc(elem));
    g->alloc_kind = ALLOC_APPEND;
    g->site = call;
    g->loop_depth = L->loop_depth;
    g->elem = elem;
    emit_jump(L, done, pos);
    set_block(L, done);
    IRInstr *cur = emit_load(L, tmp, st, pos);
    IRInstr *ptr = emit_extract(L, cur, 0, pelem, pos);
    IRInstr *cap = emit_extract(L, cur, 2, t_int, pos);
    if (spread) {
        IRInstr *dst = emit2(L, IR_INDEXADDR, pelem, pos, ptr, oldlen);
        dst->elem = elem;
        Type *spt = under(spread->type);
        IRInstr *src = emit_extract(L, spread, 0, type_is_string(spt) ? type_pointer(t_uint8) : pelem, pos);
        IRInstr *bytes = elem->size == 1 ? n : emit_binop(L, TK_MUL, t_int, n, k_int(elem->size), pos);
        emit3(L, IR_MEMMOVE, NULL, pos, dst, src, bytes);
    } else {
        for (int i = 0; i < nextra; i++) {
            IRInstr *idx = i == 0 ? oldlen : emit_binop(L, TK_ADD, t_int, oldlen, k_int(i), pos);
            IRInstr *slot = emit2(L, IR_INDEXADDR, pelem, pos, ptr, idx);
            slot->elem = elem;
            emit_store(L, slot, vals[i], pos);
        }
    }
    free(vals);
    return emit3(L, IR_MAKE, st, pos, ptr, newlen, cap);
}

/* ---- copy, new, make, clear -------------------------------------------------------------- */

static IRInstr *b_copy(Lower *L, Node *call) {
    Pos pos = call->pos;
    Node *d = arg(call, 0), *s = arg(call, 1);
    Type *elem = under(d->type)->elem;
    IRInstr *dv = lower_expr(L, d);
    IRInstr *sv = lower_expr(L, s);
    IRInstr *dl = emit_extract(L, dv, 1, t_int, pos);
    IRInstr *sl = emit_extract(L, sv, 1, t_int, pos);
    IRInstr *tmp = emit_temp(L, t_int, pos);
    emit_store(L, tmp, dl, pos);
    IRBlock *less = new_block(L, "copy.src");
    IRBlock *done = new_block(L, "copy.move");
    emit_branch(L, emit_cmp(L, TK_LSS, sl, dl, pos), less, done, pos);
    set_block(L, less);
    emit_store(L, tmp, sl, pos);
    emit_jump(L, done, pos);
    set_block(L, done);
    IRInstr *n = emit_load(L, tmp, t_int, pos);
    IRInstr *dp = emit_extract(L, dv, 0, type_pointer(elem), pos);
    IRInstr *sp = emit_extract(L, sv, 0, type_pointer(type_is_string(s->type) ? t_uint8 : elem), pos);
    IRInstr *bytes = elem->size == 1 ? n : emit_binop(L, TK_MUL, t_int, n, k_int(elem->size), pos);
    emit3(L, IR_MEMMOVE, NULL, pos, dp, sp, bytes);
    return emit_convert(L, n, value_type(call->type), pos);
}

static IRInstr *b_new(Lower *L, Node *call) {
    Type *pt = value_type(call->type);
    if (!pt || under(pt)->kind != T_POINTER) return lower_unsupported(L, call, "this new");
    Type *elem = under(pt)->elem;
    Node *a = call->list.len ? arg(call, 0) : NULL;
    IRInstr *v = a && a->mode != MODE_TYPE ? lower_expr_to(L, a, elem) : NULL; /* Go 1.26 new(expr) */
    IRInstr *p = emit_alloc(L, ALLOC_NEW, elem, NULL, call->pos, call);
    if (v) emit_store(L, p, v, call->pos);
    return p;
}

static IRInstr *int_arg(Lower *L, Node *a) {
    if (a->mode == MODE_CONST && a->cv) return k_const(t_int, a->cv);
    return emit_convert(L, lower_expr(L, a), t_int, a->pos);
}

static IRInstr *b_make(Lower *L, Node *call) {
    Pos pos = call->pos;
    Type *t = value_type(call->type);
    TypeKind k = t ? under(t)->kind : T_INVALID;
    if (k == T_MAP) return lower_make_map(L, call);
    if (k == T_CHAN) return lower_make_chan(L, call);
    if (k != T_SLICE) return lower_unsupported(L, call, "this make");
    Type *elem = under(t)->elem;
    Node *ln = call->list.len > 1 ? arg(call, 1) : NULL;
    Node *cn = call->list.len > 2 ? arg(call, 2) : NULL;
    if (!ln) return lower_unsupported(L, call, "make without a length");
    IRInstr *len = int_arg(L, ln);
    IRInstr *cap = cn ? int_arg(L, cn) : len;
    bool all_const = ln->mode == MODE_CONST && (!cn || cn->mode == MODE_CONST);
    if (!all_const) {
        /* gc's order: a negative or too large len (more bytes than the heap can ever hold,
         * gc's maxAlloc of 2^48 on 64-bit targets) wins over a bad cap (< len or too large).
         * Comparing as unsigned makes negative values "too large" too. */
        type_layout(elem);
        uint64_t limit = (1ULL << 48) / (uint64_t)(elem->size > 0 ? elem->size : 1);
        IRInstr *ulimit = k_typed_int(t_uint64, (int64_t)limit);
        IRBlock *bad_len = new_block(L, "makeslice.badlen");
        IRBlock *ok1 = new_block(L, "makeslice.lenok");
        emit_branch(L, emit_cmp(L, TK_GTR, emit_convert(L, len, t_uint64, pos), ulimit, pos), bad_len, ok1, pos);
        set_block(L, bad_len);
        emit_panic_call(L, "gort_panic_makeslice_len", pos, 0);
        set_block(L, ok1);
        if (cn) {
            IRBlock *bad_cap = new_block(L, "makeslice.badcap");
            IRBlock *test2 = new_block(L, "makeslice.captest");
            IRBlock *ok2 = new_block(L, "makeslice.capok");
            emit_branch(L, emit_cmp(L, TK_GTR, len, cap, pos), bad_cap, test2, pos);
            set_block(L, test2);
            emit_branch(L, emit_cmp(L, TK_GTR, emit_convert(L, cap, t_uint64, pos), ulimit, pos), bad_cap, ok2, pos);
            set_block(L, bad_cap);
            emit_panic_call(L, "gort_panic_makeslice_cap", pos, 0);
            set_block(L, ok2);
        }
    }
    IRInstr *mem = emit_alloc(L, ALLOC_MAKESLICE, elem, cap, pos, call);
    return emit3(L, IR_MAKE, t, pos, mem, len, cap);
}

static IRInstr *b_clear(Lower *L, Node *call) {
    Pos pos = call->pos;
    Node *x = arg(call, 0);
    Type *t = under(x->type);
    if (t->kind == T_MAP) { lower_map_clear(L, call); return NULL; }
    if (t->kind != T_SLICE) return lower_unsupported(L, call, "this clear");
    IRInstr *s = lower_expr(L, x);
    IRInstr *ptr = emit_extract(L, s, 0, type_pointer(t->elem), pos);
    IRInstr *len = emit_extract(L, s, 1, t_int, pos);
    IRInstr *i = emit_temp(L, t_int, pos);
    IRBlock *cond = new_block(L, "clear.cond"), *body = new_block(L, "clear.body"), *done = new_block(L, "clear.done");
    emit_jump(L, cond, pos);
    set_block(L, cond);
    IRInstr *iv = emit_load(L, i, t_int, pos);
    emit_branch(L, emit_cmp(L, TK_LSS, iv, len, pos), body, done, pos);
    set_block(L, body);
    IRInstr *slot = emit2(L, IR_INDEXADDR, type_pointer(t->elem), pos, ptr, iv);
    slot->elem = t->elem;
    IRInstr *z = emit1(L, IR_ZERO, NULL, pos, slot);
    z->elem = t->elem;
    emit_store(L, i, emit_binop(L, TK_ADD, t_int, iv, k_int(1), pos), pos);
    emit_jump(L, cond, pos);
    set_block(L, done);
    return NULL;
}

/* ---- panic, print ------------------------------------------------------------------------ */

static IRInstr *b_panic(Lower *L, Node *call) {
    Node *a = arg(call, 0);
    IRInstr *v = lower_expr_to(L, a, t_any);
    IRInstr *ty = emit_extract(L, v, 0, t_unsafeptr, call->pos);
    IRInstr *data = emit_extract(L, v, 1, t_unsafeptr, call->pos);
    emit_panic_call(L, "gort_gopanic", call->pos, 2, ty, data);
    return NULL;
}

/* Prints a (its value v, lowered already, or NULL to lower it now) of type t. */
static void print_typed(Lower *L, Node *a, Type *t, IRInstr *v, Pos pos) {
    if (!v) v = lower_expr(L, a);
    if (a->type && a->type->kind == T_UNTYPED_NIL) {
        emit_callrt(L, "gort_printpointer", NULL, pos, 1, k_zero(t_unsafeptr));
        return;
    }
    Type *u = under(t);
    if (u->kind == T_BOOL) emit_callrt(L, "gort_printbool", NULL, pos, 1, v);
    else if (type_is_integer(u)) {
        if (type_is_unsigned(u)) emit_callrt(L, "gort_printuint", NULL, pos, 1, emit_convert(L, v, t_uint64, pos));
        else emit_callrt(L, "gort_printint", NULL, pos, 1, emit_convert(L, v, t_int64, pos));
    } else if (type_is_float(u)) {
        /* Go 1.26 prints a float32 with 32-bit precision */
        if (u->kind == T_FLOAT32) emit_callrt(L, "gort_printfloat32", NULL, pos, 1, emit_convert(L, v, t_float32, pos));
        else emit_callrt(L, "gort_printfloat", NULL, pos, 1, emit_convert(L, v, t_float64, pos));
    } else if (type_is_complex(u)) {
        /* codegen flattens a complex argument of a runtime call into (re, im) */
        if (u->kind == T_COMPLEX64) emit_callrt(L, "gort_printcomplex64", NULL, pos, 1, emit_convert(L, v, t_complex64, pos));
        else emit_callrt(L, "gort_printcomplex", NULL, pos, 1, emit_convert(L, v, t_complex128, pos));
    }
    else if (type_is_string(u)) {
        IRInstr *p = emit_extract(L, v, 0, type_pointer(t_uint8), pos);
        IRInstr *n = emit_extract(L, v, 1, t_int, pos);
        emit_callrt(L, "gort_printstring", NULL, pos, 2, p, n);
    } else if (u->kind == T_SLICE) {
        IRInstr *p = emit_extract(L, v, 0, t_unsafeptr, pos);
        IRInstr *n = emit_extract(L, v, 1, t_int, pos);
        IRInstr *c = emit_extract(L, v, 2, t_int, pos);
        emit_callrt(L, "gort_printslice", NULL, pos, 3, p, n, c);
    } else if (u->kind == T_INTERFACE) {
        IRInstr *ty = emit_extract(L, v, 0, t_unsafeptr, pos);
        IRInstr *d = emit_extract(L, v, 1, t_unsafeptr, pos);
        emit_callrt(L, "gort_printiface", NULL, pos, 2, ty, d);
    } else if (is_pointer_shaped(u)) {
        emit_callrt(L, "gort_printpointer", NULL, pos, 1, emit_convert(L, v, t_unsafeptr, pos));
    } else {
        diag_unsupported(a->pos, "printing a value of this type");
    }
}

static void print_value(Lower *L, Node *a, Pos pos) { print_typed(L, a, value_type(a->type), NULL, pos); }

static IRInstr *b_print(Lower *L, Node *call, bool ln) {
    Node *single = call->list.len == 1 ? arg(call, 0) : NULL;
    if (single && single->type && single->type->kind == T_TUPLE) {   /* println(f()) */
        IRInstr *tuple = lower_expr(L, single);
        for (int i = 0; i < single->type->nfields; i++) {
            if (ln && i > 0) emit_callrt(L, "gort_printsp", NULL, call->pos, 0);
            Type *mt = single->type->fields[i].type;
            print_typed(L, single, mt, emit_extract(L, tuple, i, mt, call->pos), call->pos);
        }
        if (ln) emit_callrt(L, "gort_printnl", NULL, call->pos, 0);
        return NULL;
    }
    for (int i = 0; i < call->list.len; i++) {
        if (ln && i > 0) emit_callrt(L, "gort_printsp", NULL, call->pos, 0);
        print_value(L, arg(call, i), call->pos);
    }
    if (ln) emit_callrt(L, "gort_printnl", NULL, call->pos, 0);
    return NULL;
}

/* ---- min, max ---------------------------------------------------------------------------- */

/* One step of min/max into tmp (which holds the running result r): gc's rules — for floats
 * a NaN operand wins, and min(-0, +0) is -0 (max: +0); strings compare bytewise. */
static void minmax_step(Lower *L, bool is_min, Type *t, IRInstr *tmp, IRInstr *y, Pos pos) {
    IRInstr *r = emit_load(L, tmp, t, pos);
    Tok better = is_min ? TK_LSS : TK_GTR;
    IRBlock *take = new_block(L, "minmax.take");
    IRBlock *done = new_block(L, "minmax.next");
    if (type_is_string(t)) {
        IRInstr *c = emit2(L, IR_STRCMP, t_int, pos, y, r);
        emit_branch(L, emit_cmp(L, better, c, k_int(0), pos), take, done, pos);
    } else if (type_is_float(t)) {
        /* r is NaN: keep it. y is NaN or strictly better: take y. Equal: sign of zero. */
        IRBlock *r_ok = new_block(L, "minmax.rnum"), *y_test = new_block(L, "minmax.ytest"),
                *eq = new_block(L, "minmax.eq");
        emit_branch(L, emit_cmp(L, TK_NEQ, r, r, pos), done, r_ok, pos);
        set_block(L, r_ok);
        IRInstr *ynan = emit_cmp(L, TK_NEQ, y, y, pos);
        emit_branch(L, ynan, take, y_test, pos);
        set_block(L, y_test);
        IRBlock *not_better = new_block(L, "minmax.notbetter");
        emit_branch(L, emit_cmp(L, better, y, r, pos), take, not_better, pos);
        set_block(L, not_better);
        emit_branch(L, emit_cmp(L, TK_EQL, y, r, pos), eq, done, pos);
        set_block(L, eq);
        /* equal values differ only for ±0: 1/y < 0 tells -0 apart */
        IRInstr *one = emit_convert(L, k_int(1), t, pos);
        IRInstr *inv = emit_binop(L, TK_QUO, t, one, y, pos);
        IRInstr *yneg = emit_cmp(L, TK_LSS, inv, emit_convert(L, k_int(0), t, pos), pos);
        if (is_min) emit_branch(L, yneg, take, done, pos);
        else emit_branch(L, yneg, done, take, pos);
    } else {
        emit_branch(L, emit_cmp(L, better, y, r, pos), take, done, pos);
    }
    set_block(L, take);
    emit_store(L, tmp, y, pos);
    emit_jump(L, done, pos);
    set_block(L, done);
}

static IRInstr *b_minmax(Lower *L, Node *call, bool is_min) {
    Type *t = value_type(call->type);
    IRInstr *first = lower_expr_to(L, arg(call, 0), t);
    if (call->list.len == 1) return first;
    IRInstr **vals = xcalloc(call->list.len, sizeof(IRInstr *));
    for (int i = 1; i < call->list.len; i++) vals[i] = lower_expr_to(L, arg(call, i), t);
    IRInstr *tmp = emit_temp(L, t, call->pos);
    emit_store(L, tmp, first, call->pos);
    for (int i = 1; i < call->list.len; i++) minmax_step(L, is_min, t, tmp, vals[i], call->pos);
    free(vals);
    return emit_load(L, tmp, t, call->pos);
}

/* complex(re, im), real(c), imag(c) on non-constant operands (constants are folded by the
 * checker): a complex value is the pair (re, im), built and taken apart like any aggregate. */
static IRInstr *b_complex(Lower *L, Node *call) {
    Type *t = value_type(call->type);
    Type *part = under(t)->kind == T_COMPLEX64 ? t_float32 : t_float64;
    IRInstr *re = lower_expr_to(L, arg(call, 0), part);
    IRInstr *im = lower_expr_to(L, arg(call, 1), part);
    return emit2(L, IR_MAKE, t, call->pos, re, im);
}

static IRInstr *b_real_imag(Lower *L, Node *call, int index) {
    IRInstr *c = lower_expr(L, arg(call, 0));
    return emit_extract(L, c, index, value_type(call->type), call->pos);
}

/* unsafe.Add, Slice, String, SliceData, StringData (Sizeof & co. are constants). */
static IRInstr *unsafe_checked_len(Lower *L, Node *call, IRInstr *ptr, bool is_string) {
    Pos pos = call->pos;
    Node *ln = arg(call, 1);
    IRInstr *raw = lower_expr(L, ln);
    IRInstr *len = emit_convert(L, raw, t_int, pos);
    const char *len_panic = is_string ? "gort_panic_unsafe_string_len" : "gort_panic_unsafe_slice_len";
    /* len out of range: negative (as gc: also when an unsigned len does not fit an int),
     * more bytes than an allocation can have (2^48), or a range that wraps the address space */
    Type *pt = under(value_type(arg(call, 0)->type));
    Type *elem = pt->kind == T_POINTER ? pt->elem : t_uint8;
    type_layout(elem);
    uint64_t size = (uint64_t)(elem->size > 0 ? elem->size : 1);
    IRInstr *ulen = type_is_unsigned(ln->type) ? emit_convert(L, raw, t_uint64, pos) : emit_convert(L, len, t_uint64, pos);
    IRBlock *bad = new_block(L, "unsafe.badlen"), *t2 = new_block(L, "unsafe.wrap"), *ok1 = new_block(L, "unsafe.lenok");
    emit_branch(L, emit_cmp(L, TK_GTR, ulen, k_typed_int(t_uint64, (int64_t)((1ULL << 48) / size)), pos), bad, t2, pos);
    set_block(L, t2);
    /* gc: mem > -ptr wraps (a nil ptr is left to the nil check below) */
    IRInstr *uptr = emit_convert(L, emit_convert(L, emit_convert(L, ptr, t_unsafeptr, pos), t_uintptr, pos), t_uint64, pos);
    IRBlock *t3 = new_block(L, "unsafe.wrapcheck");
    emit_branch(L, emit_cmp(L, TK_EQL, uptr, k_typed_int(t_uint64, 0), pos), ok1, t3, pos);
    set_block(L, t3);
    IRInstr *mem = emit_binop(L, TK_MUL, t_uint64, ulen, k_typed_int(t_uint64, (int64_t)size), pos);
    IRInstr *room = emit_binop(L, TK_SUB, t_uint64, k_typed_int(t_uint64, 0), uptr, pos);
    emit_branch(L, emit_cmp(L, TK_GTR, mem, room, pos), bad, ok1, pos);
    set_block(L, bad);
    emit_panic_call(L, len_panic, pos, 0);
    set_block(L, ok1);
    IRBlock *nilp = new_block(L, "unsafe.nilptr"), *test = new_block(L, "unsafe.niltest");
    IRBlock *ok2 = new_block(L, "unsafe.ok");
    emit_branch(L, emit_cmp(L, TK_EQL, emit_convert(L, ptr, t_unsafeptr, pos), k_zero(t_unsafeptr), pos), test, ok2, pos);
    set_block(L, test);
    emit_branch(L, emit_cmp(L, TK_NEQ, len, k_int(0), pos), nilp, ok2, pos);
    set_block(L, nilp);
    emit_panic_call(L, is_string ? "gort_panic_unsafe_string_nil" : "gort_panic_unsafe_slice_nil", pos, 0);
    set_block(L, ok2);
    return len;
}

static IRInstr *b_unsafe(Lower *L, Node *call) {
    Pos pos = call->pos;
    Type *t = value_type(call->type);
    switch ((BuiltinId)call->builtin) {
    case BI_UNSAFE_ADD: {
        IRInstr *p = emit_convert(L, lower_expr(L, arg(call, 0)), t_uintptr, pos);
        IRInstr *n = emit_convert(L, lower_expr(L, arg(call, 1)), t_uintptr, pos);
        return emit_convert(L, emit_binop(L, TK_ADD, t_uintptr, p, n, pos), t, pos);
    }
    case BI_UNSAFE_SLICE: {
        IRInstr *p = lower_expr(L, arg(call, 0));
        IRInstr *len = unsafe_checked_len(L, call, p, false);
        return emit3(L, IR_MAKE, t, pos, p, len, len);
    }
    case BI_UNSAFE_STRING: {
        IRInstr *p = lower_expr(L, arg(call, 0));
        IRInstr *len = unsafe_checked_len(L, call, p, true);
        return emit2(L, IR_MAKE, t, pos, p, len);
    }
    case BI_UNSAFE_STRINGDATA:
    case BI_UNSAFE_SLICEDATA:
        return emit_extract(L, lower_expr(L, arg(call, 0)), 0, t, pos);
    default:
        return lower_unsupported(L, call, "this use of package unsafe");
    }
}

/* ---- dispatch ---------------------------------------------------------------------------- */

IRInstr *lower_builtin(Lower *L, Node *call) {
    switch ((BuiltinId)call->builtin) {
    case BI_LEN: return b_len_cap(L, call, false);
    case BI_CAP: return b_len_cap(L, call, true);
    case BI_APPEND: return lower_append(L, call);
    case BI_COPY: return b_copy(L, call);
    case BI_NEW: return b_new(L, call);
    case BI_MAKE: return b_make(L, call);
    case BI_CLEAR: return b_clear(L, call);
    case BI_PANIC: return b_panic(L, call);
    case BI_PRINT: return b_print(L, call, false);
    case BI_PRINTLN: return b_print(L, call, true);
    case BI_MIN: return b_minmax(L, call, true);
    case BI_MAX: return b_minmax(L, call, false);
    case BI_CLOSE: lower_chan_close(L, call); return NULL;
    case BI_DELETE: lower_map_delete(L, call); return NULL;
    case BI_RECOVER: return lower_recover(L, call);
    case BI_COMPLEX: return b_complex(L, call);
    case BI_REAL: return b_real_imag(L, call, 0);
    case BI_IMAG: return b_real_imag(L, call, 1);
    default: return b_unsafe(L, call);
    }
}
