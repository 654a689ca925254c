/* check_assign.c — assignability, assignments (=, :=, op=), variable declarations with
 * their initialisers (single and multi-value), and the "cannot use" messages. */
#include <string.h>

#include "check.h"

static void set_invalid(Node *e) {
    e->mode = MODE_INVALID;
    e->type = t_invalid;
}

/* Defined types: declared ones and the predeclared basic types (bool, int, ...). */
static bool is_defined(Type *t) { return t->kind == T_NAMED || (t->kind >= T_BOOL && t->kind <= T_UNSAFEPTR); }

bool assignable(Checker *c, Node *x, Type *t, char **reason) {
    Type *v = x->type;
    if (reason) *reason = NULL;
    if (!v || !t || v == t_invalid || t == t_invalid) return true; /* silence cascades */
    if (type_identical(v, t)) return true;
    Type *vu = under(v), *tu = under(t);
    if (type_is_untyped(v)) {
        if (v->kind == T_UNTYPED_NIL) {
            switch (tu->kind) {
            case T_POINTER: case T_FUNC: case T_SLICE: case T_MAP: case T_CHAN: case T_INTERFACE: case T_UNSAFEPTR:
                return true;
            default: return false;
            }
        }
        if (tu->kind == T_INTERFACE) {
            Node tmp = *x;
            tmp.type = type_default(v);
            return assignable(c, &tmp, t, reason);
        }
        if (x->mode == MODE_CONST && x->cv) return cv_representable(x->cv, t, NULL) == REPR_OK;
        if (v->kind == T_UNTYPED_BOOL) return type_is_boolean(t);
        if (type_is_numeric(v)) return type_is_numeric(t);
        if (v->kind == T_UNTYPED_STRING) return type_is_string(t);
        return false;
    }
    if (type_identical(vu, tu) && (!is_defined(v) || !is_defined(t))) return true;
    if (tu->kind == T_INTERFACE) {
        if (c) {
            char *why = missing_method_reason(c, v, t);
            if (!why) return true;
            if (reason) *reason = why;
            return false;
        }
        const char *m;
        int w;
        return implements(v, t, &m, &w);
    }
    if (vu->kind == T_CHAN && vu->chan_dir == 0 && tu->kind == T_CHAN && type_identical(vu->elem, tu->elem) &&
        (!is_defined(v) || !is_defined(t)))
        return true;
    return false;
}

bool assign_to(Checker *c, Node *x, Type *t, const char *context) {
    if (x->mode == MODE_INVALID || !t || t == t_invalid) return false;
    if (x->mode == MODE_NOVALUE) {
        diag_error(spos(x), "%s (no value) used as value", expr_string(x));
        return false;
    }
    if (x->mode == MODE_TYPE) {
        diag_error(spos(x), "%s (type) is not an expression", expr_string(x));
        return false;
    }
    Type *v = x->type;
    if (type_is_untyped(v)) {
        Type *tu = under(t);
        if (v->kind == T_UNTYPED_NIL) {
            if (!assignable(c, x, t, NULL)) {
                diag_error(spos(x), "cannot use nil as %s value in %s", tstr(c, t), context);
                return false;
            }
            convert_untyped(c, x, t);
            return true;
        }
        if (tu->kind == T_INTERFACE) {
            Type *d = type_default(v);
            char *why = missing_method_reason(c, d, t);
            if (why) {
                diag_error(spos(x), "cannot use %s as %s value in %s: %s", operand_string(c, x), tstr(c, t), context, why);
                return false;
            }
            set_default_type(c, x);
            return true;
        }
        if (x->mode == MODE_CONST && x->cv) {
            ReprResult r = cv_representable(x->cv, t, NULL);
            if (r == REPR_OK && (type_is_numeric(v) == type_is_numeric(t))) {
                convert_untyped(c, x, t);
                return true;
            }
            const char *suffix = "";
            if (type_is_numeric(v) && type_is_numeric(t))
                suffix = (!type_is_integer(v) && type_is_integer(t)) ? " (truncated)" : " (overflows)";
            diag_error(spos(x), "cannot use %s as %s value in %s%s", operand_string(c, x), tstr(c, t), context, suffix);
            return false;
        }
        if (!assignable(c, x, t, NULL)) {
            diag_error(spos(x), "cannot use %s as %s value in %s", operand_string(c, x), tstr(c, t), context);
            return false;
        }
        convert_untyped(c, x, t);
        return true;
    }
    char *why = NULL;
    if (!assignable(c, x, t, &why)) {
        if (why)
            diag_error(spos(x), "cannot use %s as %s value in %s: %s", operand_string(c, x), tstr(c, t), context, why);
        else
            diag_error(spos(x), "cannot use %s as %s value in %s", operand_string(c, x), tstr(c, t), context);
        return false;
    }
    return true;
}

