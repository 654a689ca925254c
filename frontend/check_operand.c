/* check_operand.c — selectors (package members, fields, methods), index and slice
 * expressions, composite literals and type assertions. */
#include <string.h>

#include "check.h"

static void set_invalid(Node *e) {
    e->mode = MODE_INVALID;
    e->type = t_invalid;
}

static bool is_exported(const char *name) { return name[0] >= 'A' && name[0] <= 'Z'; }

/* ---- selectors ---- */

static Pos name_pos(Node *e) { return e->name_node ? e->name_node->pos : e->pos; }

static void select_package_member(Checker *c, Node *e, Obj *pkgobj) {
    Package *p = pkgobj->imported;
    pkgobj->used = true;
    if (!p->scope) { /* a package that failed to load: already reported */
        set_invalid(e);
        return;
    }
    Obj *m = p->scope ? scope_lookup_local(p->scope, e->name) : NULL;
    if (!m || (!is_exported(e->name) && p != c->pkg)) {
        if (m || (!is_exported(e->name) && p->scope))
            diag_error(name_pos(e), "name %s not exported by package %s", e->name, p->name);
        else
            diag_error(name_pos(e), "undefined: %s.%s", pkgobj->name, e->name);
        set_invalid(e);
        return;
    }
    e->obj = m;
    e->type = m->type ? m->type : t_invalid;
    switch (m->kind) {
    case OBJ_CONST: e->mode = MODE_CONST; e->cv = m->cv; break;
    case OBJ_VAR: e->mode = MODE_VAR; break;
    case OBJ_FUNC: e->mode = MODE_VALUE; break;
    case OBJ_TYPE: e->mode = MODE_TYPE; break;
    case OBJ_BUILTIN: e->mode = MODE_BUILTIN; break;
    default: set_invalid(e); break;
    }
}

/* The interface type an interface-method selection ends at (walking embedded fields). */
static Type *selection_iface(Type *t, Selection *s) {
    Type *cur = under(t)->kind == T_POINTER ? under(t)->elem : t;
    for (int i = 0; i < s->npath; i++) {
        Type *u = under(cur);
        if (u->kind != T_STRUCT || s->path[i] >= u->nfields) return NULL;
        cur = u->fields[s->path[i]].type;
        if (under(cur)->kind == T_POINTER) cur = under(cur)->elem;
    }
    Type *iu = under(cur);
    if (iu->kind != T_INTERFACE || s->method_index >= iu->nimethods) return NULL;
    return iu;
}

