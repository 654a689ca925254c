/* check_call.c — calls of functions and methods (argument passing, variadics, multi-
 * value forwarding), builtin functions and conversions T(x). */
#include <string.h>

#include "check.h"

static void set_invalid(Node *e) {
    e->mode = MODE_INVALID;
    e->type = t_invalid;
}

/* The leftmost source position of an expression (gc reports some call errors there). */
static Pos expr_start(Node *e) {
    while (e) {
        switch (e->kind) {
        case N_SELECTOR: case N_CALL: case N_INDEX: case N_SLICE: case N_TYPEASSERT: case N_BINARY:
            if (!e->x) return e->pos;
            e = e->x;
            break;
        default: return e->pos;
        }
    }
    return (Pos){0};
}

static void check_args_only(Checker *c, Node *e) {
    for (int i = 0; i < e->list.len; i++) {
        Node *a = e->list.data[i];
        check_multi_expr(c, a);
    }
}

static Type *result_type(Type *sig) {
    if (sig->nresults == 0) return NULL;
    if (sig->nresults == 1) return sig->results[0].type;
    return type_tuple(sig->results, sig->nresults);
}

/* "have" list as gc prints it: untyped numeric constants show as "number". */
static char *have_list(Checker *c, Node **args, Type **types, int n) {
    StrBuf b = {0};
    sb_putc(&b, '(');
    for (int i = 0; i < n; i++) {
        if (i) sb_puts(&b, ", ");
        Type *t = types[i];
        if (t && type_is_untyped(t)) {
            if (type_is_numeric(t)) sb_puts(&b, "number");
            else if (t->kind == T_UNTYPED_NIL) sb_puts(&b, "nil");
            else sb_puts(&b, type_string(type_default(t)));
        } else {
            sb_puts(&b, tstr(c, t));
        }
    }
    sb_putc(&b, ')');
    (void)args;
    return b.data;
}

static char *want_list(Checker *c, Type *sig) {
    StrBuf b = {0};
    sb_putc(&b, '(');
    for (int i = 0; i < sig->nfields; i++) {
        if (i) sb_puts(&b, ", ");
        if (sig->variadic && i == sig->nfields - 1) {
            sb_puts(&b, "...");
            sb_puts(&b, tstr(c, sig->fields[i].type->elem));
        } else {
            sb_puts(&b, tstr(c, sig->fields[i].type));
        }
    }
    sb_putc(&b, ')');
    return b.data;
}

static void check_call_args(Checker *c, Node *e, Type *sig, const char *fname) {
    int nargs = e->list.len;
    Node **args = (Node **)e->list.data;
    Type **types = NULL;
    int ntypes = 0;
    bool spread = false;
    /* f(g()) where g returns several values */
    if (nargs == 1) {
        Node *a = args[0];
        Type *hint = sig->nfields == 1 && !sig->variadic ? sig->fields[0].type : NULL;
        if (a->kind == N_CALL) check_call(c, a, hint);
        else check_multi_expr(c, a);
        if (a->mode == MODE_INVALID) return;
        if (a->type && a->type->kind == T_TUPLE && a->mode != MODE_NOVALUE) {
            spread = true;
            ntypes = a->type->nfields;
            types = xcalloc((size_t)ntypes + 1, sizeof *types);
            for (int i = 0; i < ntypes; i++) types[i] = a->type->fields[i].type;
        }
    }
    if (!spread) {
        ntypes = nargs;
        types = xcalloc((size_t)ntypes + 1, sizeof *types);
        for (int i = 0; i < nargs; i++) {
            Node *a = args[i];
            Type *pt = NULL;
            if (i < sig->nfields) {
                pt = sig->fields[i].type;
                if (sig->variadic && i == sig->nfields - 1 && !e->has_dots) pt = pt->elem;
            } else if (sig->variadic && sig->nfields > 0) {
                pt = sig->fields[sig->nfields - 1].type->elem;
            }
            if (!(nargs == 1 && i == 0)) check_expr(c, a, pt);
            else if (a->type && a->type->kind == T_TUPLE) {
                /* single-value call returning nothing usable */
            }
            if (a->mode == MODE_NOVALUE) {
                diag_error(spos(a), "%s (no value) used as value", expr_string(a));
                a->mode = MODE_INVALID;
            } else if (a->mode == MODE_TYPE) {
                diag_error(spos(a), "%s (type) is not an expression", expr_string(a));
                a->mode = MODE_INVALID;
            } else if (a->mode == MODE_BUILTIN) {
                diag_error(spos(a), "%s (built-in) must be called", expr_string(a));
                a->mode = MODE_INVALID;
            }
            types[i] = a->type;
        }
        for (int i = 0; i < nargs; i++)
            if (args[i]->mode == MODE_INVALID) return;
    }
    if (e->has_dots && !sig->variadic) {
        diag_error(args[nargs - 1]->pos, "have (...) used with non-variadic function %s", fname);
        return;
    }
    int np = sig->nfields;
    bool count_ok = sig->variadic ? (e->has_dots ? ntypes == np : ntypes >= np - 1) : ntypes == np;
    if (!count_ok) {
        bool too_many = sig->variadic ? (e->has_dots && ntypes > np) : ntypes > np;
        Pos p;
        if (too_many && !spread) p = args[np < nargs ? np : nargs - 1]->pos;
        else if (too_many) p = args[0]->pos;
        else if (nargs > 0) p = spos(args[nargs - 1]);
        else p = spos(e);
        diag_error(p, "%s arguments in call to %s\n\thave %s\n\twant %s", too_many ? "too many" : "not enough",
                   fname, have_list(c, args, types, ntypes), want_list(c, sig));
        return;
    }
    if (spread) {
        Node *a = args[0];
        for (int i = 0; i < ntypes; i++) {
            Type *pt = i < np ? sig->fields[i].type : NULL;
            if (sig->variadic && i >= np - 1) pt = sig->fields[np - 1].type->elem;
            Node tmp = *a;
            tmp.type = types[i];
            tmp.mode = MODE_VALUE;
            char *why = NULL;
            if (!assignable(c, &tmp, pt, &why))
                diag_error(spos(a), "cannot use %s (value of type %s) as %s value in argument to %s%s%s",
                           expr_string(a), tstr(c, types[i]), tstr(c, pt), fname, why ? ": " : "", why ? why : "");
        }
        return;
    }
    char *ctx = xsprintf("argument to %s", fname);
    for (int i = 0; i < nargs; i++) {
        Type *pt;
        if (i < np) {
            pt = sig->fields[i].type;
            if (sig->variadic && i == np - 1 && !e->has_dots) pt = pt->elem;
        } else {
            pt = sig->fields[np - 1].type->elem;
        }
        assign_to(c, args[i], pt, ctx);
    }
}

