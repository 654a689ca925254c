/* lower_lit.c — composite literals.
 *
 *   &T{...}      ALLOC_COMPOSITE of T, then a STORE per given element (memory is zeroed)
 *   []T{...}     ALLOC_SLICELIT of T with a constant count, STOREs, MAKE slice
 *   T{...} value small structs and arrays: MAKE from the elements (zero for omitted ones);
 *                larger arrays: built in an ALLOC_TEMP and loaded
 * Elements whose type is elided ({1, 2} inside [][]int{...}, or {...} standing for &T{...}
 * in a []*T literal) are lowered like the explicit forms. Map literals: lower_map.c. */
#include "lower.h"
#include "constant.h"

#include <string.h>

enum { MAKE_LIMIT = 16 }; /* arrays up to this many elements are built with one MAKE */

static Node *unparen(Node *e) {
    while (e && e->kind == N_PAREN) e = e->x;
    return e;
}

static int field_index(Type *st, Node *key) {
    const char *name = key && key->kind == N_IDENT ? key->name : NULL;
    for (int i = 0; name && i < st->nfields; i++)
        if (st->fields[i].name && !strcmp(st->fields[i].name, name)) return i;
    return -1;
}

/* Index of each array/slice element (keys are constants) and the literal's length. */
static int64_t *element_indices(Node *lit, int64_t *len_out) {
    int64_t *idx = xcalloc(lit->list.len ? lit->list.len : 1, sizeof(int64_t));
    int64_t next = 0, max = 0;
    for (int i = 0; i < lit->list.len; i++) {
        Node *el = VEC_AT(lit->list, i);
        if (el->kind == N_KEYVALUE && el->x && el->x->cv) next = cv_int64(el->x->cv);
        idx[i] = next++;
        if (next > max) max = next;
    }
    *len_out = max;
    return idx;
}

/* The value of one element for a slot of type t: nested literals with elided types too. */
static IRInstr *element_value(Lower *L, Node *v, Type *t) {
    Node *u = unparen(v);
    if (u->kind == N_COMPOSITE && !u->x && under(t)->kind == T_POINTER && !(u->type && under(u->type)->kind != T_POINTER)) {
        /* {...} standing for &T{...} */
        Type *et = under(t)->elem;
        IRInstr *mem = emit_alloc(L, ALLOC_COMPOSITE, et, NULL, u->pos, u);
        lower_composite_into(L, u, et, mem);
        return mem;
    }
    return lower_expr_to(L, v, t);
}

static void store_element(Lower *L, Node *v, Type *t, IRInstr *slot) {
    Node *u = unparen(v);
    TypeKind k = under(t)->kind;
    if (u->kind == N_COMPOSITE && (k == T_STRUCT || k == T_ARRAY) &&
        (!u->type || type_identical(u->type, t))) {
        lower_composite_into(L, u, t, slot); /* nested struct/array literal straight into its slot */
        return;
    }
    emit_store(L, slot, element_value(L, v, t), v->pos);
}

void lower_composite_into(Lower *L, Node *lit, Type *t, IRInstr *addr) {
    Type *u = under(t);
    if (u->kind == T_STRUCT) {
        for (int i = 0; i < lit->list.len; i++) {
            Node *el = VEC_AT(lit->list, i);
            int fi = i;
            Node *v = el;
            if (el->kind == N_KEYVALUE) { fi = field_index(u, el->x); v = el->y; }
            if (fi < 0 || fi >= u->nfields) { diag_unsupported(el->pos, "this struct literal"); continue; }
            IRInstr *fa = emit1(L, IR_FIELDADDR, type_pointer(u->fields[fi].type), el->pos, addr);
            fa->index = fi;
            store_element(L, v, u->fields[fi].type, fa);
        }
        return;
    }
    if (u->kind == T_ARRAY || u->kind == T_SLICE) {
        int64_t n;
        int64_t *idx = element_indices(lit, &n);
        for (int i = 0; i < lit->list.len; i++) {
            Node *el = VEC_AT(lit->list, i);
            Node *v = el->kind == N_KEYVALUE ? el->y : el;
            IRInstr *slot = emit2(L, IR_INDEXADDR, type_pointer(u->elem), el->pos, addr, k_int(idx[i]));
            slot->elem = u->elem;
            store_element(L, v, u->elem, slot);
        }
        free(idx);
        return;
    }
    if (u->kind == T_MAP) { emit_store(L, addr, lower_map_lit(L, lit, t), lit->pos); return; }
    /* a literal whose type is a pointer (elided &T) */
    if (u->kind == T_POINTER) {
        IRInstr *mem = emit_alloc(L, ALLOC_COMPOSITE, u->elem, NULL, lit->pos, lit);
        lower_composite_into(L, lit, u->elem, mem);
        emit_store(L, addr, mem, lit->pos);
        return;
    }
    diag_unsupported(lit->pos, "this composite literal");
}

