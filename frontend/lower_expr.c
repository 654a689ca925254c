/* lower_expr.c — expressions: values, addresses, operators, indexing and slicing.
 *
 * Two entry points mirror Go's two uses of an expression: lower_expr gives its value,
 * lower_addr its address (for addressable expressions: variables, *p, p.f, a[i], s[i]).
 * Reading a variable is always LOAD(address), so escape analysis sees every dereference.
 * Checks are explicit: BOUNDSCHECK before INDEXADDR, SLICECHECK before slicing, NILCHECK
 * before going through a pointer. */
#include "lower.h"
#include "constant.h"

#include <string.h>

static Type *ptr_to_byte(void) { return type_pointer(t_uint8); }

static Node *unparen(Node *e) {
    while (e && e->kind == N_PAREN) e = e->x;
    return e;
}

IRInstr *lower_unsupported(Lower *L, Node *e, const char *what) {
    diag_unsupported(e->pos, what);
    Type *t = value_type(e->type);
    return t && t->kind != T_INVALID ? k_zero(t) : NULL;
}

IRInstr *var_addr(Lower *L, Obj *o, Pos pos) {
    if (o->is_global) {
        IRGlobal *g = o->ir;
        if (!g) { diag_unsupported(pos, "this package-level variable"); return NULL; }
        IRInstr *in = ir_instr_new(IR_GLOBALADDR, type_pointer(o->type), pos);
        in->global = g;
        return in;
    }
    if (!o->ir) {
        /* only a variable of an enclosing function can be unknown here (func literals are
         * rejected before their bodies are lowered, so this is a safety net) */
        diag_unsupported(pos, "capturing variables of an enclosing function");
        return emit_temp(L, o->type, pos);
    }
    return o->ir;
}

IRInstr *lower_cond(Lower *L, Node *e) { return lower_expr(L, e); }

IRInstr *lower_expr_to(Lower *L, Node *e, Type *to) {
    if (!e) return NULL;
    IRInstr *v = lower_expr(L, e);
    return lower_conversion(L, v, e->type, to, e->pos, e);
}

/* An index operand in its own integer type (checks print it as gc does: unsigned values
 * unsigned); constants as int. */
static IRInstr *lower_index_raw(Lower *L, Node *e) {
    if (e->mode == MODE_CONST && e->cv) return k_const(t_int, e->cv);
    return lower_expr(L, e);
}

/* Bounds check of index i (any integer type) against len; returns i as an int for
 * INDEXADDR. */
static IRInstr *checked_index(Lower *L, Node *ix, IRInstr *len, bool check, Pos pos) {
    IRInstr *raw = lower_index_raw(L, ix);
    if (check) emit2(L, IR_BOUNDSCHECK, NULL, pos, raw, len);
    return emit_convert(L, raw, t_int, pos);
}

/* ---- field selection --------------------------------------------------------------------- */

IRInstr *field_path_addr(Lower *L, IRInstr *ptr, Type *t, int *path, int n, Pos pos, Type **out) {
    for (int i = 0; i < n && ptr; i++) {
        Type *st = under(t);
        if (st->kind != T_STRUCT || path[i] < 0 || path[i] >= st->nfields) {
            diag_unsupported(pos, "this field selection");
            return NULL;
        }
        Field *fd = &st->fields[path[i]];
        IRInstr *fa = emit1(L, IR_FIELDADDR, type_pointer(fd->type), pos, ptr);
        fa->index = path[i];
        t = fd->type;
        ptr = fa;
        if (i < n - 1 && under(t)->kind == T_POINTER) { /* through an embedded pointer */
            ptr = emit_load(L, fa, t, pos);
            emit1(L, IR_NILCHECK, NULL, pos, ptr);
            t = under(t)->elem;
        }
    }
    if (out) *out = t;
    return ptr;
}

/* Pointer to the struct that x denotes (x a struct value or a pointer to one), with the
 * nil check when it is a pointer; *st receives the struct type. */