/* ---- variable initialisation ---- */

static const char *plural(int n, const char *word) { return n == 1 ? word : xsprintf("%ss", word); }

static void report_mismatch(Pos pos, int nl, Node *rhs0, int nr, bool is_call) {
    if (is_call)
        diag_error(pos, "assignment mismatch: %d %s but %s returns %d %s", nl, plural(nl, "variable"),
                   expr_string(rhs0->x), nr, plural(nr, "value"));
    else
        diag_error(pos, "assignment mismatch: %d %s but %d %s", nl, plural(nl, "variable"), nr, plural(nr, "value"));
}

/* Gives variable o the type of initialiser x (already checked) or checks x against it. */
static void init_var(Checker *c, Obj *o, Node *x, const char *context) {
    if (x->mode == MODE_INVALID) {
        if (!o->type) o->type = t_invalid;
        return;
    }
    if (o->type) {
        assign_to(c, x, o->type, context);
        return;
    }
    if (x->mode == MODE_NOVALUE) {
        diag_error(spos(x), "%s (no value) used as value", expr_string(x));
        o->type = t_invalid;
        return;
    }
    if (x->mode == MODE_TYPE) {
        diag_error(spos(x), "%s (type) is not an expression", expr_string(x));
        o->type = t_invalid;
        return;
    }
    if (x->type->kind == T_UNTYPED_NIL) {
        diag_error(spos(x), "use of untyped nil in %s", context);
        o->type = t_invalid;
        return;
    }
    if (x->mode == MODE_CONST && type_is_untyped(x->type)) {
        Type *d = type_default(x->type);
        if (!assign_to(c, x, d, context)) {
            o->type = d;
            return;
        }
    }
    set_default_type(c, x);
    o->type = x->type;
}