/* ---- conversions ---- */

static bool is_const_basic(Type *t) {
    Type *u = under(t);
    return u->kind >= T_BOOL && u->kind <= T_STRING;
}

static bool is_bytes_or_runes(Type *t) {
    Type *u = under(t);
    if (u->kind != T_SLICE) return false;
    TypeKind k = under(u->elem)->kind;
    return k == T_UINT8 || k == T_INT32;
}

/* Type identity with struct tags ignored (conversions allow differing tags). */
static bool identical_ignore_tags(Type *a, Type *b) {
    if (type_identical(a, b)) return true;
    if (a->kind != b->kind) return false;
    switch (a->kind) {
    case T_POINTER: case T_SLICE: return identical_ignore_tags(a->elem, b->elem);
    case T_ARRAY: return a->len == b->len && identical_ignore_tags(a->elem, b->elem);
    case T_STRUCT:
        if (a->nfields != b->nfields) return false;
        for (int i = 0; i < a->nfields; i++) {
            Field *f = &a->fields[i], *g = &b->fields[i];
            if (strcmp(f->name, g->name) != 0 || f->embedded != g->embedded) return false;
            if (!f->exported && f->obj && g->obj && f->obj->pkg != g->obj->pkg) return false;
            if (!identical_ignore_tags(f->type, g->type)) return false;
        }
        return true;
    default: return false;
    }
}

static bool convertible(Checker *c, Node *x, Type *t) {
    if (assignable(c, x, t, NULL)) return true;
    Type *v = x->type, *vu = under(v), *tu = under(t);
    if (identical_ignore_tags(vu, tu)) return true;
    if (vu->kind == T_POINTER && tu->kind == T_POINTER && v->kind != T_NAMED && t->kind != T_NAMED &&
        identical_ignore_tags(under(vu->elem), under(tu->elem)))
        return true;
    if (type_is_numeric(v) && type_is_numeric(t)) return true;
    if (type_is_string(t) && (type_is_integer(v) || is_bytes_or_runes(v))) return true;
    if (type_is_string(v) && is_bytes_or_runes(t)) return true;
    if ((vu->kind == T_UNSAFEPTR && (tu->kind == T_POINTER || tu->kind == T_UINTPTR)) ||
        (tu->kind == T_UNSAFEPTR && (vu->kind == T_POINTER || vu->kind == T_UINTPTR)))
        return true;
    if (vu->kind == T_SLICE) {
        if (tu->kind == T_ARRAY && type_identical(vu->elem, tu->elem)) return true;
        if (tu->kind == T_POINTER && under(tu->elem)->kind == T_ARRAY &&
            type_identical(vu->elem, under(tu->elem)->elem))
            return true;
    }
    return false;
}