static IRInstr *struct_base(Lower *L, Node *x, Type **st) {
    Type *t = x->type;
    if (under(t)->kind == T_POINTER) {
        IRInstr *p = lower_expr(L, x);
        emit1(L, IR_NILCHECK, NULL, x->pos, p);
        *st = under(t)->elem;
        return p;
    }
    *st = t;
    return lower_addr_or_spill(L, x);
}

static IRInstr *selector_addr(Lower *L, Node *e) {
    Selection *sel = e->sel;
    Type *st;
    IRInstr *base = struct_base(L, e->x, &st);
    return field_path_addr(L, base, st, sel->path, sel->npath, e->pos, NULL);
}

static bool is_pkg_member(Node *e) {
    return e->kind == N_SELECTOR && e->x && (e->x->mode == MODE_PKG || (!e->sel && e->obj));
}

/* ---- indexing and slicing ---------------------------------------------------------------- */

static IRInstr *index_addr(Lower *L, Node *e) {
    Node *x = e->x;
    if (e->list.len != 1) return lower_unsupported(L, e, "generic instantiation");
    Node *ix = VEC_AT(e->list, 0);
    Type *xt = under(x->type);
    bool const_index = ix->mode == MODE_CONST;
    if (xt->kind == T_SLICE) {
        IRInstr *s = lower_expr(L, x);
        IRInstr *ptr = emit_extract(L, s, 0, type_pointer(xt->elem), e->pos);
        IRInstr *len = emit_extract(L, s, 1, t_int, e->pos);
        IRInstr *i = checked_index(L, ix, len, true, e->pos);
        IRInstr *a = emit2(L, IR_INDEXADDR, type_pointer(xt->elem), e->pos, ptr, i);
        a->elem = xt->elem;
        return a;
    }
    IRInstr *arr;
    Type *at;
    if (xt->kind == T_POINTER && under(xt->elem)->kind == T_ARRAY) {
        arr = lower_expr(L, x);
        at = under(xt->elem);
        IRInstr *i = checked_index(L, ix, k_int(at->len), !const_index, e->pos);
        emit1(L, IR_NILCHECK, NULL, e->pos, arr);
        IRInstr *a = emit2(L, IR_INDEXADDR, type_pointer(at->elem), e->pos, arr, i);
        a->elem = at->elem;
        return a;
    }
    if (xt->kind == T_ARRAY) {
        arr = lower_addr_or_spill(L, x);
        at = xt;
        IRInstr *i = checked_index(L, ix, k_int(at->len), !const_index, e->pos);
        IRInstr *a = emit2(L, IR_INDEXADDR, type_pointer(at->elem), e->pos, arr, i);
        a->elem = at->elem;
        return a;
    }
    if (xt->kind == T_MAP) return lower_map_index_addr(L, e);
    return lower_unsupported(L, e, "this index expression");
}

static IRInstr *index_value(Lower *L, Node *e) {
    Type *xt = e->x ? under(e->x->type) : NULL;
    if (xt && type_is_string(xt)) {
        if (e->list.len != 1) return lower_unsupported(L, e, "generic instantiation");
        IRInstr *s = lower_expr(L, e->x);
        IRInstr *len = emit_extract(L, s, 1, t_int, e->pos);
        IRInstr *i = checked_index(L, VEC_AT(e->list, 0), len, true, e->pos);
        IRInstr *ptr = emit_extract(L, s, 0, ptr_to_byte(), e->pos);
        IRInstr *a = emit2(L, IR_INDEXADDR, ptr_to_byte(), e->pos, ptr, i);
        a->elem = t_uint8;
        return emit_load(L, a, value_type(e->type), e->pos);
    }
    if (xt && xt->kind == T_MAP) return lower_map_index(L, e, NULL);
    if (e->x && e->x->mode == MODE_VALUE && xt && xt->kind == T_FUNC) return lower_unsupported(L, e, "generic instantiation");
    IRInstr *a = index_addr(L, e);
    if (!a || a->op == IR_CONST) return a;
    return emit_load(L, a, value_type(e->type), e->pos);
}