void init_vars(Checker *c, Obj **lhs, int n, Vec *rhs, Pos pos, const char *context, Node *type_expr) {
    Type *t = type_expr ? check_type(c, type_expr) : NULL;
    if (type_expr) for (int i = 0; i < n; i++) lhs[i]->type = t;
    int nr = rhs->len;
    if (nr == 0) {
        if (!t) for (int i = 0; i < n; i++) lhs[i]->type = t_invalid;
        return;
    }
    if (nr == n) {
        for (int i = 0; i < n; i++) {
            Node *x = rhs->data[i];
            if (n == 1 && !strcmp(context, "assignment")) {
                /* x := f() with f returning several values is an assignment mismatch
                 * (a var declaration reports a multi-value in single-value context) */
                check_multi_expr_hint(c, x, t);
                if (x->mode != MODE_INVALID && x->mode != MODE_NOVALUE && x->type && x->type->kind == T_TUPLE) {
                    report_mismatch(spos(x), 1, x, x->type->nfields, x->kind == N_CALL);
                    if (!lhs[0]->type) lhs[0]->type = t_invalid;
                    return;
                }
                expr_single_value(c, x);
            } else {
                check_expr(c, x, t);
            }
            init_var(c, lhs[i], x, context);
        }
        return;
    }
    if (nr == 1) {
        Node *x = rhs->data[0];
        check_multi_expr(c, x);
        if (x->mode == MODE_INVALID) {
            for (int i = 0; i < n; i++) if (!lhs[i]->type) lhs[i]->type = t_invalid;
            return;
        }
        if (x->type && x->type->kind == T_TUPLE && x->type->nfields == n) {
            for (int i = 0; i < n; i++) {
                Node tmp = *x;
                tmp.type = x->type->fields[i].type;
                tmp.mode = MODE_VALUE;
                if (lhs[i]->type) {
                    char *why;
                    if (!assignable(c, &tmp, lhs[i]->type, &why))
                        diag_error(spos(x), "cannot use %s (value of type %s) as %s value in %s", expr_string(x),
                                   tstr(c, tmp.type), tstr(c, lhs[i]->type), context);
                } else {
                    lhs[i]->type = tmp.type;
                }
            }
            return;
        }
        if (n == 2 && (x->mode == MODE_COMMAOK || x->mode == MODE_MAPINDEX)) {
            init_var(c, lhs[0], x, context);
            if (lhs[1]->type) {
                if (!type_is_boolean(lhs[1]->type) && !type_is_interface(lhs[1]->type))
                    diag_error(spos(x), "cannot use %s (untyped bool value) as %s value in %s", expr_string(x),
                               tstr(c, lhs[1]->type), context);
            } else {
                lhs[1]->type = t_bool;
            }
            return;
        }
        int got = (x->type && x->type->kind == T_TUPLE) ? x->type->nfields : 1;
        report_mismatch(spos(x), n, x, got, x->kind == N_CALL);
        for (int i = 0; i < n; i++) if (!lhs[i]->type) lhs[i]->type = t_invalid;
        return;
    }
    for (int i = 0; i < nr; i++) check_multi_expr(c, rhs->data[i]);
    report_mismatch(spos(rhs->data[0]), n, NULL, nr, false);
    for (int i = 0; i < n; i++) if (!lhs[i]->type) lhs[i]->type = t_invalid;
}

static void add_local(Checker *c, Obj *o) {
    o->func = c->func;
    if (strcmp(o->name, "_") != 0) vec_push(&c->local_vars, o);
}

void check_var_spec_local(Checker *c, Node *spec) {
    int n = spec->names.len;
    Obj **objs = xcalloc((size_t)n + 1, sizeof *objs);
    for (int i = 0; i < n; i++) {
        Node *id = spec->names.data[i];
        objs[i] = obj_new(OBJ_VAR, id->name, id->pos, NULL, c->pkg);
        objs[i]->decl = spec;
        id->obj = objs[i];
    }
    init_vars(c, objs, n, &spec->list, spec->pos, "variable declaration", spec->x);
    for (int i = 0; i < n; i++) {
        add_local(c, objs[i]);
        declare(c, c->scope, objs[i], spec->names.data[i]);
    }
}

/* ---- assignment statements ---- */

/* Checks an assignment target; returns its type or NULL (blank) / t_invalid. */
static Type *check_lhs(Checker *c, Node *l) {
    Node *inner = l;
    while (inner->kind == N_PAREN) inner = inner->x;
    if (inner->kind == N_IDENT && !strcmp(inner->name, "_")) {
        inner->type = NULL;
        inner->mode = MODE_VAR;
        return NULL;
    }
    if (inner->kind == N_IDENT) {
        /* assigning to a variable is not a use of it */
        Obj *o = NULL;
        for (Scope *s = c->scope; s && !o; s = s->parent) o = scope_lookup_local(s, inner->name);
        bool was_used = o && o->kind == OBJ_VAR ? o->used : false;
        check_expr(c, l, NULL);
        if (o && o->kind == OBJ_VAR && o->pkg == c->pkg && !o->is_global) o->used = was_used;
    } else {
        check_expr(c, l, NULL);
    }
    if (l->mode == MODE_INVALID) return t_invalid;
    if (l->mode != MODE_VAR && l->mode != MODE_MAPINDEX) {
        Node *b = inner;
        if (b->kind == N_SELECTOR && b->x->mode == MODE_MAPINDEX)
            diag_error(spos(l), "cannot assign to struct field %s in map", expr_string(l));
        else
            diag_error(spos(l), "cannot assign to %s (neither addressable nor a map index expression)",
                       expr_string(l));
        return t_invalid;
    }
    return l->type;
}

