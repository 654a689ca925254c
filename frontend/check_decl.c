/* check_decl.c — declarations: resolving package-level objects on demand (so they
 * may appear in any order), type expressions, signatures, methods, and the local
 * const/var/type declarations of function bodies. */
#include <string.h>

#include "check.h"

static Vec type_path; /* Obj* of type declarations being resolved (cycle reports) */
static Vec obj_path;  /* Obj* of package-level objects being resolved (init cycles) */

static char *pos_str(Pos p) { return xsprintf("%s:%d:%d", src_file_name(p.file), p.line, p.col); }

/* ---- constants ---- */

static bool is_const_type(Type *t) {
    Type *u = under(t);
    return (u->kind >= T_BOOL && u->kind <= T_STRING) || type_is_untyped(u);
}

/* Checks the value of one constant (object o) with optional type expression. */
static void check_const_value(Checker *c, Obj *o, Node *type_expr, Node *init, int iota) {
    int saved_iota = c->iota;
    c->iota = iota;
    Type *t = NULL;
    if (type_expr) {
        t = check_type(c, type_expr);
        if (t != t_invalid && !is_const_type(t)) {
            diag_error(spos(type_expr), "invalid constant type %s", tstr(c, t));
            t = t_invalid;
        }
    }
    o->type = t_invalid;
    if (!init) {
        c->iota = saved_iota;
        return;
    }
    check_expr(c, init, t);
    c->iota = saved_iota;
    if (init->mode == MODE_INVALID) return;
    if (init->mode != MODE_CONST) {
        diag_error(spos(init), "%s is not constant", operand_string(c, init));
        return;
    }
    if (t && t != t_invalid) {
        if (!assign_to(c, init, t, "constant declaration")) return;
    }
    o->type = init->type;
    o->cv = init->cv;
}

void check_const_spec(Checker *c, Node *spec, Node *type_expr, Vec *values, int iota,
                      Obj **objs, int nobjs) {
    for (int i = 0; i < nobjs; i++) {
        Node *init = values && i < values->len ? values->data[i] : NULL;
        check_const_value(c, objs[i], type_expr, init, iota);
    }
}

/* ---- recursive type detection ---- */

/* Does type t contain named type target by value (not through a pointer-like type)? */
static bool contains_by_value(Type *t, Type *target, int depth) {
    if (!t || depth > 100) return false;
    if (t == target) return true;
    switch (t->kind) {
    case T_NAMED: return t->underlying && contains_by_value(t->underlying, target, depth + 1);
    case T_ARRAY: return contains_by_value(t->elem, target, depth + 1);
    case T_STRUCT:
        for (int i = 0; i < t->nfields; i++)
            if (contains_by_value(t->fields[i].type, target, depth + 1)) return true;
        return false;
    default: return false;
    }
}

/* Reports the cycle objs[0] → objs[1] → ... → objs[0], starting at the object declared
 * first in the source as gc does. */
static void report_cycle_objs(Obj **objs, int n) {
    int first = 0;
    for (int i = 1; i < n; i++) {
        Obj *a = objs[i], *b = objs[first];
        if (a->pos.file < b->pos.file || (a->pos.file == b->pos.file &&
            (a->pos.line < b->pos.line || (a->pos.line == b->pos.line && a->pos.col < b->pos.col))))
            first = i;
    }
    Obj *head = objs[first];
    if (n == 1) {
        diag_error(head->pos, "invalid recursive type: %s refers to itself", head->name);
        return;
    }
    StrBuf b = {0};
    sb_printf(&b, "invalid recursive type %s", head->name);
    for (int i = 0; i < n; i++) {
        Obj *a = objs[(first + i) % n];
        Obj *nx = objs[(first + i + 1) % n];
        sb_printf(&b, "\n\t%s: %s refers to %s", pos_str(a->pos), a->name, nx->name);
    }
    diag_error(head->pos, "%s", b.data);
}

/* The cycle is the tail of type_path beginning at start. */
static void report_cycle(Obj *start) {
    int from = 0;
    for (int i = 0; i < type_path.len; i++)
        if (type_path.data[i] == start) from = i;
    int n = type_path.len - from;
    if (n <= 0) {
        report_cycle_objs(&start, 1);
        return;
    }
    report_cycle_objs((Obj **)type_path.data + from, n);
}