/* x[lo:hi] and x[lo:hi:max]. SLICECHECK's kind tells codegen gc's message family
 * (codegen/checks.c): 0 = slice (lo, hi, cap), 1 = string or array (lo, hi, len),
 * 2 = 3-index slice (lo, hi, max, cap), 3 = 3-index array (lo, hi, max, len). The bounds keep
 * their own integer types so that codegen can print huge unsigned values as gc does. */
static IRInstr *slice_expr(Lower *L, Node *e) {
    Node *x = e->x;
    Type *xt = under(x->type);
    Type *rt = value_type(e->type);
    IRInstr *base, *len, *cap;
    Type *elem;
    int kind;
    if (type_is_string(xt)) {
        IRInstr *s = lower_expr(L, x);
        elem = t_uint8;
        base = emit_extract(L, s, 0, ptr_to_byte(), e->pos);
        len = cap = emit_extract(L, s, 1, t_int, e->pos);
        kind = 1;
    } else if (xt->kind == T_SLICE) {
        IRInstr *s = lower_expr(L, x);
        elem = xt->elem;
        base = emit_extract(L, s, 0, type_pointer(elem), e->pos);
        len = emit_extract(L, s, 1, t_int, e->pos);
        cap = emit_extract(L, s, 2, t_int, e->pos);
        kind = 0;
    } else if (xt->kind == T_ARRAY || (xt->kind == T_POINTER && under(xt->elem)->kind == T_ARRAY)) {
        Type *at = xt->kind == T_ARRAY ? xt : under(xt->elem);
        if (xt->kind == T_ARRAY) base = lower_addr(L, x);
        else {
            base = lower_expr(L, x);
            emit1(L, IR_NILCHECK, NULL, e->pos, base);
        }
        elem = at->elem;
        len = cap = k_int(at->len);
        kind = 1;
    } else {
        return lower_unsupported(L, e, "this slice expression");
    }
    IRInstr *lo_raw = e->y ? lower_index_raw(L, e->y) : k_int(0);
    IRInstr *hi_raw = e->z ? lower_index_raw(L, e->z) : len;
    IRInstr *max_raw = e->slice3 && e->w ? lower_index_raw(L, e->w) : cap;
    IRInstr *chk;
    if (e->slice3) {
        IRInstr *v[4] = { lo_raw, hi_raw, max_raw, cap };
        chk = emit(L, IR_SLICECHECK, NULL, e->pos, 4, v);
        chk->index = kind == 0 ? 2 : 3;
    } else {
        chk = emit3(L, IR_SLICECHECK, NULL, e->pos, lo_raw, hi_raw, kind == 0 ? cap : len);
        chk->index = kind;
    }
    IRInstr *lo = emit_convert(L, lo_raw, t_int, e->pos);
    IRInstr *hi = emit_convert(L, hi_raw, t_int, e->pos);
    IRInstr *max = emit_convert(L, max_raw, t_int, e->pos);
    IRInstr *nlen = emit_binop(L, TK_SUB, t_int, hi, lo, e->pos);
    IRInstr *ncap = type_is_string(rt) ? NULL : emit_binop(L, TK_SUB, t_int, max, lo, e->pos);
    /* As gc does, an empty result (no capacity left; for strings, no length) keeps the base
     * pointer instead of pointing one past the end of the underlying object: the offset is
     * masked with -(room > 0), computed branch-free as (0 - room) >> 63. */
    bool lo_zero = lo->op == IR_CONST && !lo->block && (!lo->cv || cv_int64(lo->cv) == 0);
    IRInstr *off = lo;
    if (!lo_zero) {
        IRInstr *room = ncap ? ncap : nlen;
        IRInstr *mask = emit_binop(L, TK_SHR, t_int, emit_binop(L, TK_SUB, t_int, k_int(0), room, e->pos), k_int(63), e->pos);
        off = emit_binop(L, TK_AND, t_int, lo, mask, e->pos);
    }
    IRInstr *p = emit2(L, IR_INDEXADDR, type_pointer(elem), e->pos, base, off);
    p->elem = elem;
    if (type_is_string(rt)) return emit2(L, IR_MAKE, rt, e->pos, p, nlen);
    return emit3(L, IR_MAKE, rt, e->pos, p, nlen, ncap);
}