static void assign_value(Checker *c, Node *l, Type *lt, Node *r) {
    if (r->mode == MODE_INVALID || lt == t_invalid) return;
    if (!lt) {
        /* blank: any value, untyped constants take their default type */
        if (r->mode == MODE_NOVALUE) {
            diag_error(spos(r), "%s (no value) used as value", expr_string(r));
            return;
        }
        if (r->type && r->type->kind == T_UNTYPED_NIL) {
            diag_error(spos(r), "use of untyped nil in assignment");
            return;
        }
        if (r->mode == MODE_CONST && type_is_untyped(r->type)) {
            assign_to(c, r, type_default(r->type), "assignment");
            return;
        }
        if (r->mode == MODE_TYPE) {
            diag_error(spos(r), "%s (type) is not an expression", expr_string(r));
            return;
        }
        set_default_type(c, r);
        return;
    }
    assign_to(c, r, lt, "assignment");
}

static void check_plain_assign(Checker *c, Node *s) {
    int nl = s->list.len, nr = s->list2.len;
    Type **lt = xcalloc((size_t)nl + 1, sizeof *lt);
    for (int i = 0; i < nl; i++) lt[i] = check_lhs(c, s->list.data[i]);
    if (nl == nr) {
        for (int i = 0; i < nr; i++) {
            Node *r = s->list2.data[i];
            if (nl == 1) {
                check_multi_expr_hint(c, r, lt[i] == t_invalid ? NULL : lt[i]);
                if (r->mode != MODE_INVALID && r->mode != MODE_NOVALUE && r->type && r->type->kind == T_TUPLE) {
                    report_mismatch(spos(r), 1, r, r->type->nfields, r->kind == N_CALL);
                    return;
                }
                expr_single_value(c, r);
            } else {
                check_expr(c, r, lt[i] == t_invalid ? NULL : lt[i]);
            }
            assign_value(c, s->list.data[i], lt[i], r);
        }
        return;
    }
    if (nr == 1) {
        Node *r = s->list2.data[0];
        check_multi_expr(c, r);
        if (r->mode == MODE_INVALID) return;
        if (r->type && r->type->kind == T_TUPLE && r->type->nfields == nl) {
            for (int i = 0; i < nl; i++) {
                if (!lt[i] || lt[i] == t_invalid) continue;
                Node tmp = *r;
                tmp.type = r->type->fields[i].type;
                tmp.mode = MODE_VALUE;
                char *why;
                if (!assignable(c, &tmp, lt[i], &why))
                    diag_error(spos(r), "cannot use %s (value of type %s) as %s value in assignment", expr_string(r),
                               tstr(c, tmp.type), tstr(c, lt[i]));
            }
            return;
        }
        if (nl == 2 && (r->mode == MODE_COMMAOK || r->mode == MODE_MAPINDEX)) {
            assign_value(c, s->list.data[0], lt[0], r);
            if (lt[1] && lt[1] != t_invalid && !type_is_boolean(lt[1]) && !type_is_interface(lt[1]))
                diag_error(spos(r), "cannot use %s (untyped bool value) as %s value in assignment", expr_string(r),
                           tstr(c, lt[1]));
            return;
        }
        int got = (r->type && r->type->kind == T_TUPLE) ? r->type->nfields : 1;
        report_mismatch(spos(r), nl, r, got, r->kind == N_CALL);
        return;
    }
    for (int i = 0; i < nr; i++) check_multi_expr(c, s->list2.data[i]);
    report_mismatch(spos(s->list2.data[0]), nl, NULL, nr, false);
}