/* ---- named types waiting for another named type's underlying type ---- */

static Vec pending_named, pending_on; /* parallel: pending_named[i] waits for pending_on[i] */

static Type *waiting_for(Type *t) {
    for (int i = 0; i < pending_named.len; i++)
        if (pending_named.data[i] == t) return pending_on.data[i];
    return NULL;
}

static void add_pending(Type *named, Type *on) {
    vec_push(&pending_named, named);
    vec_push(&pending_on, on);
}

/* t's underlying type is now known: give it to every type waiting for it. */
static void settle_pending(Type *t) {
    for (int i = 0; i < pending_named.len; i++) {
        if (pending_on.data[i] != t) continue;
        Type *w = pending_named.data[i];
        pending_on.data[i] = NULL;
        pending_named.data[i] = NULL;
        type_set_underlying(w, t->underlying ? t->underlying : t_invalid);
        settle_pending(w);
    }
}

/* ---- resolving package-level objects ---- */

static bool pos_before(Pos a, Pos b) {
    return a.file < b.file || (a.file == b.file && (a.line < b.line || (a.line == b.line && a.col < b.col)));
}

/* A constant or untyped variable whose initialiser refers back to itself. */
static void report_init_cycle(Obj *o) {
    int from = -1;
    for (int i = 0; i < obj_path.len; i++)
        if (obj_path.data[i] == o) from = i;
    if (from < 0) return;
    int n = obj_path.len - from;
    if (n == 1) {
        diag_error(o->pos, "initialization cycle: %s refers to itself", o->name);
        return;
    }
    int first = 0;
    for (int i = 1; i < n; i++)
        if (pos_before(((Obj *)obj_path.data[from + i])->pos, ((Obj *)obj_path.data[from + first])->pos)) first = i;
    Obj *head = obj_path.data[from + first];
    StrBuf b = {0};
    sb_printf(&b, "initialization cycle for %s", head->name);
    for (int i = 0; i < n; i++) {
        Obj *a = obj_path.data[from + (first + i) % n];
        Obj *nx = obj_path.data[from + (first + i + 1) % n];
        sb_printf(&b, "\n\t%s: %s refers to %s", pos_str(a->pos), a->name, nx->name);
    }
    diag_error(head->pos, "%s", b.data);
}

static void resolve_type_decl(Checker *c, Obj *o, Node *spec) {
    if (spec->tparams.len > 0) {
        generic_declare_type(c, o, spec);
        return;
    }
    vec_push(&type_path, o);
    if (spec->is_alias) {
        o->type = t_invalid;
        o->type = check_type(c, spec->x);
    } else {
        Type *named = type_named(o);
        o->type = named;
        Type *u = check_type(c, spec->x);
        if (u->kind == T_NAMED && !u->underlying) {
            /* type T2 T1 while T1 is still being declared (type T1 struct{ p *T2 }):
             * T2's underlying type is T1's, known once T1 is done — unless T1 waits for
             * T2 in turn, which is a cycle */
            Type *w = u;
            while (w && w != named) w = waiting_for(w);
            if (w == named) {
                Vec cyc = {0};
                vec_push(&cyc, named->obj);
                for (Type *x = u; x && x != named; x = waiting_for(x)) vec_push(&cyc, x->obj);
                report_cycle_objs((Obj **)cyc.data, cyc.len);
                u = t_invalid;
            } else {
                add_pending(named, u);
                vec_pop(&type_path);
                return;
            }
        }
        type_set_underlying(named, u);
        settle_pending(named);
        if (named->underlying != t_invalid && contains_by_value(named->underlying, named, 0)) {
            report_cycle(o);
            named->underlying = t_invalid;
        }
    }
    vec_pop(&type_path);
}

static void resolve_var_spec(Checker *c, DeclInfo *d) {
    Node *spec = d->spec;
    int n = spec->names.len;
    Obj **objs = xcalloc((size_t)n, sizeof *objs);
    for (int i = 0; i < n; i++) {
        Node *id = spec->names.data[i];
        objs[i] = id->obj;
        DeclInfo *di = decl_info(objs[i]);
        if (di) di->state = DECL_RESOLVING;
    }
    /* dependencies are recorded against the first name's DeclInfo and shared */
    init_vars(c, objs, n, &spec->list, spec->pos, "variable declaration", spec->x);
    for (int i = 0; i < n; i++) {
        DeclInfo *di = decl_info(objs[i]);
        if (!di) continue;
        di->state = DECL_RESOLVED;
        if (di != d) di->deps = d->deps;
    }
}