/* ---- operators --------------------------------------------------------------------------- */

static IRInstr *short_circuit(Lower *L, Node *e) {
    bool is_and = e->op == TK_LAND;
    Type *t = value_type(e->type);
    IRInstr *tmp = emit_temp(L, t, e->pos);
    IRInstr *x = lower_cond(L, e->x);
    emit_store(L, tmp, emit_convert(L, x, t, e->pos), e->pos);
    IRBlock *rhs = new_block(L, is_and ? "and.rhs" : "or.rhs");
    IRBlock *done = new_block(L, is_and ? "and.done" : "or.done");
    if (is_and) emit_branch(L, x, rhs, done, e->pos);
    else emit_branch(L, x, done, rhs, e->pos);
    set_block(L, rhs);
    IRInstr *y = lower_cond(L, e->y);
    emit_store(L, tmp, emit_convert(L, y, t, e->pos), e->pos);
    emit_jump(L, done, e->pos);
    set_block(L, done);
    return emit_load(L, tmp, t, e->pos);
}

static bool is_comparison(Tok op) {
    return op == TK_EQL || op == TK_NEQ || op == TK_LSS || op == TK_LEQ || op == TK_GTR || op == TK_GEQ;
}

static IRInstr *compare(Lower *L, Tok op, IRInstr *x, Type *xt, IRInstr *y, Type *yt, Pos pos, Node *site) {
    bool xnil = xt && xt->kind == T_UNTYPED_NIL, ynil = yt && yt->kind == T_UNTYPED_NIL;
    if (xnil && ynil) return k_bool(op == TK_EQL);
    if (xnil) { x = k_zero(value_type(yt)); xt = yt; }
    if (ynil) { y = k_zero(value_type(xt)); yt = xt; }
    if (xt && yt && type_is_interface(xt) != type_is_interface(yt)) {
        /* mixed comparison: the concrete operand is converted to the interface type */
        if (type_is_interface(xt)) { y = lower_to_iface(L, y, yt, xt, pos, site); yt = xt; }
        else { x = lower_to_iface(L, x, xt, yt, pos, site); xt = yt; }
    }
    if (xt && yt && type_is_interface(xt) && type_is_interface(yt) &&
        (under(xt)->nimethods == 0) != (under(yt)->nimethods == 0)) {
        /* an empty and a non-empty interface: compare both as empty interfaces, whose first
         * word is the dynamic type itself (codegen compares non-empty ones through itabs) */
        if (under(xt)->nimethods) { x = lower_to_iface(L, x, xt, yt, pos, site); xt = yt; }
        else { y = lower_to_iface(L, y, yt, xt, pos, site); yt = xt; }
    }
    Type *ut = xt ? under(xt) : NULL;
    if (ut && (ut->kind == T_SLICE) && (xnil || ynil)) {
        /* only a slice's pointer says whether it is nil */
        x = emit_extract(L, x, 0, t_unsafeptr, pos);
        y = k_zero(t_unsafeptr);
    }
    if (xt && type_is_string(xt) && op != TK_EQL && op != TK_NEQ) {
        IRInstr *c = emit2(L, IR_STRCMP, t_int, pos, x, y);
        return emit_cmp(L, op, c, k_int(0), pos);
    }
    return emit_cmp(L, op, x, y, pos);
}

IRInstr *lower_binary_values(Lower *L, Tok op, Type *t, IRInstr *x, Type *xt, IRInstr *y, Type *yt,
                             Pos pos, Node *site) {
    if (is_comparison(op)) return compare(L, op, x, xt, y, yt, pos, site);
    t = value_type(t);
    if (op == TK_ADD && type_is_string(t)) {
        IRInstr *parts[2] = { x, y };
        return lower_concat(L, parts, 2, t, pos, site);
    }
    if (op != TK_SHL && op != TK_SHR) {
        x = lower_conversion(L, x, xt, t, pos, site);
        y = lower_conversion(L, y, yt, t, pos, site);
    } else {
        x = lower_conversion(L, x, xt, t, pos, site);
        if (yt && type_is_untyped(yt)) y = lower_conversion(L, y, yt, t_uint, pos, site);
    }
    return emit_binop(L, op, t, x, y, pos);
}