void check_selector(Checker *c, Node *e) {
    Node *x = e->x;
    if (x->kind == N_IDENT) {
        Obj *o = NULL;
        for (Scope *s = c->scope ? c->scope : c->file_scope; s && !o; s = s->parent)
            o = scope_lookup_local(s, x->name);
        if (o && o->kind == OBJ_PKG) {
            x->obj = o;
            x->mode = MODE_PKG;
            select_package_member(c, e, o);
            return;
        }
    }
    check_expr_or_type(c, x);
    if (x->mode == MODE_INVALID) {
        set_invalid(e);
        return;
    }
    if (x->mode == MODE_BUILTIN || x->mode == MODE_NOVALUE) {
        diag_error(spos(x), "%s is not an expression", expr_string(x));
        set_invalid(e);
        return;
    }
    Type *t = x->type;
    bool amb;
    Selection *s = lookup_field_or_method(c, t, e->name, &amb);
    if (x->mode == MODE_TYPE) {
        /* method expression T.m */
        if (!s || s->kind != SEL_METHOD) {
            diag_error(name_pos(e), "%s undefined (type %s has no method %s)", expr_string(e), tstr(c, t), e->name);
            set_invalid(e);
            return;
        }
        Type *iface = s->obj ? NULL : selection_iface(t, s);
        if (!s->obj && (!iface || under(t)->kind == T_POINTER)) {
            diag_error(name_pos(e), "invalid method expression %s (needs pointer receiver (*%s).%s)", expr_string(e),
                       tstr(c, t), e->name);
            set_invalid(e);
            return;
        }
        Type *sig = s->obj ? s->obj->type : iface->imethods[s->method_index].sig;
        if (s->obj && s->obj->ptr_recv && under(t)->kind != T_POINTER && !s->indirect) {
            diag_error(name_pos(e), "invalid method expression %s (needs pointer receiver (*%s).%s)", expr_string(e),
                       tstr(c, t), e->name);
            set_invalid(e);
            return;
        }
        Field *params = xcalloc((size_t)sig->nfields + 1, sizeof *params);
        params[0].name = "";
        params[0].type = t;
        for (int i = 0; i < sig->nfields; i++) params[i + 1] = sig->fields[i];
        s->kind = SEL_METHODEXPR;
        s->recv = t;
        e->sel = s;
        e->type = type_func(params, sig->nfields + 1, sig->results, sig->nresults, sig->variadic);
        e->mode = MODE_VALUE;
        return;
    }
    if (!s) {
        if (amb) diag_error(name_pos(e), "ambiguous selector %s", expr_string(e));
        else if (under(t)->kind == T_POINTER && under(under(t)->elem)->kind == T_POINTER)
            diag_error(name_pos(e), "%s undefined (type %s has no field or method %s)", expr_string(e), tstr(c, t), e->name);
        else if (under(t)->kind == T_POINTER && under(under(t)->elem)->kind == T_INTERFACE)
            diag_error(name_pos(e), "%s undefined (type %s is pointer to interface, not interface)", expr_string(e),
                       tstr(c, t));
        else {
            /* gc points out a field/method differing only in capitalisation */
            bool amb2;
            char *alt = xstrdup(e->name);
            alt[0] = (char)(is_exported(alt) ? alt[0] - 'A' + 'a' : (alt[0] >= 'a' && alt[0] <= 'z') ? alt[0] - 'a' + 'A' : alt[0]);
            Selection *s2 = strcmp(alt, e->name) ? lookup_field_or_method(c, t, alt, &amb2) : NULL;
            if (s2)
                diag_error(name_pos(e), "%s undefined (type %s has no field or method %s, but does have %s %s)",
                           expr_string(e), tstr(c, t), e->name, s2->kind == SEL_FIELD ? "field" : "method", alt);
            else
                diag_error(name_pos(e), "%s undefined (type %s has no field or method %s)", expr_string(e), tstr(c, t),
                           e->name);
        }
        set_invalid(e);
        return;
    }
    s->recv = t;
    e->sel = s;
    if (s->kind == SEL_FIELD) {
        e->obj = s->obj;
        e->type = s->obj ? s->obj->type : t_invalid;
        bool through_ptr = s->indirect || under(t)->kind == T_POINTER;
        e->mode = (x->mode == MODE_VAR || through_ptr) ? MODE_VAR : MODE_VALUE;
        return;
    }
    /* method value or call target */
    if (s->obj) {
        Obj *m = s->obj;
        e->obj = m;
        e->type = m->type;
        e->mode = MODE_VALUE;
        /* find whether the receiver, at the end of the path, is a pointer */
        bool recv_is_ptr = under(t)->kind == T_POINTER;
        Type *cur = recv_is_ptr ? under(t)->elem : t;
        for (int i = 0; i < s->npath; i++) {
            Type *ft = under(cur)->fields[s->path[i]].type;
            recv_is_ptr = ft->kind == T_POINTER;
            cur = recv_is_ptr ? ft->elem : ft;
        }
        if (m->ptr_recv && !recv_is_ptr) {
            bool addressable = x->mode == MODE_VAR || s->indirect;
            if (!addressable) {
                diag_error(name_pos(e), "cannot call pointer method %s on %s", e->name, tstr(c, cur));
                set_invalid(e);
                return;
            }
            s->addr_recv = true;
            if (!s->indirect) mark_addr_taken(x);
        } else if (!m->ptr_recv && recv_is_ptr) {
            s->deref_recv = true;
        }
    } else {
        Type *iu = selection_iface(t, s);
        if (!iu) {
            diag_error(name_pos(e), "%s undefined (type %s has no field or method %s)", expr_string(e), tstr(c, t),
                       e->name);
            set_invalid(e);
            return;
        }
        e->type = iu->imethods[s->method_index].sig;
        e->mode = MODE_VALUE;
    }
}

/* ---- index and slice ---- */

/* Checks expressions only for their own errors and to mark variables used, when the
 * enclosing expression is already invalid (types2's "use"). */
static void use_expr(Checker *c, Node *e) {
    if (!e) return;
    if (e->kind == N_KEYVALUE) {
        if (e->x && e->x->kind != N_IDENT) use_expr(c, e->x);
        use_expr(c, e->y);
        return;
    }
    if (e->kind == N_COMPOSITE && !e->x) {
        for (int i = 0; i < e->list.len; i++) use_expr(c, e->list.data[i]);
        return;
    }
    check_multi_expr(c, e);
}

