/* lower_call.c — calls (static, method, func value, interface method), argument passing
 * (f(g()) with a multi-value g, variadic packing into an ALLOC_VARIADIC array) and
 * conversions, explicit T(x) as well as the implicit ones of assignability.
 * Builtins are in lower_builtin.c. */
#include "lower.h"
#include "constant.h"

#include <string.h>

static Node *unparen(Node *e) {
    while (e && e->kind == N_PAREN) e = e->x;
    return e;
}

/* ---- conversions ------------------------------------------------------------------------- */

static bool is_basic(Type *t) {
    TypeKind k = under(t)->kind;
    return k >= T_BOOL && k <= T_STRING;
}

static bool slice_of(Type *t, TypeKind elem) {
    Type *u = under(t);
    return u->kind == T_SLICE && under(u->elem)->kind == elem;
}

static Type *ptr_to_byte(void) { return type_pointer(t_uint8); }
static Type *ptr_to_rune(void) { return type_pointer(t_int32); }

static IRInstr *bytes_to_string(Lower *L, IRInstr *b, Type *to, Pos pos, Node *site) {
    IRInstr *len = emit_extract(L, b, 1, t_int, pos);
    IRInstr *buf = emit_alloc(L, ALLOC_STRBUF, t_uint8, len, pos, site);
    IRInstr *src = emit_extract(L, b, 0, ptr_to_byte(), pos);
    emit3(L, IR_MEMMOVE, NULL, pos, buf, src, len);
    return emit2(L, IR_MAKE, to, pos, buf, len);
}

static IRInstr *string_to_bytes(Lower *L, IRInstr *s, Type *to, Pos pos, Node *site) {
    IRInstr *len = s->op == IR_CONST && !s->block && s->cv ? k_int((int64_t)s->cv->slen)
                                                          : emit_extract(L, s, 1, t_int, pos);
    IRInstr *buf = emit_alloc(L, ALLOC_STRBUF, t_uint8, len, pos, site);
    IRInstr *src = emit_extract(L, s, 0, ptr_to_byte(), pos);
    emit3(L, IR_MEMMOVE, NULL, pos, buf, src, len);
    return emit3(L, IR_MAKE, to, pos, buf, len, len);
}

static IRInstr *string_to_runes(Lower *L, IRInstr *s, Type *to, Pos pos, Node *site) {
    IRInstr *p = emit_extract(L, s, 0, ptr_to_byte(), pos);
    IRInstr *len = emit_extract(L, s, 1, t_int, pos);
    IRInstr *n = emit_callrt(L, "gort_countrunes", t_int, pos, 2, p, len);
    IRInstr *buf = emit_alloc(L, ALLOC_STRBUF, t_int32, n, pos, site);
    emit_callrt(L, "gort_stringtorunes", NULL, pos, 3, buf, p, len);
    return emit3(L, IR_MAKE, to, pos, buf, n, n);
}

static IRInstr *runes_to_string(Lower *L, IRInstr *r, Type *to, Pos pos, Node *site) {
    IRInstr *p = emit_extract(L, r, 0, ptr_to_rune(), pos);
    IRInstr *n = emit_extract(L, r, 1, t_int, pos);
    IRInstr *len = emit_callrt(L, "gort_runesbytelen", t_int, pos, 2, p, n);
    IRInstr *buf = emit_alloc(L, ALLOC_STRBUF, t_uint8, len, pos, site);
    emit_callrt(L, "gort_runestostring", NULL, pos, 3, buf, p, n);
    return emit2(L, IR_MAKE, to, pos, buf, len);
}

/* [N]T(s) and (*[N]T)(s) (Go 1.17/1.20): len(s) must be at least N, else gc's run-time
 * error; the pointer form aliases s's backing array (nil stays nil when N == 0), the array
 * form copies N elements out of it. */
static IRInstr *slice_to_array(Lower *L, IRInstr *v, Type *to, Pos pos) {
    Type *tu = under(to);
    Type *arr_t = tu->kind == T_POINTER ? tu->elem : to;
    int64_t n = under(arr_t)->len;
    IRInstr *len = emit_extract(L, v, 1, t_int, pos);
    IRBlock *bad = new_block(L, "conv.short"), *ok = new_block(L, "conv.ok");
    emit_branch(L, emit_cmp(L, TK_LSS, len, k_int(n), pos), bad, ok, pos);
    set_block(L, bad);
    emit_panic_call(L, "gort_panic_slice", pos, 3, k_int(7), len, k_int(n));
    set_block(L, ok);
    IRInstr *p = emit_extract(L, v, 0, type_pointer(arr_t), pos);
    if (tu->kind == T_POINTER) return emit_convert(L, p, to, pos);
    if (n == 0) return k_zero(to);
    return emit_load(L, p, to, pos);
}