/* a + b + c on strings is one concatenation: collect the operands left to right. */
static void collect_concat(Lower *L, Node *e, Vec *parts) {
    Node *u = e;
    if (u->kind == N_BINARY && u->op == TK_ADD && u->mode != MODE_CONST && u->type && type_is_string(u->type)) {
        collect_concat(L, u->x, parts);
        collect_concat(L, u->y, parts);
        return;
    }
    vec_push(parts, lower_expr(L, e));
}

static IRInstr *str_len(Lower *L, IRInstr *s, Pos pos) {
    if (s && s->op == IR_CONST && !s->block) return k_int(s->cv ? (int64_t)s->cv->slen : 0);
    return emit_extract(L, s, 1, t_int, pos);
}

IRInstr *lower_concat(Lower *L, IRInstr **parts, int n, Type *t, Pos pos, Node *site) {
    IRInstr **lens = xcalloc(n, sizeof(IRInstr *));
    IRInstr *total = NULL;
    for (int i = 0; i < n; i++) {
        lens[i] = str_len(L, parts[i], pos);
        total = total ? emit_binop(L, TK_ADD, t_int, total, lens[i], pos) : lens[i];
    }
    IRInstr *buf = emit_alloc(L, ALLOC_STRBUF, t_uint8, total, pos, site);
    IRInstr *off = k_int(0);
    for (int i = 0; i < n; i++) {
        IRInstr *dst = emit2(L, IR_INDEXADDR, ptr_to_byte(), pos, buf, off);
        dst->elem = t_uint8;
        IRInstr *src = emit_extract(L, parts[i], 0, ptr_to_byte(), pos);
        emit3(L, IR_MEMMOVE, NULL, pos, dst, src, lens[i]);
        if (i < n - 1) off = emit_binop(L, TK_ADD, t_int, off, lens[i], pos);
    }
    free(lens);
    return emit2(L, IR_MAKE, t, pos, buf, total);
}

static IRInstr *binary_expr(Lower *L, Node *e) {
    if (e->op == TK_LAND || e->op == TK_LOR) return short_circuit(L, e);
    Type *t = value_type(e->type);
    if (e->op == TK_ADD && t && type_is_string(t)) {
        Vec parts = {0};
        collect_concat(L, e, &parts);
        IRInstr *r = lower_concat(L, (IRInstr **)parts.data, parts.len, t, e->pos, e);
        free(parts.data);
        return r;
    }
    IRInstr *x = lower_expr(L, e->x);
    IRInstr *y = lower_expr(L, e->y);
    return lower_binary_values(L, e->op, t, x, e->x->type, y, e->y->type, e->pos, e);
}

static IRInstr *unary_expr(Lower *L, Node *e) {
    Type *t = value_type(e->type);
    switch (e->op) {
    case TK_AND: {
        Node *x = unparen(e->x);
        if (x->kind == N_COMPOSITE) return lower_composite_addr(L, x, e);
        return lower_addr(L, x);
    }
    case TK_ADD: return lower_conversion(L, lower_expr(L, e->x), e->x->type, t, e->pos, e);
    case TK_SUB: case TK_XOR: case TK_NOT: {
        IRInstr *v = lower_conversion(L, lower_expr(L, e->x), e->x->type, t, e->pos, e);
        IRInstr *in = emit1(L, IR_UNOP, t, e->pos, v);
        in->op2 = e->op;
        return in;
    }
    case TK_ARROW: return lower_chan_recv(L, e, NULL);
    default: return lower_unsupported(L, e, "this operator");
    }
}

/* ---- entry points ------------------------------------------------------------------------ */