static void check_define(Checker *c, Node *s) {
    int nl = s->list.len;
    Obj **objs = xcalloc((size_t)nl + 1, sizeof *objs);
    bool *is_new = xcalloc((size_t)nl + 1, 1);
    bool any_new = false, bad = false;
    for (int i = 0; i < nl; i++) {
        Node *l = s->list.data[i];
        if (l->kind != N_IDENT) {
            diag_error(spos(l), "non-name %s on left side of :=", expr_string(l));
            check_expr(c, l, NULL);
            bad = true;
            continue;
        }
        for (int j = 0; j < i; j++) {
            Node *p = s->list.data[j];
            if (p->kind == N_IDENT && strcmp(l->name, "_") && !strcmp(p->name, l->name)) {
                diag_error(spos(l), "%s repeated on left side of :=", l->name);
                bad = true;
            }
        }
        Obj *prev = strcmp(l->name, "_") ? scope_lookup_local(c->scope, l->name) : NULL;
        if (prev && prev->kind == OBJ_VAR) {
            objs[i] = prev;
            l->obj = prev;
            l->type = prev->type;
            l->mode = MODE_VAR;
        } else {
            objs[i] = obj_new(OBJ_VAR, l->name, l->pos, NULL, c->pkg);
            objs[i]->decl = l;
            l->obj = objs[i];
            is_new[i] = true;
            if (strcmp(l->name, "_")) any_new = true;
        }
    }
    if (!any_new && !bad) diag_error(s->pos, "no new variables on left side of :=");
    /* old variables are assigned: check against their types; new ones infer */
    Vec *rhs = &s->list2;
    int nr = rhs->len;
    Obj **targets = xcalloc((size_t)nl + 1, sizeof *targets);
    for (int i = 0; i < nl; i++) {
        if (!objs[i]) {
            objs[i] = obj_new(OBJ_VAR, "_", s->pos, t_invalid, c->pkg);
        }
        if (is_new[i]) {
            targets[i] = objs[i];
        } else {
            /* a temporary object typed like the existing variable */
            targets[i] = obj_new(OBJ_VAR, objs[i]->name, objs[i]->pos, objs[i]->type, c->pkg);
        }
    }
    (void)nr;
    init_vars(c, targets, nl, rhs, s->pos, "assignment", NULL);
    for (int i = 0; i < nl; i++) {
        Node *l = s->list.data[i];
        if (!is_new[i]) continue;
        add_local(c, objs[i]);
        if (l->kind == N_IDENT) {
            l->type = objs[i]->type;
            l->mode = MODE_VAR;
            declare(c, c->scope, objs[i], l);
        }
    }
}

static Tok base_op(Tok op) {
    switch (op) {
    case TK_ADD_ASSIGN: return TK_ADD;
    case TK_SUB_ASSIGN: return TK_SUB;
    case TK_MUL_ASSIGN: return TK_MUL;
    case TK_QUO_ASSIGN: return TK_QUO;
    case TK_REM_ASSIGN: return TK_REM;
    case TK_AND_ASSIGN: return TK_AND;
    case TK_OR_ASSIGN: return TK_OR;
    case TK_XOR_ASSIGN: return TK_XOR;
    case TK_SHL_ASSIGN: return TK_SHL;
    case TK_SHR_ASSIGN: return TK_SHR;
    case TK_AND_NOT_ASSIGN: return TK_AND_NOT;
    default: return TK_ILLEGAL;
    }
}

void check_assign_stmt(Checker *c, Node *s) {
    if (s->op == TK_DEFINE) {
        check_define(c, s);
        return;
    }
    if (s->op == TK_ASSIGN) {
        check_plain_assign(c, s);
        return;
    }
    /* x op= y: checked as the binary expression x op y, assigned back to x */
    if (s->list.len != 1 || s->list2.len != 1) {
        diag_error(spos(s), "assignment operation %s requires single-valued expressions", tok_string(s->op));
        return;
    }
    Node *l = s->list.data[0], *r = s->list2.data[0];
    Node *bin = node_new(N_BINARY, s->pos);
    bin->op = base_op(s->op);
    bin->x = l;
    bin->y = r;
    check_expr(c, bin, NULL);
    if (bin->mode == MODE_INVALID) return;
    if (l->mode != MODE_VAR && l->mode != MODE_MAPINDEX) {
        diag_error(spos(l), "cannot assign to %s (neither addressable nor a map index expression)", expr_string(l));
        return;
    }
    assign_to(c, bin, l->type, "assignment");
    if (r->mode == MODE_CONST && type_is_untyped(r->type) && bin->op != TK_SHL && bin->op != TK_SHR)
        convert_untyped(c, r, l->type);
    (void)set_invalid;
}