IRInstr *lower_conversion(Lower *L, IRInstr *v, Type *from, Type *to, Pos pos, Node *site) {
    if (!v || !to || to->kind == T_TUPLE || to->kind == T_INVALID) return v;
    if (!from) from = v->type;
    if (from && from->kind == T_UNTYPED_NIL) return k_zero(to);
    if (type_is_untyped(to)) return v;
    if (type_is_interface(to)) return lower_to_iface(L, v, from, to, pos, site);
    if (v->type == to) return v;
    /* constants are retyped, not converted at run time */
    if (v->op == IR_CONST && !v->block && v->cv && is_basic(to) &&
        !(type_is_string(to) && v->cv->kind == CV_INT)) {
        ConstVal *out = NULL;
        if (cv_representable(v->cv, to, &out) == REPR_OK && out) return k_const(to, out);
    }
    Type *tu = under(to), *fu = under(from ? value_type(from) : v->type);
    /* gc puts a conversion's buffer at its operand: `string(  b)` is reported at b */
    Pos bpos = pos;
    if (site && site->kind == N_CALL && site->call_kind == CALL_CONVERSION && site->list.len == 1)
        bpos = ((Node *)site->list.data[0])->pos;
    if (type_is_string(tu) && type_is_integer(fu)) {
        /* string(r): the UTF-8 bytes in a 4-byte buffer of its own (an escape-analysed site,
         * as gc's) */
        IRInstr *r = emit_convert(L, v, t_int64, pos);
        IRInstr *buf = emit_alloc(L, ALLOC_STRBUF, t_uint8, k_int(4), bpos, site);
        IRInstr *len = emit_callrt(L, "gort_intstring", t_int, pos, 2, buf, r);
        return emit2(L, IR_MAKE, to, pos, buf, len);
    }
    if (type_is_string(tu) && slice_of(fu, T_UINT8)) return bytes_to_string(L, v, to, bpos, site);
    if (type_is_string(tu) && slice_of(fu, T_INT32)) return runes_to_string(L, v, to, bpos, site);
    if (slice_of(tu, T_UINT8) && type_is_string(fu)) return string_to_bytes(L, v, to, bpos, site);
    if (slice_of(tu, T_INT32) && type_is_string(fu)) return string_to_runes(L, v, to, bpos, site);
    if (fu->kind == T_SLICE && (tu->kind == T_ARRAY || tu->kind == T_POINTER))
        return slice_to_array(L, v, to, pos);
    if (type_is_interface(fu)) {
        diag_unsupported(pos, "conversion from interface to concrete type");
        return k_zero(to);
    }
    /* numeric conversions, and conversions between identical underlying types, pointers and
     * unsafe.Pointer: IR_CONVERT (a no-op where the representation is the same) */
    return emit_convert(L, v, to, pos);
}

/* ---- arguments --------------------------------------------------------------------------- */

/* Lowers the arguments of `call` for signature `sig` into out[first...]; returns the count.
 * `out` must have room for first + sig->nfields entries. */
static int lower_args(Lower *L, Node *call, Type *sig, IRInstr **out, int first) {
    int np = sig ? sig->nfields : 0;
    bool variadic = sig && sig->variadic;
    int nfixed = variadic ? np - 1 : np;
    int nargs = call->list.len;
    /* gather argument values (with their static types) */
    int nvals = nargs;
    IRInstr **vals;
    Type **types;
    Node *single = nargs == 1 ? VEC_AT(call->list, 0) : NULL;
    if (single && single->type && single->type->kind == T_TUPLE) {
        IRInstr *tuple = lower_expr(L, single);
        Type *tt = single->type;
        nvals = tt->nfields;
        vals = xcalloc(nvals ? nvals : 1, sizeof(IRInstr *));
        types = xcalloc(nvals ? nvals : 1, sizeof(Type *));
        for (int i = 0; i < nvals; i++) {
            types[i] = tt->fields[i].type;
            vals[i] = emit_extract(L, tuple, i, types[i], call->pos);
        }
        single = NULL;
    } else {
        vals = xcalloc(nargs ? nargs : 1, sizeof(IRInstr *));
        types = xcalloc(nargs ? nargs : 1, sizeof(Type *));
        for (int i = 0; i < nargs; i++) {
            Node *a = VEC_AT(call->list, i);
            Type *target = NULL;
            if (i < nfixed) target = sig->fields[i].type;
            else if (variadic) target = call->has_dots ? sig->fields[np - 1].type : under(sig->fields[np - 1].type)->elem;
            types[i] = a->type;
            vals[i] = lower_conversion(L, lower_expr(L, a), a->type, target, a->pos, a);
            if (target) types[i] = target;
        }
    }
    int k = first;
    for (int i = 0; i < nfixed && i < nvals; i++)
        out[k++] = lower_conversion(L, vals[i], types[i], sig->fields[i].type, call->pos, call);
    if (variadic) {
        Type *st = sig->fields[np - 1].type;
        Type *elem = under(st)->elem;
        if (call->has_dots) {
            out[k++] = nvals > nfixed ? lower_conversion(L, vals[nfixed], types[nfixed], st, call->pos, call) : k_zero(st);
        } else {
            int extra = nvals - nfixed;
            if (extra <= 0) out[k++] = k_zero(st);
            else {
                IRInstr *arr = emit_alloc(L, ALLOC_VARIADIC, elem, k_int(extra), call->pos, call);
                for (int i = 0; i < extra; i++) {
                    IRInstr *slot = emit2(L, IR_INDEXADDR, type_pointer(elem), call->pos, arr, k_int(i));
                    slot->elem = elem;
                    IRInstr *v = lower_conversion(L, vals[nfixed + i], types[nfixed + i], elem, call->pos, call);
                    emit_store(L, slot, v, call->pos);
                }
                out[k++] = emit3(L, IR_MAKE, st, call->pos, arr, k_int(extra), k_int(extra));
            }
        }
    }
    free(vals);
    free(types);
    return k - first;
}