/* Checks an index operand; returns its constant value or -1 when not constant, -2 on error. */
static int64_t check_index_value(Checker *c, Node *i, int64_t length, const char *what) {
    check_expr(c, i, NULL);
    if (i->mode == MODE_INVALID) return -2;
    if (i->mode == MODE_CONST && type_is_untyped(i->type)) {
        ConstVal *iv = cv_to_kind(i->cv, CV_INT);
        if (!iv) {
            if (type_is_numeric(i->type))
                diag_error(spos(i), "invalid argument: %s %s truncated to int", what, operand_string(c, i));
            else
                diag_error(spos(i), "invalid argument: %s %s must be integer", what, operand_string(c, i));
            return -2;
        }
        i->cv = iv;
        convert_untyped(c, i, t_int);
        i->type = t_int;
    }
    if (!type_is_integer(i->type)) {
        diag_error(spos(i), "invalid argument: %s %s must be integer", what, operand_string(c, i));
        return -2;
    }
    if (i->mode != MODE_CONST) return -1;
    if (bi_sign(i->cv->i) < 0) {
        diag_error(spos(i), "invalid argument: %s %s must not be negative", what, operand_string(c, i));
        return -2;
    }
    if (!bi_fits_int64(i->cv->i)) return -2;
    int64_t v = bi_to_int64(i->cv->i);
    if (length >= 0 && v >= length) {
        diag_error(spos(i), "invalid argument: %s %s out of bounds [0:%lld]", what, expr_string(i), (long long)length);
        return -2;
    }
    return v;
}

void check_index(Checker *c, Node *e) {
    Node *x = e->x;
    if (generic_check_index(c, e)) return; /* F[int], T[int] (check_generic.c) */
    check_expr_or_type(c, x);
    if (x->mode == MODE_INVALID) {
        for (int i = 0; i < e->list.len; i++) use_expr(c, e->list.data[i]);
        set_invalid(e);
        return;
    }
    if (e->list.len != 1 || x->mode == MODE_TYPE || (x->type && under(x->type)->kind == T_FUNC)) {
        diag_unsupported(e->pos, "generic instantiation");
        set_invalid(e);
        return;
    }
    Node *idx = e->list.data[0];
    Type *u = under(x->type);
    switch (u->kind) {
    case T_STRING: case T_UNTYPED_STRING: {
        int64_t len = (x->mode == MODE_CONST && x->cv) ? (int64_t)x->cv->slen : -1;
        int64_t v = check_index_value(c, idx, len, "index");
        if (v == -2) { set_invalid(e); return; }
        if (x->mode == MODE_CONST && type_is_untyped(x->type)) convert_untyped(c, x, t_string);
        e->mode = MODE_VALUE;
        e->type = t_byte;
        if (x->mode == MODE_CONST && v >= 0) {
            e->mode = MODE_CONST;
            e->cv = cv_make_int64((unsigned char)x->cv->s[v]);
            e->mode = MODE_VALUE; /* indexing a constant string is not a constant */
        }
        return;
    }
    case T_ARRAY: {
        if (check_index_value(c, idx, u->len, "index") == -2) { set_invalid(e); return; }
        e->mode = x->mode == MODE_VAR ? MODE_VAR : MODE_VALUE;
        e->type = u->elem;
        return;
    }
    case T_POINTER:
        if (under(u->elem)->kind == T_ARRAY) {
            Type *a = under(u->elem);
            if (check_index_value(c, idx, a->len, "index") == -2) { set_invalid(e); return; }
            e->mode = MODE_VAR;
            e->type = a->elem;
            return;
        }
        break;
    case T_SLICE:
        if (check_index_value(c, idx, -1, "index") == -2) { set_invalid(e); return; }
        e->mode = MODE_VAR;
        e->type = u->elem;
        return;
    case T_MAP:
        check_expr(c, idx, u->key);
        if (idx->mode == MODE_INVALID || !assign_to(c, idx, u->key, "map index")) { set_invalid(e); return; }
        e->mode = MODE_MAPINDEX;
        e->type = u->elem;
        return;
    default: break;
    }
    diag_error(spos(x), "invalid operation: cannot index %s", operand_string(c, x));
    set_invalid(e);
}