void resolve_obj(Checker *c, Obj *o) {
    DeclInfo *d = decl_info(o);
    if (!d || d->state == DECL_RESOLVED) return;
    if (d->state == DECL_RESOLVING) {
        if (o->kind == OBJ_TYPE) return; /* handled through the named type */
        if (o->kind == OBJ_FUNC) return;
        if (!o->type || o->type == t_invalid) {
            if (o->kind == OBJ_CONST || o->kind == OBJ_VAR) {
                report_init_cycle(o);
                o->type = t_invalid;
            }
        }
        return;
    }
    d->state = DECL_RESOLVING;
    vec_push(&obj_path, o);
    Checker saved = *c;
    c->decl = (o->kind == OBJ_VAR || o->kind == OBJ_FUNC) ? d : NULL;
    c->file_scope = d->file_scope;
    c->scope = d->file_scope;
    c->func = NULL;
    c->sig = NULL;
    c->iota = -1;
    switch (o->kind) {
    case OBJ_CONST:
        check_const_value(c, o, d->type_expr, d->init, d->spec->iota);
        break;
    case OBJ_VAR:
        resolve_var_spec(c, d);
        break;
    case OBJ_TYPE:
        resolve_type_decl(c, o, d->spec);
        break;
    case OBJ_FUNC: {
        Node *fd = d->spec;
        Scope *fs = scope_new(d->file_scope);
        fs->is_func = true;
        fd->scope = fs;
        c->decl = NULL;
        if (fd->x && fd->x->tparams.len > 0) {
            generic_declare_func(c, o, fd);
            break;
        }
        o->type = check_signature(c, fd->x, NULL, fs, true);
        if (fd->tparams.len > 0) o->type = t_invalid;
        break;
    }
    default: break;
    }
    Vec deps = c->decl ? c->decl->deps : (Vec){0};
    *c = saved;
    if (o->kind == OBJ_VAR) d->deps = deps.len ? deps : d->deps;
    d->state = DECL_RESOLVED;
    vec_pop(&obj_path);
}

/* ---- type expressions ---- */

static Type *check_struct_type(Checker *c, Node *e) {
    Vec fields = {0};
    for (int i = 0; i < e->list.len; i++) {
        Node *f = e->list.data[i];
        Type *ft = check_type(c, f->x);
        const char *tag = NULL;
        if (f->tag) {
            ConstVal *tv = cv_from_literal(TK_STRING, f->tag->lit);
            if (tv) tag = tv->s;
        }
        if (f->embedded || f->names.len == 0) {
            Node *te = f->x;
            if (te->kind == N_STAR) te = te->x;
            if (te->kind == N_INDEX && te->x) te = te->x; /* embedded generic instance G[T] */
            const char *name = te->kind == N_SELECTOR ? te->name : te->kind == N_IDENT ? te->name : "?";
            Type *base = ft->kind == T_POINTER ? ft->elem : ft;
            if (ft->kind == T_POINTER && (under(base)->kind == T_POINTER || under(base)->kind == T_INTERFACE))
                diag_error(f->x->pos, "embedded field type cannot be a pointer to an interface");
            Field *fl = xcalloc(1, sizeof *fl);
            fl->name = name;
            fl->type = ft;
            fl->embedded = true;
            fl->exported = name[0] >= 'A' && name[0] <= 'Z';
            fl->tag = tag;
            fl->obj = obj_new(OBJ_VAR, name, f->x->pos, ft, c->pkg);
            fl->obj->is_field = true;
            vec_push(&fields, fl);
            continue;
        }
        for (int j = 0; j < f->names.len; j++) {
            Node *id = f->names.data[j];
            Field *fl = xcalloc(1, sizeof *fl);
            fl->name = id->name;
            fl->type = ft;
            fl->exported = id->name[0] >= 'A' && id->name[0] <= 'Z';
            fl->tag = tag;
            fl->obj = obj_new(OBJ_VAR, id->name, id->pos, ft, c->pkg);
            fl->obj->is_field = true;
            id->obj = fl->obj;
            vec_push(&fields, fl);
        }
    }
    int n = fields.len;
    Field *arr = n ? xcalloc((size_t)n, sizeof *arr) : NULL;
    for (int i = 0; i < n; i++) {
        Field *fi = fields.data[i];
        arr[i] = *fi;
        if (strcmp(fi->name, "_") != 0) {
            for (int j = 0; j < i; j++) {
                if (!strcmp(arr[j].name, fi->name)) {
                    diag_error(fi->obj->pos, "%s redeclared\n\t%s: other declaration of %s", fi->name,
                               pos_str(arr[j].obj->pos), fi->name);
                    break;
                }
            }
        }
    }
    return type_struct(arr, n);
}