void check_conversion(Checker *c, Node *e, Type *t) {
    Node *x = e->list.data[0];
    e->call_kind = CALL_CONVERSION;
    check_expr(c, x, is_const_basic(t) ? NULL : t);
    if (x->mode == MODE_INVALID || t == t_invalid) {
        set_invalid(e);
        return;
    }
    if (x->mode == MODE_CONST && x->cv && is_const_basic(t)) {
        ConstVal *v = x->cv, *out = NULL;
        Type *tu = under(t);
        if (type_is_string(t) && type_is_integer(x->type)) {
            /* string(rune) of a constant */
            ConstVal *iv = cv_to_kind(v, CV_INT);
            StrBuf b = {0};
            int64_t r = bi_fits_int64(iv->i) ? bi_to_int64(iv->i) : 0xFFFD;
            if (r < 0 || r > 0x10FFFF || (r >= 0xD800 && r <= 0xDFFF)) r = 0xFFFD;
            ConstVal *lit = cv_from_literal(TK_STRING, xsprintf("\"\\U%08llx\"", (long long)r));
            (void)b;
            if (!type_is_untyped(x->type) || true) convert_untyped(c, x, type_default(x->type));
            e->mode = MODE_CONST;
            e->cv = lit ? lit : cv_make_string("\xEF\xBF\xBD", 3);
            e->type = t;
            return;
        }
        ReprResult r = cv_representable(v, t, &out);
        bool kinds_ok = (type_is_numeric(x->type) && type_is_numeric(t)) ||
                        (type_is_string(x->type) && type_is_string(t)) ||
                        (type_is_boolean(x->type) && type_is_boolean(t));
        if (kinds_ok && r == REPR_OK) {
            if (type_is_untyped(x->type)) convert_untyped(c, x, t);
            e->mode = MODE_CONST;
            e->cv = out;
            e->type = t;
            return;
        }
        if (kinds_ok && r == REPR_OVERFLOWS && type_is_integer(x->type) && type_is_integer(t)) {
            diag_error(spos(x), "constant %s overflows %s", cv_string(v), tstr(c, t));
            set_invalid(e);
            return;
        }
        if (kinds_ok && type_is_float(tu) && r == REPR_OVERFLOWS) {
            diag_error(spos(x), "cannot convert %s to type %s", operand_string(c, x), tstr(c, t));
            set_invalid(e);
            return;
        }
        if (kinds_ok) {
            diag_error(spos(x), "cannot convert %s to type %s (truncated)", operand_string(c, x), tstr(c, t));
            set_invalid(e);
            return;
        }
    }
    if (!convertible(c, x, t)) {
        /* untyped constants convert like their default type */
        bool ok = false;
        if (type_is_untyped(x->type) && x->type->kind != T_UNTYPED_NIL) {
            Node tmp = *x;
            tmp.type = type_default(x->type);
            tmp.mode = MODE_VALUE;
            ok = convertible(c, &tmp, t);
        }
        if (!ok) {
            diag_error(spos(x), "cannot convert %s to type %s", operand_string(c, x), tstr(c, t));
            set_invalid(e);
            return;
        }
    }
    if (type_is_untyped(x->type)) {
        if (x->type->kind == T_UNTYPED_NIL) convert_untyped(c, x, t);
        else if (under(t)->kind == T_INTERFACE || !type_is_numeric(t) || !type_is_numeric(x->type))
            set_default_type(c, x);
        else convert_untyped(c, x, t);
    }
    e->mode = MODE_VALUE;
    e->type = t;
}

/* ---- builtins ---- */

static bool has_call_or_recv(Node *e) {
    if (!e) return false;
    if (e->kind == N_CALL && e->call_kind != CALL_CONVERSION && e->call_kind != CALL_BUILTIN) return true;
    if (e->kind == N_UNARY && e->op == TK_ARROW) return true;
    return has_call_or_recv(e->x) || has_call_or_recv(e->y) ||
           (e->kind == N_CALL && e->list.len && has_call_or_recv(e->list.data[0]));
}

static const char *builtin_name(int id) {
    static const char *names[] = {"append", "cap", "clear", "close", "complex", "copy", "delete", "imag",
                                  "len", "make", "max", "min", "new", "panic", "print", "println", "real",
                                  "recover", "unsafe.Sizeof", "unsafe.Alignof", "unsafe.Offsetof", "unsafe.Add",
                                  "unsafe.Slice", "unsafe.String", "unsafe.StringData", "unsafe.SliceData"};
    return names[id];
}

static bool arg_count(Checker *c, Node *e, int min, int max, const char *name) {
    int n = e->list.len;
    if (n < min) {
        diag_error(e->end_pos.line ? e->end_pos : e->pos, "not enough arguments for %s() (expected %d, found %d)",
                   name, min, n);
        return false;
    }
    if (max >= 0 && n > max) {
        diag_error(spos((Node *)e->list.data[max]), "too many arguments for %s() (expected %d, found %d)", name,
                   max, n);
        return false;
    }
    return true;
}

static Node *arg(Node *e, int i) { return e->list.data[i]; }

/* The length operand of unsafe.Add/Slice/String: any integer type, or an untyped constant
 * representable as int. */