void check_slice_expr(Checker *c, Node *e) {
    Node *x = e->x;
    check_expr(c, x, NULL);
    if (x->mode == MODE_INVALID) {
        use_expr(c, e->y);
        use_expr(c, e->z);
        use_expr(c, e->w);
        set_invalid(e);
        return;
    }
    Type *u = under(x->type);
    int64_t length = -1;
    switch (u->kind) {
    case T_STRING: case T_UNTYPED_STRING:
        if (e->slice3) {
            diag_error(spos(e), "invalid operation: 3-index slice of string");
            set_invalid(e);
            return;
        }
        if (x->mode == MODE_CONST && x->cv) length = (int64_t)x->cv->slen + 1;
        if (type_is_untyped(x->type)) convert_untyped(c, x, t_string);
        e->type = x->type;
        break;
    case T_ARRAY:
        if (x->mode != MODE_VAR) {
            diag_error(spos(e), "invalid operation: %s (slice of unaddressable value)", expr_string(e));
            set_invalid(e);
            return;
        }
        mark_addr_taken(x);
        length = u->len + 1;
        e->type = type_slice(u->elem);
        break;
    case T_POINTER:
        if (under(u->elem)->kind == T_ARRAY) {
            length = under(u->elem)->len + 1;
            e->type = type_slice(under(u->elem)->elem);
            break;
        }
        /* fallthrough */
    default:
        if (u->kind == T_SLICE) {
            e->type = x->type;
            break;
        }
        diag_error(spos(x), "cannot slice %s", operand_string(c, x));
        set_invalid(e);
        return;
    }
    Node *parts[3] = {e->y, e->z, e->w};
    int64_t vals[3] = {-1, -1, -1};
    for (int i = 0; i < 3; i++) {
        if (!parts[i]) continue;
        vals[i] = check_index_value(c, parts[i], length, "index");
        if (vals[i] == -2) {
            set_invalid(e);
            return;
        }
    }
    for (int i = 0; i < 3; i++)
        for (int j = i + 1; j < 3; j++)
            if (vals[i] >= 0 && vals[j] >= 0 && vals[i] > vals[j]) {
                diag_error(parts[j]->pos, "invalid slice indices: %lld < %lld", (long long)vals[j], (long long)vals[i]);
                set_invalid(e);
                return;
            }
    e->mode = MODE_VALUE;
}

/* ---- composite literals ---- */

void check_composite(Checker *c, Node *e, Type *hint);

static void check_elem(Checker *c, Node *v, Type *t, const char *ctx) {
    if (v->kind == N_COMPOSITE && !v->x) {
        /* elided type: T{...} or &T{...} for a pointer element type */
        if (under(t)->kind == T_POINTER) {
            check_composite(c, v, under(t)->elem);
            if (v->mode != MODE_INVALID) v->type = t; /* lowering: an implicit &T{...} */
            return;
        }
        check_composite(c, v, t);
        return;
    }
    check_expr(c, v, t);
    if (v->mode == MODE_INVALID) return;
    assign_to(c, v, t, ctx);
}

static int64_t check_array_elems(Checker *c, Node *e, Type *elem, int64_t length) {
    int64_t idx = 0, max = 0;
    Vec seen = {0};
    for (int i = 0; i < e->list.len; i++) {
        Node *v = e->list.data[i];
        if (v->kind == N_KEYVALUE) {
            int64_t k = check_index_value(c, v->x, length, "index");
            if (k >= 0) {
                idx = k;
            } else if (k == -1) {
                diag_error(v->x->pos, "index %s must be integer constant", expr_string(v->x));
            }
            v->type = elem;
            v->mode = MODE_VALUE;
            check_elem(c, v->y, elem, "array or slice literal");
        } else {
            if (length >= 0 && idx >= length) {
                diag_error(spos(v), "index %lld is out of bounds (>= %lld)", (long long)idx, (long long)length);
            }
            check_elem(c, v, elem, "array or slice literal");
        }
        for (int s = 0; s < seen.len; s++)
            if ((int64_t)(intptr_t)seen.data[s] == idx + 1)
                diag_error(spos(v), "duplicate index %lld in array or slice literal", (long long)idx);
        vec_push(&seen, (void *)(intptr_t)(idx + 1));
        idx++;
        if (idx > max) max = idx;
    }
    return max;
}