/* ---- receivers --------------------------------------------------------------------------- */

/* The receiver operand for method `m` selected by x.M through sel (with promotion through
 * embedded fields in sel->path): the address when the method wants a pointer, else a copy. */
IRInstr *lower_receiver(Lower *L, Node *x, Selection *sel, bool want_ptr, Pos pos) {
    Type *t = x->type;
    bool is_ptr = under(t)->kind == T_POINTER;
    if (sel->npath == 0) {
        if (want_ptr) return is_ptr ? lower_expr(L, x) : lower_addr(L, x);
        if (!is_ptr) return lower_expr(L, x);
        IRInstr *p = lower_expr(L, x);
        emit1(L, IR_NILCHECK, NULL, pos, p);
        return emit_load(L, p, under(t)->elem, pos);
    }
    IRInstr *base;
    Type *st;
    if (is_ptr) {
        base = lower_expr(L, x);
        emit1(L, IR_NILCHECK, NULL, pos, base);
        st = under(t)->elem;
    } else {
        base = lower_addr(L, x);
        st = t;
    }
    Type *ft;
    IRInstr *fa = field_path_addr(L, base, st, sel->path, sel->npath, pos, &ft);
    if (!fa) return NULL;
    if (under(ft)->kind == T_POINTER) { /* embedded *E */
        IRInstr *p = emit_load(L, fa, ft, pos);
        if (want_ptr) return p;
        emit1(L, IR_NILCHECK, NULL, pos, p);
        return emit_load(L, p, under(ft)->elem, pos);
    }
    if (type_is_interface(ft) || want_ptr) return want_ptr ? fa : emit_load(L, fa, ft, pos);
    return emit_load(L, fa, ft, pos);
}

/* ---- calls ------------------------------------------------------------------------------- */

static IRInstr *finish_call(Lower *L, IRInstr *in, Type *sig) {
    (void)L;
    in->type = result_type_of(sig);
    return in;
}

static IRInstr *static_call(Lower *L, Node *call, IRFunc *f, Type *sig, IRInstr *recv) {
    int cap = (sig ? sig->nfields : 0) + 2;
    IRInstr **args = xcalloc(cap, sizeof(IRInstr *));
    int n = 0;
    if (recv) args[n++] = recv;
    n += lower_args(L, call, sig, args, n);
    IRInstr *in = emit(L, IR_CALL, NULL, call->pos, n, args);
    in->func = f;
    free(args);
    return finish_call(L, in, sig);
}

static IRInstr *method_call(Lower *L, Node *call, Node *fx) {
    Selection *sel = fx->sel;
    Obj *m = sel->obj;
    if (!m || !m->ir) return lower_unsupported(L, call, "this method call");
    IRFunc *f = m->ir;
    IRInstr *recv = lower_receiver(L, fx->x, sel, m->ptr_recv, fx->pos);
    return static_call(L, call, f, m->type, recv);
}