static Type *check_interface_type(Checker *c, Node *e) {
    Vec ms = {0};
    Vec explicit = {0};      /* the methods declared here, not embedded */
    Vec unions = {0};        /* type-set terms (generics: check_generic.c) */
    bool comparable = false;
    for (int i = 0; i < e->list.len; i++) {
        Node *f = e->list.data[i];
        if (f->names.len > 0) {
            Node *id = f->names.data[0];
            Method *m = xcalloc(1, sizeof *m);
            m->name = id->name;
            m->sig = check_signature(c, f->x, NULL, NULL, false);
            /* An explicit method may repeat one from an embedded interface when the
             * signatures are identical (Go 1.14); then it is the same method, kept once. */
            bool same_as_embedded = false;
            for (int j = 0; j < ms.len; j++) {
                Method *prev = ms.data[j];
                if (strcmp(prev->name, m->name)) continue;
                bool prev_explicit = false;
                for (int k = 0; k < explicit.len; k++)
                    if (explicit.data[k] == prev) prev_explicit = true;
                if (prev_explicit || !type_identical(prev->sig, m->sig))
                    diag_error(spos(id), "duplicate method %s", m->name);
                else
                    same_as_embedded = true;
            }
            if (!same_as_embedded) vec_push(&ms, m);
            vec_push(&explicit, m);
            continue;
        }
        if (f->x->kind == N_UNION || (f->x->kind == N_UNARY && f->x->op == TK_TILDE)) {
            generic_union_elem(c, f->x, NULL, &unions);
            continue;
        }
        Type *et = check_type(c, f->x);
        if (et == t_invalid) continue;
        Type *u = under(et);
        if (u->kind != T_INTERFACE) {
            generic_union_elem(c, f->x, et, &unions);
            continue;
        }
        generic_embed_constraint(et, &unions, &comparable);
        for (int j = 0; j < u->nimethods; j++) {
            bool dup = false;
            for (int k = 0; k < ms.len; k++)
                if (!strcmp(((Method *)ms.data[k])->name, u->imethods[j].name)) dup = true;
            if (!dup) vec_push(&ms, &u->imethods[j]);
        }
    }
    Method *arr = ms.len ? xcalloc((size_t)ms.len, sizeof *arr) : NULL;
    for (int i = 0; i < ms.len; i++) arr[i] = *(Method *)ms.data[i];
    Type *constraint = generic_constraint_iface(arr, ms.len, &unions, comparable);
    if (constraint) return constraint;
    return type_interface(arr, ms.len);
}

static Type *check_array_len_type(Checker *c, Node *e) {
    Type *elem = check_type(c, e->y);
    Node *len = e->x;
    if (len->kind == N_ELLIPSIS) {
        diag_error(spos(len), "invalid use of [...] array (outside a composite literal)");
        return t_invalid;
    }
    check_expr(c, len, NULL);
    if (len->mode == MODE_INVALID) return t_invalid;
    if (len->mode != MODE_CONST) {
        if (len->mode == MODE_TYPE) diag_error(spos(len), "invalid array length %s", expr_string(len));
        else diag_error(spos(len), "array length %s (%s) must be constant", expr_string(len),
                        operand_string(c, len) + strlen(expr_string(len)) + 2);
        return t_invalid;
    }
    if (type_is_untyped(len->type)) {
        ConstVal *iv = cv_to_kind(len->cv, CV_INT);
        if (!iv) {
            diag_error(spos(len), "array length %s must be integer", operand_string(c, len));
            return t_invalid;
        }
        len->cv = iv;
        len->type = t_int;
    } else if (!type_is_integer(len->type)) {
        diag_error(spos(len), "array length %s must be integer", operand_string(c, len));
        return t_invalid;
    }
    if (bi_sign(len->cv->i) < 0 || !bi_fits_int64(len->cv->i)) {
        diag_error(spos(len), "invalid array length %s", operand_string(c, len));
        return t_invalid;
    }
    return type_array(elem, bi_to_int64(len->cv->i));
}