void check_composite(Checker *c, Node *e, Type *hint) {
    Type *t = NULL;
    if (e->x) {
        Node *tx = e->x;
        if (tx->kind == N_ARRAYTYPE && tx->x && tx->x->kind == N_ELLIPSIS) {
            Type *el = check_type(c, tx->y);
            if (el == t_invalid) { set_invalid(e); return; }
            int64_t n = check_array_elems(c, e, el, -1);
            t = type_array(el, n);
            tx->type = t;
            tx->mode = MODE_TYPE;
            e->type = t;
            e->mode = MODE_VALUE;
            return;
        }
        t = check_type(c, tx);
    } else if (hint) {
        t = hint;
    } else {
        diag_error(spos(e), "invalid composite literal type: missing type");
        set_invalid(e);
        return;
    }
    if (t == t_invalid) {
        /* still check the elements for errors of their own and their uses */
        for (int i = 0; i < e->list.len; i++) use_expr(c, e->list.data[i]);
        set_invalid(e);
        return;
    }
    Type *u = under(t);
    e->type = t;
    e->mode = MODE_VALUE;
    switch (u->kind) {
    case T_STRUCT: {
        if (e->list.len == 0) return;
        bool keyed = ((Node *)e->list.data[0])->kind == N_KEYVALUE;
        if (keyed) {
            bool *set = xcalloc((size_t)u->nfields + 1, 1);
            for (int i = 0; i < e->list.len; i++) {
                Node *kv = e->list.data[i];
                if (kv->kind != N_KEYVALUE) {
                    diag_error(spos(kv), "mixture of field:value and value elements in struct literal");
                    continue;
                }
                Node *key = kv->x;
                if (key->kind != N_IDENT) {
                    diag_error(spos(key), "invalid field name %s in struct literal", expr_string(key));
                    continue;
                }
                int fi = -1;
                for (int f = 0; f < u->nfields; f++)
                    if (!strcmp(u->fields[f].name, key->name)) fi = f;
                if (fi < 0) {
                    diag_error(spos(key), "unknown field %s in struct literal of type %s", key->name, tstr(c, t));
                    check_expr(c, kv->y, NULL);
                    continue;
                }
                key->obj = u->fields[fi].obj;
                key->type = u->fields[fi].type;
                key->mode = MODE_VAR;
                if (set[fi]) diag_error(spos(key), "duplicate field name %s in struct literal", key->name);
                set[fi] = true;
                kv->type = u->fields[fi].type;
                check_elem(c, kv->y, u->fields[fi].type, "struct literal");
            }
        } else {
            for (int i = 0; i < e->list.len; i++) {
                Node *v = e->list.data[i];
                if (v->kind == N_KEYVALUE) {
                    diag_error(spos(v), "mixture of field:value and value elements in struct literal");
                    continue;
                }
                if (i >= u->nfields) {
                    diag_error(spos(v), "too many values in struct literal of type %s", tstr(c, t));
                    break;
                }
                check_elem(c, v, u->fields[i].type, "struct literal");
            }
            if (e->list.len < u->nfields)
                diag_error(e->end_pos.line ? e->end_pos : e->pos, "too few values in struct literal of type %s",
                           tstr(c, t));
        }
        return;
    }
    case T_ARRAY: check_array_elems(c, e, u->elem, u->len); return;
    case T_SLICE: check_array_elems(c, e, u->elem, -1); return;
    case T_MAP:
        for (int i = 0; i < e->list.len; i++) {
            Node *kv = e->list.data[i];
            if (kv->kind != N_KEYVALUE) {
                diag_error(spos(kv), "missing key in map literal");
                check_expr(c, kv, NULL);
                continue;
            }
            check_elem(c, kv->x, u->key, "map literal");
            check_elem(c, kv->y, u->elem, "map literal");
            /* constant keys must be distinct (gc: types2's duplicate key check) */
            Node *k = kv->x;
            for (int j = 0; k->mode == MODE_CONST && k->cv && j < i; j++) {
                Node *p = ((Node *)e->list.data[j])->x;
                if (p && p->mode == MODE_CONST && p->cv && p->cv->kind == k->cv->kind &&
                    type_identical(p->type, k->type) && cv_compare(TK_EQL, p->cv, k->cv)) {
                    diag_error(spos(k), "duplicate key %s in map literal", cv_string(k->cv));
                    break;
                }
            }
        }
        return;
    default:
        diag_error(spos(e), "invalid composite literal type %s", tstr(c, t));
        set_invalid(e);
        return;
    }
}

/* ---- type assertions ---- */

void check_type_assert(Checker *c, Node *e) {
    check_expr(c, e->x, NULL);
    if (e->x->mode == MODE_INVALID) {
        set_invalid(e);
        return;
    }
    if (!e->y) {
        diag_error(spos(e), "invalid syntax tree: use of .(type) outside type switch");
        set_invalid(e);
        return;
    }
    Type *xt = e->x->type;
    if (under(xt)->kind != T_INTERFACE) {
        diag_error(e->x->pos, "invalid operation: %s is not an interface", operand_string(c, e->x));
        set_invalid(e);
        return;
    }
    Type *t = check_type(c, e->y);
    if (t == t_invalid) {
        set_invalid(e);
        return;
    }
    if (under(t)->kind != T_INTERFACE) {
        char *why = missing_method_reason(c, t, xt);
        if (why) {
            diag_error(e->y->pos, "impossible type assertion: %s\n\t%s", expr_string(e), why);
            set_invalid(e);
            return;
        }
    }
    e->mode = MODE_COMMAOK;
    e->type = t;
}