static IRInstr *iface_method_call(Lower *L, Node *call, Node *fx) {
    Selection *sel = fx->sel;
    IRInstr *iv = lower_receiver(L, fx->x, sel, false, fx->pos);
    Type *sig = fx->type && under(fx->type)->kind == T_FUNC ? fx->type : NULL;
    Type *it = NULL;
    if (!sig) {
        /* find the interface type to read the method's signature */
        it = sel->npath == 0 ? fx->x->type : NULL;
        if (it && under(it)->kind == T_INTERFACE && sel->method_index < under(it)->nimethods)
            sig = under(it)->imethods[sel->method_index].sig;
    }
    if (!sig) return lower_unsupported(L, call, "this interface method call");
    int cap = sig->nfields + 2;
    IRInstr **args = xcalloc(cap, sizeof(IRInstr *));
    args[0] = iv;
    int n = 1 + lower_args(L, call, sig, args, 1);
    IRInstr *in = emit(L, IR_CALLIFACE, NULL, call->pos, n, args);
    in->index = sel->method_index;
    free(args);
    return finish_call(L, in, sig);
}

/* T.M(recv, args) / (*T).M(recv, args) */
static IRInstr *method_expr_call(Lower *L, Node *call, Node *fx) {
    Obj *m = fx->sel->obj;
    Type *ft = fx->type; /* func(recv, params...) */
    if (!m && type_is_interface(fx->x->type) && ft && under(ft)->kind == T_FUNC) { /* I.M(x, ...) */
        IRFunc *f = lower_iface_method_func(L, value_type(fx->x->type), fx->sel->method_index, NULL, call->pos);
        return static_call(L, call, f, ft, NULL);
    }
    if (!m || !m->ir) return lower_unsupported(L, call, "this method expression");
    IRFunc *f = m->ir;
    if (!ft || under(ft)->kind != T_FUNC || under(ft)->nfields < 1) return lower_unsupported(L, call, "this method expression");
    Type *recv_t = under(ft)->fields[0].type;
    if (recv_t != f->param_types[0]) {
        if (f->ptr_wrapper && recv_t == f->ptr_wrapper->param_types[0]) f = f->ptr_wrapper;
        else if (fx->sel->npath > 0 && (f = lower_promoted_method_expr(L, recv_t, m->name)) != NULL) {}
        else return lower_unsupported(L, call, "this method expression");
    }
    return static_call(L, call, f, ft, NULL);
}

IRInstr *lower_call(Lower *L, Node *call) {
    Node *fx = unparen(call->x);
    switch (call->call_kind) {
    case CALL_CONVERSION: {
        if (call->list.len != 1) return lower_unsupported(L, call, "this conversion");
        Node *a = VEC_AT(call->list, 0);
        IRInstr *v = lower_expr(L, a);
        return lower_conversion(L, v, a->type, call->type, call->pos, call);
    }
    case CALL_BUILTIN: return lower_builtin(L, call);
    case CALL_METHOD:
        if (fx->kind == N_SELECTOR && fx->sel) return method_call(L, call, fx);
        return lower_unsupported(L, call, "this method call");
    case CALL_IFACEMETHOD:
        if (fx->kind == N_SELECTOR && fx->sel) return iface_method_call(L, call, fx);
        return lower_unsupported(L, call, "this method call");
    default: break;
    }
    if (fx->kind == N_SELECTOR && fx->sel && fx->sel->kind == SEL_METHODEXPR) return method_expr_call(L, call, fx);
    if (fx->kind == N_SELECTOR && fx->sel && fx->sel->kind == SEL_METHOD) {
        Type *rt = fx->x->type;
        return type_is_interface(rt) ? iface_method_call(L, call, fx) : method_call(L, call, fx);
    }
    Obj *o = NULL;
    if (fx->kind == N_IDENT) o = fx->obj;
    else if (fx->kind == N_SELECTOR && !fx->sel) o = fx->obj;
    else if (fx->kind == N_INDEX && fx->obj) o = fx->obj; /* F[int](...) (generics) */
    if (o && o->kind == OBJ_FUNC) {
        if (!o->ir) return lower_unsupported(L, call, "this call");
        return static_call(L, call, o->ir, o->type, NULL);
    }
    /* call through a func value */
    Type *sig = fx->type ? under(fx->type) : NULL;
    if (!sig || sig->kind != T_FUNC) return lower_unsupported(L, call, "this call");
    IRInstr *fv = lower_expr(L, fx);
    /* Calling a nil func value is gc's nil-dereference panic; without the check LLVM may
     * fold the load of its code pointer into a trap. */
    emit1(L, IR_NILCHECK, NULL, call->pos, fv);
    IRInstr **args = xcalloc(sig->nfields + 2, sizeof(IRInstr *));
    args[0] = fv;
    int n = 1 + lower_args(L, call, sig, args, 1);
    IRInstr *in = emit(L, IR_CALLIND, NULL, call->pos, n, args);
    free(args);
    return finish_call(L, in, sig);
}