Type *check_type(Checker *c, Node *e) {
    Type *t = t_invalid;
    if (!e) return t_invalid;
    switch (e->kind) {
    case N_IDENT: {
        if (!strcmp(e->name, "_")) {
            diag_error(spos(e), "cannot use _ as value or type");
            break;
        }
        Obj *o = lookup_ident(c, e);
        if (!o) break;
        if (o->kind != OBJ_TYPE) {
            diag_error(spos(e), "%s is not a type", e->name);
            break;
        }
        resolve_obj(c, o);
        if (o->generic && generic_report_uninstantiated(c, e)) break;
        t = o->type ? o->type : t_invalid;
        break;
    }
    case N_SELECTOR:
        check_expr_or_type(c, e);
        if (e->mode == MODE_INVALID) break;
        if (e->obj && e->obj->generic && generic_report_uninstantiated(c, e)) break;
        if (e->mode != MODE_TYPE) {
            diag_error(spos(e), "%s is not a type", expr_string(e));
            break;
        }
        t = e->type;
        break;
    case N_PAREN: t = check_type(c, e->x); break;
    case N_STAR: {
        Type *el = check_type(c, e->x);
        t = el == t_invalid ? t_invalid : type_pointer(el);
        break;
    }
    case N_ARRAYTYPE:
        if (!e->x) {
            Type *el = check_type(c, e->y);
            t = el == t_invalid ? t_invalid : type_slice(el);
        } else {
            t = check_array_len_type(c, e);
        }
        break;
    case N_MAPTYPE: {
        Type *k = check_type(c, e->x), *v = check_type(c, e->y);
        if (k == t_invalid || v == t_invalid) break;
        if (under(k)->kind != T_INVALID && !type_comparable(k)) {
            diag_error(e->x->pos, "invalid map key type %s", tstr(c, k));
            break;
        }
        t = type_map(k, v);
        break;
    }
    case N_CHANTYPE: {
        Type *el = check_type(c, e->x);
        t = el == t_invalid ? t_invalid : type_chan(el, e->chan_dir);
        break;
    }
    case N_FUNCTYPE: t = check_signature(c, e, NULL, NULL, false); break;
    case N_STRUCTTYPE: t = check_struct_type(c, e); break;
    case N_INTERFACETYPE: t = check_interface_type(c, e); break;
    case N_INDEX: t = generic_type_index(c, e); break;
    default:
        check_expr_or_type(c, e);
        if (e->mode != MODE_INVALID) diag_error(spos(e), "%s is not a type", expr_string(e));
        break;
    }
    e->type = t;
    e->mode = t == t_invalid ? MODE_INVALID : MODE_TYPE;
    return t;
}

/* Builds the parameter or result list; declares named entries in fscope when asked. */
static Field *check_field_list(Checker *c, Vec *list, int *n, bool *variadic, bool results,
                               Scope *fscope, bool declare_params) {
    Vec out = {0};
    for (int i = 0; i < list->len; i++) {
        Node *f = list->data[i];
        Node *te = f->x;
        Type *t;
        if (te && te->kind == N_ELLIPSIS) {
            if (results || i != list->len - 1 || f->names.len > 1) {
                diag_error(spos(te), "can only use ... with final parameter in list");
            } else if (variadic) {
                *variadic = true;
            }
            Type *el = check_type(c, te->x);
            t = el == t_invalid ? t_invalid : type_slice(el);
            te->type = t;
            te->mode = MODE_TYPE;
        } else {
            t = check_type(c, te);
        }
        if (f->names.len == 0) {
            Field *fl = xcalloc(1, sizeof *fl);
            fl->name = "";
            fl->type = t;
            vec_push(&out, fl);
            continue;
        }
        for (int j = 0; j < f->names.len; j++) {
            Node *id = f->names.data[j];
            Field *fl = xcalloc(1, sizeof *fl);
            fl->name = id->name;
            fl->type = t;
            if (declare_params && fscope) {
                Obj *o = obj_new(OBJ_VAR, id->name, id->pos, t, c->pkg);
                o->is_param = !results;
                o->is_result = results;
                o->used = true; /* parameters are never "declared and not used" */
                o->decl = id;
                fl->obj = o;
                declare(c, fscope, o, id);
            }
            vec_push(&out, fl);
        }
    }
    *n = out.len;
    Field *arr = out.len ? xcalloc((size_t)out.len, sizeof *arr) : NULL;
    for (int i = 0; i < out.len; i++) arr[i] = *(Field *)out.data[i];
    return arr;
}