static bool unsafe_len_arg(Checker *c, Node *x, const char *name) {
    check_expr(c, x, NULL);
    if (x->mode == MODE_INVALID) return false;
    if (x->mode == MODE_CONST && type_is_untyped(x->type)) {
        ConstVal *iv = cv_to_kind(x->cv, CV_INT);
        if (!iv || cv_representable(iv, t_int, NULL) != REPR_OK) {
            diag_error(spos(x), "cannot use %s as int value in argument to %s", operand_string(c, x), name);
            return false;
        }
        x->cv = iv;
        convert_untyped(c, x, t_int);
    }
    if (!type_is_integer(x->type)) {
        diag_error(spos(x), "invalid argument: %s must be integer", operand_string(c, x));
        return false;
    }
    return true;
}

static void check_builtin(Checker *c, Node *e, int id) {
    const char *name = builtin_name(id);
    e->call_kind = CALL_BUILTIN;
    e->builtin = id;
    e->mode = MODE_VALUE;
    e->type = t_invalid;
    if (e->has_dots && id != BI_APPEND) {
        diag_error(spos(e), "invalid operation: invalid use of ... with built-in %s", name);
        check_args_only(c, e);
        set_invalid(e);
        return;
    }
    switch (id) {
    case BI_LEN: case BI_CAP: {
        if (!arg_count(c, e, 1, 1, name)) { check_args_only(c, e); set_invalid(e); return; }
        Node *x = arg(e, 0);
        check_expr(c, x, NULL);
        if (x->mode == MODE_INVALID) { set_invalid(e); return; }
        Type *u = under(x->type);
        if (u->kind == T_POINTER && under(u->elem)->kind == T_ARRAY) u = under(u->elem);
        bool ok = false;
        switch (u->kind) {
        case T_STRING: case T_UNTYPED_STRING:
            ok = id == BI_LEN;
            if (ok && x->mode == MODE_CONST) {
                e->mode = MODE_CONST;
                e->cv = cv_make_int64((int64_t)x->cv->slen);
                e->type = t_int;
                convert_untyped(c, x, t_string);
                return;
            }
            break;
        case T_ARRAY:
            ok = true;
            if (!has_call_or_recv(x)) {
                e->mode = MODE_CONST;
                e->cv = cv_make_int64(u->len);
                e->type = t_int;
                return;
            }
            break;
        case T_SLICE: case T_CHAN: ok = true; break;
        case T_MAP: ok = id == BI_LEN; break;
        default: break;
        }
        if (!ok) {
            diag_error(spos(x), "invalid argument: %s for built-in %s", operand_string(c, x), name);
            set_invalid(e);
            return;
        }
        e->type = t_int;
        return;
    }
    case BI_APPEND: {
        if (!arg_count(c, e, 1, -1, name)) { set_invalid(e); return; }
        Node *s = arg(e, 0);
        check_expr(c, s, NULL);
        if (s->mode == MODE_INVALID) { check_args_only(c, e); set_invalid(e); return; }
        if (s->type->kind == T_UNTYPED_NIL) {
            diag_error(spos(s), "invalid argument: %s (untyped nil) is not a slice", expr_string(s));
            set_invalid(e);
            return;
        }
        Type *u = under(s->type);
        if (u->kind != T_SLICE) {
            diag_error(spos(s), "invalid append: argument must be a slice; have %s", operand_string(c, s));
            for (int i = 1; i < e->list.len; i++) check_expr(c, arg(e, i), NULL);
            set_invalid(e);
            return;
        }
        e->type = s->type;
        if (e->has_dots) {
            if (e->list.len != 2) {
                diag_error(spos(e), "can only use ... with final argument in list");
                set_invalid(e);
                return;
            }
            Node *t = arg(e, 1);
            check_expr(c, t, s->type);
            if (t->mode == MODE_INVALID) return;
            if (type_is_string(t->type) && under(u->elem)->kind == T_UINT8) {
                set_default_type(c, t);
                return;
            }
            /* the variadic parameter is []E, so any slice type with element E fits */
            assign_to(c, t, type_slice(u->elem), "argument to append");
            return;
        }
        for (int i = 1; i < e->list.len; i++) {
            Node *v = arg(e, i);
            check_expr(c, v, u->elem);
            if (v->mode != MODE_INVALID) assign_to(c, v, u->elem, "argument to append");
        }
        return;
    }
    case BI_COPY: {
        if (!arg_count(c, e, 2, 2, name)) { check_args_only(c, e); set_invalid(e); return; }
        Node *d = arg(e, 0), *s = arg(e, 1);
        check_expr(c, d, NULL);
        check_expr(c, s, NULL);
        if (d->mode == MODE_INVALID || s->mode == MODE_INVALID) { set_invalid(e); return; }
        Type *du = under(d->type), *su = under(s->type);
        bool ok = du->kind == T_SLICE &&
                  ((su->kind == T_SLICE && type_identical(du->elem, su->elem)) ||
                   (type_is_string(s->type) && under(du->elem)->kind == T_UINT8));
        if (!ok) {
            diag_error(spos(e), "invalid argument: copy expects slice arguments; found %s and %s",
                       operand_string(c, d), operand_string(c, s));
            set_invalid(e);
            return;
        }
        set_default_type(c, s);
        e->type = t_int;
        return;
    }
    case BI_MAKE: case BI_NEW: {
        if (e->list.len == 0) {
            diag_error(e->end_pos.line ? e->end_pos : e->pos, "not enough arguments for %s() (expected 1, found 0)", name);
            set_invalid(e);
            return;
        }
        if (id == BI_NEW) {
            if (!arg_count(c, e, 1, 1, name)) { check_args_only(c, e); set_invalid(e); return; }
            /* Go 1.26: new(T) or new(expr) — the latter allocates a copy of the value */
            Node *a = arg(e, 0);
            check_expr_or_type(c, a);
            if (a->mode == MODE_INVALID) { set_invalid(e); return; }
            if (a->mode != MODE_TYPE) {
                expr_single_value(c, a);
                if (a->mode == MODE_INVALID) { set_invalid(e); return; }
                if (a->type->kind == T_UNTYPED_NIL) {
                    diag_error(spos(a), "use of untyped nil in argument to built-in new");
                    set_invalid(e);
                    return;
                }
                if (type_is_untyped(a->type) && !assign_to(c, a, type_default(a->type), "argument to new")) {
                    set_invalid(e);
                    return;
                }
            }
            e->type = type_pointer(a->type);
            return;
        }
        Type *t = check_type(c, arg(e, 0));
        if (t == t_invalid) { set_invalid(e); return; }
        Type *u = under(t);
        int min = 1, max = 1;
        if (u->kind == T_SLICE) min = 2, max = 3;
        else if (u->kind == T_MAP || u->kind == T_CHAN) min = 1, max = 2;
        else {
            diag_error(arg(e, 0)->pos, "invalid argument: cannot make %s: type must be slice, map, or channel",
                       expr_string(arg(e, 0)));
            set_invalid(e);
            return;
        }
        int n = e->list.len;
        if (n < min || n > max) {
            diag_error(spos(e), "invalid operation: %s expects %d or %d arguments; found %d", expr_string(e), min,
                       max, n);
            set_invalid(e);
            return;
        }
        int64_t sizes[2] = {-1, -1};
        for (int i = 1; i < n; i++) {
            Node *sz = arg(e, i);
            check_expr(c, sz, NULL);
            if (sz->mode == MODE_INVALID) { set_invalid(e); return; }
            if (sz->mode == MODE_CONST && type_is_untyped(sz->type)) {
                ConstVal *iv = cv_to_kind(sz->cv, CV_INT);
                if (!iv) {
                    diag_error(spos(sz), "%s truncated to int", operand_string(c, sz));
                    set_invalid(e);
                    return;
                }
                if (cv_representable(iv, t_int, NULL) != REPR_OK) {
                    diag_error(spos(sz), "%s overflows int", operand_string(c, sz));
                    set_invalid(e);
                    return;
                }
                sz->cv = iv;
                convert_untyped(c, sz, t_int);
            } else if (type_is_untyped(sz->type)) {
                convert_untyped(c, sz, t_int);
            }
            if (!type_is_integer(sz->type)) {
                diag_error(spos(sz), "cannot convert %s to type int", operand_string(c, sz));
                set_invalid(e);
                return;
            }
            if (sz->mode == MODE_CONST) {
                if (bi_sign(sz->cv->i) < 0) {
                    diag_error(spos(sz), "invalid argument: index %s must not be negative", operand_string(c, sz));
                    set_invalid(e);
                    return;
                }
                sizes[i - 1] = bi_fits_int64(sz->cv->i) ? bi_to_int64(sz->cv->i) : INT64_MAX;
            }
        }
        if (sizes[0] >= 0 && sizes[1] >= 0 && sizes[0] > sizes[1]) {
            diag_error(arg(e, 1)->pos, "invalid argument: length and capacity swapped");
            set_invalid(e);
            return;
        }
        e->type = t;
        return;
    }
    case BI_PANIC: {
        if (!arg_count(c, e, 1, 1, name)) { check_args_only(c, e); set_invalid(e); return; }
        Node *x = arg(e, 0);
        check_expr(c, x, NULL);
        if (x->mode != MODE_INVALID) assign_to(c, x, t_any, "argument to panic");
        e->mode = MODE_NOVALUE;
        e->type = NULL;
        return;
    }
    case BI_PRINT: case BI_PRINTLN:
        if (e->list.len == 1 && arg(e, 0)->kind == N_CALL) {
            /* print(f()) with f returning several values prints them all */
            Node *x = arg(e, 0);
            check_multi_expr(c, x);
            if (x->mode != MODE_INVALID && x->type && x->type->kind == T_TUPLE) {
                e->mode = MODE_NOVALUE;
                e->type = NULL;
                return;
            }
            if (x->mode != MODE_INVALID) {
                expr_single_value(c, x);
                if (x->mode != MODE_INVALID) set_default_type(c, x);
            }
            e->mode = MODE_NOVALUE;
            e->type = NULL;
            return;
        }
        for (int i = 0; i < e->list.len; i++) {
            Node *x = arg(e, i);
            check_expr(c, x, NULL);
            if (x->mode == MODE_INVALID) continue;
            if (x->type->kind == T_UNTYPED_NIL) {
                diag_error(spos(x), "use of untyped nil in argument to built-in %s", name);
                continue;
            }
            set_default_type(c, x);
        }
        e->mode = MODE_NOVALUE;
        e->type = NULL;
        return;
    case BI_RECOVER:
        if (!arg_count(c, e, 0, 0, name)) { set_invalid(e); return; }
        e->type = t_any;
        return;
    case BI_CLOSE: case BI_CLEAR: {
        if (!arg_count(c, e, 1, 1, name)) { check_args_only(c, e); set_invalid(e); return; }
        Node *x = arg(e, 0);
        check_expr(c, x, NULL);
        if (x->mode == MODE_INVALID) { set_invalid(e); return; }
        TypeKind k = under(x->type)->kind;
        if (id == BI_CLOSE && k != T_CHAN) {
            diag_error(spos(x), "invalid operation: non-chan argument %s to close", operand_string(c, x));
        } else if (id == BI_CLOSE && under(x->type)->chan_dir == 2) {
            diag_error(spos(x), "invalid operation: cannot close receive-only channel %s", operand_string(c, x));
        } else if (id == BI_CLEAR && k != T_MAP && k != T_SLICE) {
            diag_error(spos(x), "invalid argument: %s must be a map or slice", operand_string(c, x));
        }
        e->mode = MODE_NOVALUE;
        e->type = NULL;
        return;
    }
    case BI_DELETE: {
        if (!arg_count(c, e, 2, 2, name)) { check_args_only(c, e); set_invalid(e); return; }
        Node *m = arg(e, 0), *k = arg(e, 1);
        check_expr(c, m, NULL);
        if (m->mode == MODE_INVALID) { set_invalid(e); return; }
        if (under(m->type)->kind != T_MAP) {
            diag_error(spos(m), "invalid argument: %s is not a map", operand_string(c, m));
            set_invalid(e);
            return;
        }
        check_expr(c, k, under(m->type)->key);
        if (k->mode != MODE_INVALID) assign_to(c, k, under(m->type)->key, "argument to delete");
        e->mode = MODE_NOVALUE;
        e->type = NULL;
        return;
    }
    case BI_MIN: case BI_MAX: {
        if (!arg_count(c, e, 1, -1, name)) { set_invalid(e); return; }
        Node *first = NULL;
        Type *t = NULL;
        bool all_const = true;
        for (int i = 0; i < e->list.len; i++) {
            Node *x = arg(e, i);
            check_expr(c, x, NULL);
            if (x->mode == MODE_INVALID) { set_invalid(e); return; }
            if (!(type_is_integer(x->type) || type_is_float(x->type) || type_is_string(x->type))) {
                diag_error(spos(x), "invalid argument: %s cannot be ordered", operand_string(c, x));
                set_invalid(e);
                return;
            }
            if (x->mode != MODE_CONST) all_const = false;
            if (!first) first = x;
        }
        /* the common type: the typed operands' type, else the widest untyped kind */
        for (int i = 0; i < e->list.len; i++)
            if (!type_is_untyped(arg(e, i)->type)) t = arg(e, i)->type;
        if (t) {
            for (int i = 0; i < e->list.len; i++) {
                Node *x = arg(e, i);
                if (type_is_untyped(x->type)) {
                    if (!assign_to(c, x, t, xsprintf("argument to %s", name))) { set_invalid(e); return; }
                } else if (!type_identical(x->type, t)) {
                    diag_error(spos(x), "invalid argument: mismatched types %s (previous argument) and %s (type of %s)",
                               tstr(c, t), tstr(c, x->type), expr_string(x));
                    set_invalid(e);
                    return;
                }
            }
        } else {
            t = first->type;
            for (int i = 0; i < e->list.len; i++)
                if (arg(e, i)->type->kind > t->kind) t = arg(e, i)->type;
        }
        e->type = t;
        if (all_const) {
            ConstVal *best = NULL;
            for (int i = 0; i < e->list.len; i++) {
                ConstVal *v = arg(e, i)->cv;
                if (!best) { best = v; continue; }
                ConstKind k = v->kind > best->kind ? v->kind : best->kind;
                ConstVal *a = cv_to_kind(v, k), *b = cv_to_kind(best, k);
                if (a && b && cv_compare(id == BI_MIN ? TK_LSS : TK_GTR, a, b)) best = v;
            }
            e->mode = MODE_CONST;
            e->cv = best;
            if (!type_is_untyped(t)) cv_representable(best, t, &e->cv);
        }
        return;
    }
    case BI_COMPLEX: {
        if (!arg_count(c, e, 2, 2, name)) { check_args_only(c, e); set_invalid(e); return; }
        Node *re = arg(e, 0), *im = arg(e, 1);
        check_expr(c, re, NULL);
        check_expr(c, im, NULL);
        if (re->mode == MODE_INVALID || im->mode == MODE_INVALID) { set_invalid(e); return; }
        if (re->mode == MODE_CONST && im->mode == MODE_CONST && type_is_untyped(re->type) &&
            type_is_untyped(im->type)) {
            ConstVal *a = cv_to_kind(re->cv, CV_FLOAT), *b = cv_to_kind(im->cv, CV_FLOAT);
            if (!a || !b) {
                diag_error(spos(e), "invalid operation: complex arguments must be real numbers");
                set_invalid(e);
                return;
            }
            e->mode = MODE_CONST;
            e->cv = cv_make_complex(a->re, b->re);
            e->type = t_untyped_complex;
            return;
        }
        Type *ft = !type_is_untyped(re->type) ? re->type : !type_is_untyped(im->type) ? im->type : t_float64;
        if (!assign_to(c, re, ft, "argument to complex") || !assign_to(c, im, ft, "argument to complex")) {
            set_invalid(e);
            return;
        }
        TypeKind k = under(ft)->kind;
        if (k != T_FLOAT32 && k != T_FLOAT64) {
            diag_error(spos(re), "invalid argument: arguments have type %s, expected floating-point", tstr(c, ft));
            set_invalid(e);
            return;
        }
        e->type = k == T_FLOAT32 ? t_complex64 : t_complex128;
        if (re->mode == MODE_CONST && im->mode == MODE_CONST) {
            e->mode = MODE_CONST;
            e->cv = cv_make_complex(cv_to_kind(re->cv, CV_FLOAT)->re, cv_to_kind(im->cv, CV_FLOAT)->re);
        }
        return;
    }
    case BI_REAL: case BI_IMAG: {
        if (!arg_count(c, e, 1, 1, name)) { check_args_only(c, e); set_invalid(e); return; }
        Node *x = arg(e, 0);
        check_expr(c, x, NULL);
        if (x->mode == MODE_INVALID) { set_invalid(e); return; }
        if (x->mode == MODE_CONST && type_is_untyped(x->type) && type_is_numeric(x->type)) {
            ConstVal *cv = cv_to_kind(x->cv, CV_COMPLEX);
            e->mode = MODE_CONST;
            e->cv = cv_make_float(id == BI_REAL ? cv->re : cv->im);
            e->type = t_untyped_float;
            return;
        }
        TypeKind k = under(x->type)->kind;
        if (k != T_COMPLEX64 && k != T_COMPLEX128) {
            diag_error(spos(x), "invalid argument: %s must be of complex type", operand_string(c, x));
            set_invalid(e);
            return;
        }
        e->type = k == T_COMPLEX64 ? t_float32 : t_float64;
        if (x->mode == MODE_CONST) {
            e->mode = MODE_CONST;
            e->cv = cv_make_float(id == BI_REAL ? x->cv->re : x->cv->im);
        }
        return;
    }
    case BI_UNSAFE_SIZEOF: case BI_UNSAFE_ALIGNOF: {
        if (!arg_count(c, e, 1, 1, name)) { check_args_only(c, e); set_invalid(e); return; }
        Node *x = arg(e, 0);
        check_expr(c, x, NULL);
        if (x->mode == MODE_INVALID) { set_invalid(e); return; }
        set_default_type(c, x);
        type_layout(x->type);
        e->mode = MODE_CONST;
        e->type = t_uintptr;
        e->cv = cv_make_int64(id == BI_UNSAFE_SIZEOF ? x->type->size : x->type->align);
        return;
    }
    case BI_UNSAFE_OFFSETOF: {
        if (!arg_count(c, e, 1, 1, name)) { check_args_only(c, e); set_invalid(e); return; }
        Node *x = arg(e, 0);
        while (x->kind == N_PAREN) x = x->x;
        check_expr(c, x, NULL);
        if (x->mode == MODE_INVALID) { set_invalid(e); return; }
        if (x->kind != N_SELECTOR || !x->sel || x->sel->kind != SEL_FIELD) {
            diag_error(spos(x), "invalid argument: %s is not a selector expression", expr_string(x));
            set_invalid(e);
            return;
        }
        Selection *s = x->sel;
        Type *t = x->x->type;
        if (under(t)->kind == T_POINTER) t = under(t)->elem;
        int64_t off = 0;
        for (int i = 0; i < s->npath; i++) {
            Type *u = under(t);
            type_layout(u);
            off += u->fields[s->path[i]].offset;
            t = u->fields[s->path[i]].type;
            if (i + 1 < s->npath && t->kind == T_POINTER) {
                diag_error(spos(x), "invalid argument: field %s is embedded via a pointer in %s", x->name,
                           expr_string(x->x));
                set_invalid(e);
                return;
            }
        }
        e->mode = MODE_CONST;
        e->type = t_uintptr;
        e->cv = cv_make_int64(off);
        return;
    }
    case BI_UNSAFE_ADD: case BI_UNSAFE_SLICE: case BI_UNSAFE_STRING: {
        if (!arg_count(c, e, 2, 2, name)) { check_args_only(c, e); set_invalid(e); return; }
        Node *p = arg(e, 0);
        check_expr(c, p, id == BI_UNSAFE_ADD ? t_unsafeptr : NULL);
        if (p->mode == MODE_INVALID || !unsafe_len_arg(c, arg(e, 1), name)) { set_invalid(e); return; }
        if (id == BI_UNSAFE_STRING && p->type && p->type->kind == T_UNTYPED_NIL)
            convert_untyped(c, p, type_pointer(t_uint8)); /* unsafe.String(nil, 0) is "" */
        if (id == BI_UNSAFE_ADD) {
            if (!assign_to(c, p, t_unsafeptr, xsprintf("argument to %s", name))) { set_invalid(e); return; }
            e->type = t_unsafeptr;
        } else if (under(p->type)->kind != T_POINTER ||
                   (id == BI_UNSAFE_STRING && !type_identical(under(p->type)->elem, t_uint8))) {
            diag_error(spos(p), "invalid argument: %s is not a pointer%s", operand_string(c, p),
                       id == BI_UNSAFE_STRING ? " to byte" : "");
            set_invalid(e);
            return;
        } else {
            e->type = id == BI_UNSAFE_SLICE ? type_slice(under(p->type)->elem) : t_string;
        }
        e->mode = MODE_VALUE;
        return;
    }
    case BI_UNSAFE_STRINGDATA: case BI_UNSAFE_SLICEDATA: {
        if (!arg_count(c, e, 1, 1, name)) { check_args_only(c, e); set_invalid(e); return; }
        Node *x = arg(e, 0);
        check_expr(c, x, NULL);
        if (x->mode == MODE_INVALID) { set_invalid(e); return; }
        if (id == BI_UNSAFE_STRINGDATA) {
            if (!assign_to(c, x, t_string, xsprintf("argument to %s", name))) { set_invalid(e); return; }
            e->type = type_pointer(t_uint8);
        } else if (under(x->type)->kind != T_SLICE) {
            diag_error(spos(x), "invalid argument: %s is not a slice", operand_string(c, x));
            set_invalid(e);
            return;
        } else {
            e->type = type_pointer(under(x->type)->elem);
        }
        e->mode = MODE_VALUE;
        return;
    }
    default:
        diag_unsupported(e->pos, name);
        check_args_only(c, e);
        set_invalid(e);
        return;
    }
}