static IRInstr *ident_value(Lower *L, Node *e, Obj *o) {
    if (!o) return lower_unsupported(L, e, "this identifier");
    switch (o->kind) {
    case OBJ_VAR: {
        IRInstr *a = var_addr(L, o, e->pos);
        return a ? emit_load(L, a, o->type, e->pos) : NULL;
    }
    case OBJ_NIL: return k_zero(value_type(e->type));
    case OBJ_CONST: return k_const(e->type ? e->type : o->type, o->cv);
    case OBJ_FUNC:
        if (!o->ir) return lower_unsupported(L, e, "this function value");
        return k_funcval(o->ir, o->type);
    default: return lower_unsupported(L, e, "this identifier");
    }
}

IRInstr *lower_expr(Lower *L, Node *e) {
    if (!e) return NULL;
    if (L->defer_subst) { IRInstr *v = lower_defer_subst(L, e, false); if (v) return v; }
    if (e->mode == MODE_CONST && e->cv) return k_const(e->type, e->cv);
    switch (e->kind) {
    case N_PAREN: return lower_expr(L, e->x);
    case N_IDENT:
        if (e->name && !strcmp(e->name, "_")) return NULL;
        return ident_value(L, e, e->obj);
    case N_BASICLIT: return lower_unsupported(L, e, "this literal");
    case N_SELECTOR:
        if (is_pkg_member(e)) return ident_value(L, e, e->obj);
        if (!e->sel) return lower_unsupported(L, e, "this selector");
        if (e->sel->kind == SEL_FIELD) {
            IRInstr *a = selector_addr(L, e);
            return a ? emit_load(L, a, value_type(e->type), e->pos) : NULL;
        }
        return lower_method_value(L, e);
    case N_INDEX:
        if (e->obj && e->obj->kind == OBJ_FUNC) return ident_value(L, e, e->obj); /* F[int] (generics) */
        return index_value(L, e);
    case N_SLICE: return slice_expr(L, e);
    case N_STAR: {
        IRInstr *p = lower_expr(L, e->x);
        emit1(L, IR_NILCHECK, NULL, e->pos, p);
        return emit_load(L, p, value_type(e->type), e->pos);
    }
    case N_UNARY: return unary_expr(L, e);
    case N_BINARY: return binary_expr(L, e);
    case N_CALL: return lower_call(L, e);
    case N_COMPOSITE: return lower_composite(L, e);
    case N_FUNCLIT: return lower_funclit(L, e);
    case N_TYPEASSERT: return lower_type_assert(L, e, NULL);
    case N_KEYVALUE: return lower_unsupported(L, e, "key:value here");
    default: return lower_unsupported(L, e, "this expression");
    }
}

IRInstr *lower_addr(Lower *L, Node *e) {
    if (L->defer_subst) { IRInstr *v = lower_defer_subst(L, e, true); if (v) return v; }
    switch (e->kind) {
    case N_PAREN: return lower_addr(L, e->x);
    case N_IDENT:
        if (e->obj && e->obj->kind == OBJ_VAR) return var_addr(L, e->obj, e->pos);
        break;
    case N_SELECTOR:
        if (is_pkg_member(e)) {
            if (e->obj && e->obj->kind == OBJ_VAR) return var_addr(L, e->obj, e->pos);
            break;
        }
        if (e->sel && e->sel->kind == SEL_FIELD) return selector_addr(L, e);
        break;
    case N_INDEX:
        if (e->x && !type_is_string(e->x->type)) return index_addr(L, e);
        break;
    case N_STAR: {
        IRInstr *p = lower_expr(L, e->x);
        emit1(L, IR_NILCHECK, NULL, e->pos, p);
        return p;
    }
    default: break;
    }
    /* not addressable (the checker allows this only where Go copies the value) */
    IRInstr *v = lower_expr(L, e);
    Type *t = value_type(e->type);
    if (!t) return NULL;
    IRInstr *tmp = emit_temp(L, t, e->pos);
    emit_store(L, tmp, v, e->pos);
    return tmp;
}

IRInstr *lower_addr_or_spill(Lower *L, Node *e) { return lower_addr(L, e); }