Type *check_signature(Checker *c, Node *ft, Node *recv, Scope *fscope, bool declare_params) {
    if (!ft) return t_invalid;
    int np = 0, nr = 0;
    bool variadic = false;
    Field *params = check_field_list(c, &ft->list, &np, &variadic, false, fscope, declare_params);
    Field *results = check_field_list(c, &ft->list2, &nr, NULL, true, fscope, declare_params);
    Type *t = type_func(params, np, results, nr, variadic);
    ft->type = t;
    ft->mode = MODE_TYPE;
    return t;
}

/* ---- methods ---- */

void collect_methods(Checker *c);

static Vec *pending_methods(void);

void collect_methods(Checker *c) {
    Vec *ms = pending_methods();
    for (int i = 0; i < ms->len; i++) {
        Node *fd = ms->data[i];
        Obj *o = fd->obj;
        DeclInfo *d = decl_info(o);
        c->file_scope = d->file_scope;
        c->scope = d->file_scope;
        Node *recv = fd->recv;
        Node *te = recv->x;
        bool ptr = false;
        while (te && te->kind == N_PAREN) te = te->x;
        if (te && te->kind == N_STAR) {
            ptr = true;
            te = te->x;
            while (te && te->kind == N_PAREN) te = te->x;
        }
        Scope *fs = scope_new(d->file_scope);
        fs->is_func = true;
        fd->scope = fs;
        d->state = DECL_RESOLVED;
        Type *base = t_invalid;
        if (te && te->kind == N_INDEX) {
            generic_register_method(c, fd, o, ptr, te);
            continue;
        } else if (te && te->kind == N_IDENT) {
            Obj *to = lookup_ident(c, te);
            if (to && to->kind == OBJ_TYPE) {
                resolve_obj(c, to);
                base = to->type;
                if (to->pkg != c->pkg || !base || base->kind != T_NAMED) {
                    if (base && base != t_invalid)
                        diag_error(spos(te), "cannot define new methods on non-local type %s", tstr(c, base));
                    base = t_invalid;
                } else if (under(base)->kind == T_POINTER || under(base)->kind == T_INTERFACE) {
                    diag_error(spos(te), "invalid receiver type %s (pointer or interface type)", te->name);
                    base = t_invalid;
                }
            } else if (to) {
                diag_error(spos(te), "%s is not a type", te->name);
            }
        } else if (te) {
            diag_error(spos(te), "invalid receiver type %s", expr_string(recv->x));
        }
        te = recv->x;
        /* receiver variable */
        Type *rt = base == t_invalid ? t_invalid : ptr ? type_pointer(base) : base;
        recv->type = rt;
        if (recv->names.len > 0) {
            Node *id = recv->names.data[0];
            Obj *ro = obj_new(OBJ_VAR, id->name, id->pos, rt, c->pkg);
            ro->is_param = true;
            ro->used = true;
            ro->decl = id;
            declare(c, fs, ro, id);
        }
        o->type = check_signature(c, fd->x, recv, fs, true);
        o->ptr_recv = ptr;
        o->recv_type = base;
        if (base == t_invalid) continue;
        const char *tn = base->obj->name;
        o->link_name = ptr ? xsprintf("%s.(*%s).%s", c->pkg->path, tn, fd->name)
                           : xsprintf("%s.%s.%s", c->pkg->path, tn, fd->name);
        if (!strcmp(fd->name, "_")) continue;
        bool dup = false;
        for (int j = 0; j < base->methods.len; j++) {
            Method *m = base->methods.data[j];
            if (!strcmp(m->name, fd->name)) {
                diag_error(o->pos, "method %s.%s already declared at %s", tn, fd->name, pos_str(m->obj->pos));
                dup = true;
            }
        }
        Type *u = under(base);
        if (u->kind == T_STRUCT) {
            for (int j = 0; j < u->nfields; j++) {
                if (!strcmp(u->fields[j].name, fd->name)) {
                    diag_error(o->pos, "field and method with the same name %s\n\t%s: other declaration of %s",
                               fd->name, pos_str(u->fields[j].obj->pos), fd->name);
                    dup = true;
                }
            }
        }
        if (dup) continue;
        Method *m = xcalloc(1, sizeof *m);
        m->name = fd->name;
        m->sig = o->type;
        m->obj = o;
        m->ptr_recv = ptr;
        vec_push(&base->methods, m);
    }
}