void check_call(Checker *c, Node *e, Type *hint) {
    Node *f = e->x;
    if (generic_check_call(c, e, hint)) return; /* F(x), F[T](x) (check_generic.c) */
    check_expr_or_type(c, f);
    if (f->mode == MODE_INVALID) {
        check_args_only(c, e);
        set_invalid(e);
        return;
    }
    if (f->mode == MODE_TYPE) {
        Type *t = f->type;
        if (e->list.len != 1) {
            if (e->list.len == 0)
                diag_error(e->end_pos.line ? e->end_pos : e->pos, "missing argument in conversion to %s", tstr(c, t));
            else
                diag_error(spos((Node *)e->list.data[1]), "too many arguments in conversion to %s", tstr(c, t));
            check_args_only(c, e);
            set_invalid(e);
            return;
        }
        if (e->has_dots) {
            diag_error(spos(e), "invalid use of ... in conversion to %s", tstr(c, t));
        }
        check_conversion(c, e, t);
        return;
    }
    if (f->mode == MODE_BUILTIN) {
        Obj *o = f->kind == N_SELECTOR ? f->obj : f->obj;
        check_builtin(c, e, o ? o->builtin : 0);
        return;
    }
    Type *u = under(f->type);
    if (u->kind != T_FUNC) {
        diag_error(spos(e), "invalid operation: cannot call %s: %s is not a function", operand_string(c, f),
                   tstr(c, f->type));
        check_args_only(c, e);
        set_invalid(e);
        return;
    }
    e->call_kind = CALL_FUNC;
    if (f->kind == N_SELECTOR && f->sel && f->sel->kind == SEL_METHOD)
        e->call_kind = f->sel->obj ? CALL_METHOD : CALL_IFACEMETHOD;
    char *fname = expr_string(f);
    check_call_args(c, e, u, fname);
    Type *rt = result_type(u);
    if (!rt) {
        e->mode = MODE_NOVALUE;
        e->type = NULL;
    } else {
        e->mode = MODE_VALUE;
        e->type = rt;
    }
    (void)hint;
    (void)expr_start;
}