static IRInstr *slice_literal(Lower *L, Node *lit, Type *t) {
    Type *elem = under(t)->elem;
    int64_t n;
    free(element_indices(lit, &n));
    if (n == 0 && lit->list.len == 0) {
        /* []T{} is not nil: give it a zero-length backing array */
    }
    IRInstr *mem = emit_alloc(L, ALLOC_SLICELIT, elem, k_int(n), lit->pos, lit);
    lower_composite_into(L, lit, t, mem);
    return emit3(L, IR_MAKE, t, lit->pos, mem, k_int(n), k_int(n));
}

IRInstr *lower_composite(Lower *L, Node *lit) {
    Type *t = value_type(lit->type);
    if (!t) return lower_unsupported(L, lit, "this composite literal");
    Type *u = under(t);
    switch (u->kind) {
    case T_SLICE: return slice_literal(L, lit, t);
    case T_MAP: return lower_map_lit(L, lit, t);
    case T_POINTER: return lower_composite_addr(L, lit, lit);
    case T_STRUCT: {
        IRInstr **vals = xcalloc(u->nfields ? u->nfields : 1, sizeof(IRInstr *));
        for (int i = 0; i < lit->list.len; i++) {
            Node *el = VEC_AT(lit->list, i);
            int fi = i;
            Node *v = el;
            if (el->kind == N_KEYVALUE) { fi = field_index(u, el->x); v = el->y; }
            if (fi < 0 || fi >= u->nfields) { diag_unsupported(el->pos, "this struct literal"); continue; }
            vals[fi] = element_value(L, v, u->fields[fi].type);
        }
        for (int i = 0; i < u->nfields; i++)
            if (!vals[i]) vals[i] = k_zero(u->fields[i].type);
        IRInstr *r = emit(L, IR_MAKE, t, lit->pos, u->nfields, vals);
        free(vals);
        return r;
    }
    case T_ARRAY:
        if (u->len <= MAKE_LIMIT) {
            int64_t n;
            int64_t *idx = element_indices(lit, &n);
            IRInstr **vals = xcalloc(u->len ? u->len : 1, sizeof(IRInstr *));
            for (int i = 0; i < lit->list.len; i++) {
                Node *el = VEC_AT(lit->list, i);
                Node *v = el->kind == N_KEYVALUE ? el->y : el;
                if (idx[i] >= 0 && idx[i] < u->len) vals[idx[i]] = element_value(L, v, u->elem);
            }
            for (int64_t i = 0; i < u->len; i++)
                if (!vals[i]) vals[i] = k_zero(u->elem);
            IRInstr *r = emit(L, IR_MAKE, t, lit->pos, (int)u->len, vals);
            free(vals);
            free(idx);
            return r;
        } else {
            IRInstr *tmp = emit_temp(L, t, lit->pos);
            lower_composite_into(L, lit, t, tmp);
            return emit_load(L, tmp, t, lit->pos);
        }
    default:
        return lower_unsupported(L, lit, "this composite literal");
    }
}

IRInstr *lower_composite_addr(Lower *L, Node *lit, Node *site) {
    Type *t = value_type(lit->type);
    if (!t) return lower_unsupported(L, lit, "this composite literal");
    if (under(t)->kind == T_POINTER) t = under(t)->elem; /* elided &T */
    if (under(t)->kind == T_MAP) { /* &map[K]V{...}: a variable holding the new map */
        IRInstr *var = emit_alloc(L, ALLOC_COMPOSITE, t, NULL, site ? site->pos : lit->pos, site);
        emit_store(L, var, lower_map_lit(L, lit, t), lit->pos);
        return var;
    }
    /* gc reports &T{...} at the '&' (the site), T{...} at its '{' */
    IRInstr *mem = emit_alloc(L, ALLOC_COMPOSITE, t, NULL, site ? site->pos : lit->pos, site);
    lower_composite_into(L, lit, t, mem);
    return mem;
}