/* ---- local declarations ---- */

static void check_local_type_spec(Checker *c, Node *spec) {
    Obj *o = obj_new(OBJ_TYPE, spec->name, spec->name_node ? spec->name_node->pos : spec->pos, NULL, c->pkg);
    o->decl = spec;
    o->func = c->func;  /* names of instances with local type arguments (check_generic.c) */
    spec->obj = o;
    if (spec->tparams.len > 0) {
        generic_declare_type(c, o, spec);   /* a local generic type (check_generic.c) */
        declare(c, c->scope, o, spec->name_node);
        return;
    }
    if (spec->is_alias) {
        o->type = check_type(c, spec->x);
        declare(c, c->scope, o, spec->name_node);
        return;
    }
    Type *named = type_named(o);
    o->type = named;
    declare(c, c->scope, o, spec->name_node); /* scope starts at the identifier */
    Type *u = check_type(c, spec->x);
    if (u->kind == T_NAMED && !u->underlying) u = t_invalid;
    type_set_underlying(named, u);
    if (named->underlying != t_invalid && contains_by_value(named->underlying, named, 0)) {
        diag_error(o->pos, "invalid recursive type: %s refers to itself", o->name);
        named->underlying = t_invalid;
    }
    if (c->func) o->link_name = xsprintf("%s.%s.%s", c->pkg->path, c->func->name, o->name);
}

void check_local_decl(Checker *c, Node *gd) {
    if (gd->op == TK_TYPE) {
        for (int i = 0; i < gd->list.len; i++) check_local_type_spec(c, gd->list.data[i]);
        return;
    }
    if (gd->op == TK_VAR) {
        for (int i = 0; i < gd->list.len; i++) check_var_spec_local(c, gd->list.data[i]);
        return;
    }
    if (gd->op != TK_CONST) return;
    Node *last_type = NULL;
    Vec *last_values = NULL;
    for (int s = 0; s < gd->list.len; s++) {
        Node *spec = gd->list.data[s];
        if (!(spec->list.len == 0 && !spec->x && last_values)) {
            last_type = spec->x;
            last_values = &spec->list;
        }
        int n = spec->names.len;
        Obj **objs = xcalloc((size_t)n + 1, sizeof *objs);
        for (int i = 0; i < n; i++) {
            Node *id = spec->names.data[i];
            objs[i] = obj_new(OBJ_CONST, id->name, id->pos, t_invalid, c->pkg);
            objs[i]->decl = spec;
            objs[i]->used = true;
            id->obj = objs[i];
        }
        int nv = last_values ? last_values->len : 0;
        if (nv < n) diag_error(spos((Node *)spec->names.data[nv < n ? nv : 0]),
                               "missing init expr for const declaration");
        else if (nv > n && last_values == &spec->list)
            diag_error(spos((Node *)last_values->data[n]), "extra init expr");
        check_const_spec(c, spec, last_type, last_values, spec->iota, objs, n);
        for (int i = 0; i < n; i++) declare(c, c->scope, objs[i], spec->names.data[i]);
    }
}

/* The method declarations collected by check.c live there; reach them via a hook. */
extern Vec *check_method_decls(void);
static Vec *pending_methods(void) { return check_method_decls(); }
