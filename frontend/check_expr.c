/* check_expr.c — expressions: identifiers, literals, operators, untyped constant
 * conversion, and the operand descriptions gc prints in its messages. Selectors,
 * indexing and composite literals are in check_operand.c; calls in check_call.c. */
#include <string.h>

#include "check.h"

/* ---- operand descriptions (as types2 prints them) ---- */

static const char *composite_kind(Type *t) {
    switch (under(t)->kind) {
    case T_ARRAY: return "array";
    case T_SLICE: return "slice";
    case T_STRUCT: return "struct";
    case T_POINTER: return "pointer";
    case T_FUNC: return "func";
    case T_INTERFACE: return "interface";
    case T_MAP: return "map";
    case T_CHAN: return "chan";
    case T_TUPLE: return "tuple";
    default: return NULL;
    }
}

static const char *mode_name(int mode) {
    switch (mode) {
    case MODE_INVALID: return "invalid operand";
    case MODE_NOVALUE: return "no value";
    case MODE_BUILTIN: return "built-in";
    case MODE_TYPE: return "type";
    case MODE_CONST: return "constant";
    case MODE_VAR: return "variable";
    case MODE_MAPINDEX: return "map index expression";
    case MODE_COMMAOK: return "comma, ok expression";
    default: return "value";
    }
}

/* Function types are interned without parameter names, but gc prints the names of a
 * declared function or literal: rebuild them from the declaration's syntax. */
static void write_fields(Checker *c, StrBuf *b, Vec *fields, bool *named) {
    sb_putc(b, '(');
    int k = 0;
    for (int i = 0; i < fields->len; i++) {
        Node *f = fields->data[i];
        Node *te = f->x;
        bool dots = te && te->kind == N_ELLIPSIS;
        Type *t = dots ? (te->x ? te->x->type : NULL) : te ? te->type : NULL;
        char *ts = xsprintf("%s%s", dots ? "..." : "", tstr(c, t));
        if (f->names.len == 0) {
            if (k++) sb_puts(b, ", ");
            sb_puts(b, ts);
        }
        for (int j = 0; j < f->names.len; j++) {
            if (k++) sb_puts(b, ", ");
            sb_printf(b, "%s %s", ((Node *)f->names.data[j])->name, ts);
            if (named) *named = true;
        }
    }
    sb_putc(b, ')');
}

static char *func_type_string(Checker *c, Node *ft) {
    StrBuf b = {0};
    sb_puts(&b, "func");
    write_fields(c, &b, &ft->list, NULL);
    if (ft->list2.len > 0) {
        Node *r0 = ft->list2.data[0];
        if (ft->list2.len == 1 && r0->names.len == 0) {
            sb_putc(&b, ' ');
            sb_puts(&b, tstr(c, r0->x ? r0->x->type : NULL));
        } else {
            sb_putc(&b, ' ');
            write_fields(c, &b, &ft->list2, NULL);
        }
    }
    return b.data;
}

static char *operand_type_string(Checker *c, Node *e) {
    Node *ft = NULL;
    if (e->kind == N_FUNCLIT) ft = e->x;
    else if ((e->kind == N_IDENT || e->kind == N_SELECTOR) && e->obj && e->obj->kind == OBJ_FUNC && e->obj->decl &&
             e->obj->decl->kind == N_FUNCDECL && !e->obj->decl->recv)
        ft = e->obj->decl->x;
    if (ft && ft->kind == N_FUNCTYPE && e->type && e->type->kind == T_FUNC) return func_type_string(c, ft);
    return tstr(c, e->type);
}

char *operand_string(Checker *c, Node *e) {
    if (e->type && e->type->kind == T_UNTYPED_NIL) return xstrdup("nil");
    StrBuf b = {0};
    char *expr = expr_string(e);
    sb_printf(&b, "%s (", expr);
    bool has_type = false;
    if (e->mode != MODE_INVALID && e->mode != MODE_NOVALUE && e->mode != MODE_BUILTIN &&
        e->mode != MODE_TYPE && e->type) {
        if (type_is_untyped(e->type)) sb_printf(&b, "%s ", type_string(e->type));
        else has_type = true;
    }
    sb_puts(&b, mode_name(e->mode));
    if (e->mode == MODE_CONST && e->cv) {
        char *v = cv_string(e->cv);
        if (strcmp(v, expr) != 0) sb_printf(&b, " %s", v);
    }
    if (has_type) {
        if (e->type == t_invalid) {
            sb_puts(&b, " with invalid type");
        } else {
            const char *desc = NULL;
            if (e->type->kind == T_NAMED) {
                desc = composite_kind(e->type);
                if (!desc) desc = type_string(under(e->type));
            }
            sb_printf(&b, " of %s%stype %s", desc ? desc : "", desc ? " " : "", operand_type_string(c, e));
        }
    }
    sb_putc(&b, ')');
    return b.data;
}

/* types2 reports errors at the start of the offending expression, not at its operator */
Pos spos(Node *e) {
    for (int guard = 0; e && guard < 1000; guard++) {
        switch (e->kind) {
        case N_SELECTOR: case N_INDEX: case N_SLICE: case N_TYPEASSERT: case N_CALL: case N_BINARY:
        case N_KEYVALUE: case N_EXPRSTMT: case N_INCDEC: case N_SENDSTMT:
            if (!e->x) return e->pos;
            e = e->x;
            break;
        case N_COMPOSITE:
            if (!e->x) return e->pos;
            e = e->x;
            break;
        case N_ASSIGN:
            if (e->list.len == 0) return e->pos;
            e = e->list.data[0];
            break;
        default: return e->pos;
        }
    }
    return e ? e->pos : (Pos){0};
}

/* ---- identifiers ---- */

Obj *lookup_ident(Checker *c, Node *id) {
    bool crossed_func = false;
    for (Scope *s = c->scope ? c->scope : c->file_scope; s; s = s->parent) {
        Obj *o = scope_lookup_local(s, id->name);
        if (o) {
            if (crossed_func && o->kind == OBJ_VAR && !o->is_global && !o->is_field && o->pkg == c->pkg)
                o->addr_taken = true; /* captured by a func literal */
            id->obj = o;
            if (o->kind == OBJ_PKG) o->used = true;
            return o;
        }
        if (s->is_func) crossed_func = true;
    }
    if (!id->bad) /* a name the lexer already reported as malformed */
        diag_error(spos(id), "undefined: %s", id->name);
    return NULL;
}

static void set_invalid(Node *e) {
    e->mode = MODE_INVALID;
    e->type = t_invalid;
}

static void check_ident(Checker *c, Node *e) {
    if (!strcmp(e->name, "_")) {
        diag_error(spos(e), "cannot use _ as value");
        set_invalid(e);
        return;
    }
    Obj *o = lookup_ident(c, e);
    if (!o) {
        set_invalid(e);
        return;
    }
    resolve_obj(c, o);
    record_dep(c, o);
    e->type = o->type ? o->type : t_invalid;
    switch (o->kind) {
    case OBJ_CONST:
        e->mode = MODE_CONST;
        if (o == universe_iota) {
            if (c->iota < 0) {
                diag_error(spos(e), "cannot use iota outside constant declaration");
                set_invalid(e);
                return;
            }
            e->cv = cv_make_int64(c->iota);
        } else {
            e->cv = o->cv;
        }
        if (!e->cv) set_invalid(e);
        break;
    case OBJ_VAR:
        e->mode = MODE_VAR;
        o->used = true;
        break;
    case OBJ_FUNC: e->mode = MODE_VALUE; break;
    case OBJ_TYPE: e->mode = MODE_TYPE; break;
    case OBJ_BUILTIN: e->mode = MODE_BUILTIN; break;
    case OBJ_NIL: e->mode = MODE_VALUE; e->type = t_untyped_nil; break;
    case OBJ_PKG:
        diag_error(spos(e), "use of package %s without selector", o->name);
        set_invalid(e);
        return;
    default: set_invalid(e); return;
    }
    if (e->type == t_invalid && e->mode != MODE_BUILTIN && e->mode != MODE_TYPE) e->mode = MODE_INVALID;
}

/* ---- untyped conversion ---- */

/* Rewrites the type of an untyped expression tree to `target` (already validated). */
void convert_untyped(Checker *c, Node *e, Type *target) {
    if (!e || !type_is_untyped(e->type) || target == t_invalid) return;
    if (type_is_untyped(target)) {
        /* only widen within untyped kinds (e.g. untyped int operand of untyped float op) */
        if (e->mode == MODE_CONST && e->cv && target->kind != T_UNTYPED_BOOL &&
            target->kind != T_UNTYPED_STRING && target->kind != T_UNTYPED_NIL) {
            ReprResult r = cv_representable(e->cv, target, &e->cv);
            (void)r;
        }
        e->type = target;
        return;
    }
    Type *u = under(target);
    if (e->mode == MODE_CONST && e->cv && u->kind != T_INTERFACE) {
        ConstVal *out;
        if (cv_representable(e->cv, target, &out) == REPR_OK) e->cv = out;
    } else if (e->mode == MODE_CONST && u->kind == T_INTERFACE) {
        /* a constant stored in an interface takes its default type */
        Type *d = type_default(e->type);
        if (e->type->kind == T_UNTYPED_NIL) d = target;
        convert_untyped(c, e, d);
        return;
    }
    if (u->kind == T_INTERFACE && e->type->kind != T_UNTYPED_NIL) {
        convert_untyped(c, e, type_default(e->type));
        return;
    }
    e->type = target;
    switch (e->kind) {
    case N_PAREN: convert_untyped(c, e->x, target); break;
    case N_UNARY: if (e->op != TK_NOT || type_is_boolean(target)) convert_untyped(c, e->x, target); break;
    case N_BINARY:
        switch (e->op) {
        case TK_EQL: case TK_NEQ: case TK_LSS: case TK_LEQ: case TK_GTR: case TK_GEQ:
            break; /* operands keep their own types */
        case TK_SHL: case TK_SHR: convert_untyped(c, e->x, target); break;
        default:
            convert_untyped(c, e->x, target);
            convert_untyped(c, e->y, target);
        }
        break;
    default: break;
    }
}

void set_default_type(Checker *c, Node *e) {
    if (e && type_is_untyped(e->type) && e->type->kind != T_UNTYPED_NIL)
        convert_untyped(c, e, type_default(e->type));
}

/* Can untyped operand e be implicitly converted to typed `target`? Reports gc's message
 * for constants that do not fit ("... overflows T", "... truncated to T") and returns
 * false; returns false silently (mismatch=true) for kind mismatches the caller words. */
static bool implicit_convertible(Checker *c, Node *e, Type *target, bool *mismatch) {
    *mismatch = false;
    Type *u = under(target);
    Type *et = e->type;
    if (u->kind == T_INTERFACE) {
        if (et->kind == T_UNTYPED_NIL) return true;
        return u->nimethods == 0; /* only the empty interface holds every default type */
    }
    if (et->kind == T_UNTYPED_NIL) {
        switch (u->kind) {
        case T_POINTER: case T_SLICE: case T_MAP: case T_CHAN: case T_FUNC: case T_UNSAFEPTR: return true;
        default: *mismatch = true; return false;
        }
    }
    if (e->mode == MODE_CONST && e->cv) {
        if (!(u->kind >= T_BOOL && u->kind <= T_STRING)) {
            *mismatch = true;
            return false;
        }
        ReprResult r = cv_representable(e->cv, target, NULL);
        if (r == REPR_OK) return true;
        if (r == REPR_MISMATCH || (type_is_numeric(et) && !type_is_numeric(target))) {
            *mismatch = true;
            return false;
        }
        /* numeric constant that does not fit */
        if (!(!type_is_integer(et) && type_is_integer(target)))
            diag_error(spos(e), "%s overflows %s", operand_string(c, e), tstr(c, target));
        else
            diag_error(spos(e), "%s truncated to %s", operand_string(c, e), tstr(c, target));
        return false;
    }
    /* untyped non-constant values: bool from comparisons, shifted untyped constants */
    if (et->kind == T_UNTYPED_BOOL) {
        if (type_is_boolean(target)) return true;
    } else if (type_is_numeric(et)) {
        if (type_is_numeric(target)) return true;
    } else if (et->kind == T_UNTYPED_STRING) {
        if (type_is_string(target)) return true;
    }
    *mismatch = true;
    return false;
}

/* ---- binary and unary operators ---- */

static bool is_comparison(Tok op) {
    return op == TK_EQL || op == TK_NEQ || op == TK_LSS || op == TK_LEQ || op == TK_GTR || op == TK_GEQ;
}

static const char *op_str(Tok op) { return tok_string(op); }

/* Does the operator accept operands of type t? */
static bool op_allowed(Tok op, Type *t, const char **what) {
    switch (op) {
    case TK_ADD:
        *what = "operator + not defined on";
        return type_is_numeric(t) || type_is_string(t);
    case TK_SUB: case TK_MUL: case TK_QUO:
        *what = NULL;
        return type_is_numeric(t);
    case TK_REM: case TK_AND: case TK_OR: case TK_XOR: case TK_AND_NOT:
        return type_is_integer(t);
    case TK_LAND: case TK_LOR:
        return type_is_boolean(t);
    default: return false;
    }
}

static int untyped_rank(Type *t) {
    switch (t->kind) {
    case T_UNTYPED_INT: return 1;
    case T_UNTYPED_RUNE: return 2;
    case T_UNTYPED_FLOAT: return 3;
    case T_UNTYPED_COMPLEX: return 4;
    default: return 0;
    }
}

/* Brings x and y to a common type following Go's rules for untyped operands; reports
 * mismatches. Returns false after an error. */
static bool match_types(Checker *c, Node *e, Node *x, Node *y) {
    bool xu = type_is_untyped(x->type), yu = type_is_untyped(y->type);
    if (xu && yu) {
        int rx = untyped_rank(x->type), ry = untyped_rank(y->type);
        if (rx && ry) {
            Type *t = rx >= ry ? x->type : y->type;
            convert_untyped(c, x, t);
            convert_untyped(c, y, t);
        }
        return true;
    }
    if (xu || yu) {
        Node *u = xu ? x : y, *t = xu ? y : x;
        bool mismatch;
        if (!implicit_convertible(c, u, t->type, &mismatch)) {
            if (mismatch) {
                char *xs = tstr(c, x->type), *ys = tstr(c, y->type);
                /* comparisons report at the second operand, arithmetic at the first */
                diag_error(is_comparison(e->op) ? spos(y) : spos(e),
                           "invalid operation: %s (mismatched types %s and %s)", expr_string(e), xs, ys);
            }
            return false;
        }
        convert_untyped(c, u, t->type);
        return true;
    }
    return true;
}

static void check_comparison(Checker *c, Node *e, Node *x, Node *y) {
    bool xnil = x->type->kind == T_UNTYPED_NIL, ynil = y->type->kind == T_UNTYPED_NIL;
    if (!match_types(c, e, x, y)) {
        set_invalid(e);
        return;
    }
    Type *xt = x->type, *yt = y->type;
    const char *err = NULL;
    Node *bad = NULL;
    bool ok_assign = type_identical(xt, yt) || assignable(c, x, yt, NULL) || assignable(c, y, xt, NULL);
    if (!ok_assign) {
        diag_error(spos(y), "invalid operation: %s (mismatched types %s and %s)", expr_string(e),
                   tstr(c, xt), tstr(c, yt));
        set_invalid(e);
        return;
    }
    if (e->op == TK_EQL || e->op == TK_NEQ) {
        if (xnil && ynil) {
            diag_error(spos(e), "invalid operation: %s (operator == not defined on nil)", expr_string(e));
            set_invalid(e);
            return;
        }
        /* comparing against nil is how slices, maps and funcs are compared at all */
        if (!xnil && !ynil) {
            if (!type_comparable(xt)) bad = x;
            else if (!type_comparable(yt)) bad = y;
        }
        if (bad) {
            Type *bt = bad->type;
            e->pos = e->pos; /* reported at the incomparable operand */
            const char *kind = under(bt)->kind == T_SLICE ? "slice" : under(bt)->kind == T_MAP ? "map"
                             : under(bt)->kind == T_FUNC ? "func" : NULL;
            if (kind)
                diag_error(spos(bad), "invalid operation: %s (%s can only be compared to nil)", expr_string(e), kind);
            else if (under(bt)->kind == T_STRUCT) {
                Type *ft = NULL;
                for (int i = 0; i < under(bt)->nfields && !ft; i++)
                    if (!type_comparable(under(bt)->fields[i].type)) ft = under(bt)->fields[i].type;
                diag_error(spos(bad), "invalid operation: %s (struct containing %s cannot be compared)",
                           expr_string(e), tstr(c, ft));
            } else
                diag_error(spos(bad), "invalid operation: %s (%s cannot be compared)", expr_string(e), tstr(c, bt));
            set_invalid(e);
            return;
        }
    } else {
        Node *bad_op = !(type_is_integer(xt) || type_is_float(xt) || type_is_string(xt)) ? x
                     : !(type_is_integer(yt) || type_is_float(yt) || type_is_string(yt)) ? y : NULL;
        if (bad_op) {
            err = "operator";
            const char *kind = composite_kind(bad_op->type);
            if (kind && !strcmp(kind, "tuple")) kind = NULL;
            diag_error(spos(bad_op), "invalid operation: %s (operator %s not defined on %s)", expr_string(e),
                       op_str(e->op), kind ? kind : tstr(c, bad_op->type));
            set_invalid(e);
            return;
        }
    }
    (void)err;
    if (x->mode == MODE_CONST && y->mode == MODE_CONST && x->cv && y->cv) {
        ConstVal *a = x->cv, *b = y->cv;
        if (a->kind != b->kind) {
            ConstKind k = a->kind > b->kind ? a->kind : b->kind;
            a = cv_to_kind(a, k);
            b = cv_to_kind(b, k);
        }
        e->mode = MODE_CONST;
        e->cv = (a && b) ? cv_make_bool(cv_compare(e->op, a, b)) : cv_make_bool(false);
    } else {
        e->mode = MODE_VALUE;
        /* untyped operands compared with each other take their default types */
        set_default_type(c, x);
        set_default_type(c, y);
    }
    e->type = t_untyped_bool;
}

bool check_shift_count(Checker *c, Node *y, unsigned *count) {
    if (y->mode == MODE_CONST && y->cv) {
        ConstVal *iv = cv_to_kind(y->cv, CV_INT);
        if (!iv) {
            diag_error(spos(y), "invalid shift count %s", operand_string(c, y));
            return false;
        }
        if (bi_sign(iv->i) < 0) {
            diag_error(spos(y), "invalid operation: negative shift count %s", operand_string(c, y));
            return false;
        }
        if (type_is_untyped(y->type)) {
            y->cv = iv;
            convert_untyped(c, y, t_uint);
        }
        if (count) *count = bi_fits_uint64(iv->i) && bi_to_uint64(iv->i) < 100000 ? (unsigned)bi_to_uint64(iv->i) : 100000;
        return true;
    }
    if (type_is_untyped(y->type)) {
        bool m;
        if (!implicit_convertible(c, y, t_uint, &m)) {
            if (m) diag_error(spos(y), "invalid shift count %s", operand_string(c, y));
            return false;
        }
        convert_untyped(c, y, t_uint);
    }
    if (!type_is_integer(y->type)) {
        diag_error(spos(y), "invalid operation: shift count %s must be integer", operand_string(c, y));
        return false;
    }
    return true;
}

static void check_shift(Checker *c, Node *e, Node *x, Node *y, Type *hint) {
    /* the left operand must be an integer (or an untyped constant representable as one) */
    if (x->mode == MODE_CONST && type_is_untyped(x->type)) {
        ConstVal *iv = x->cv ? cv_to_kind(x->cv, CV_INT) : NULL;
        if (!iv) {
            diag_error(spos(x), "invalid operation: shifted operand %s must be integer", operand_string(c, x));
            set_invalid(e);
            return;
        }
    } else if (!type_is_integer(x->type)) {
        diag_error(spos(x), "invalid operation: shifted operand %s must be integer", operand_string(c, x));
        set_invalid(e);
        return;
    }
    unsigned count = 0;
    /* described before check_shift_count converts an untyped count to uint: gc's message
     * speaks of the count as written ("10000 (untyped int constant)") */
    char *ydesc = operand_string(c, y);
    if (!check_shift_count(c, y, &count)) {
        set_invalid(e);
        return;
    }
    if (x->mode == MODE_CONST && y->mode == MODE_CONST) {
        ConstVal *xv = cv_to_kind(x->cv, CV_INT);
        if (count >= 10000 && e->op == TK_SHL && !bi_is_zero(xv->i)) {
            diag_error(spos(y), "invalid operation: invalid shift count %s", ydesc);
            set_invalid(e);
            return;
        }
        e->mode = MODE_CONST;
        e->cv = cv_shift(e->op, xv, count);
        if (type_is_untyped(x->type) && bi_bitlen(e->cv->i) > 512) {
            /* gc keeps untyped integer constants within 512 bits */
            diag_error(e->pos, "constant shift overflow");
            set_invalid(e);
            return;
        }
        e->type = type_is_untyped(x->type) ? (x->type->kind == T_UNTYPED_RUNE ? t_untyped_rune : t_untyped_int) : x->type;
        if (type_is_untyped(x->type)) {
            x->cv = xv;
            x->type = e->type;
        } else if (cv_representable(e->cv, e->type, NULL) != REPR_OK) {
            diag_error(spos(e), "%s (constant %s of type %s) overflows %s", expr_string(e), cv_string(e->cv),
                       tstr(c, e->type), tstr(c, e->type));
        }
        return;
    }
    /* non-constant shift: an untyped constant left operand takes the type the context
     * gives the whole shift (Go spec), so the shift stays untyped until convert_untyped
     * (or the default type) settles it, and the conversion reaches x through the tree */
    (void)hint;
    e->mode = MODE_VALUE;
    e->type = x->type;
}

static void check_binary(Checker *c, Node *e, Type *hint) {
    Node *x = e->x, *y = e->y;
    if (e->op == TK_SHL || e->op == TK_SHR) {
        check_expr(c, x, hint);
        check_expr(c, y, NULL);
        if (x->mode == MODE_INVALID || y->mode == MODE_INVALID) {
            set_invalid(e);
            return;
        }
        check_shift(c, e, x, y, hint);
        return;
    }
    Type *sub_hint = is_comparison(e->op) ? NULL : hint;
    check_expr(c, x, sub_hint);
    check_expr(c, y, sub_hint);
    if (x->mode == MODE_INVALID || y->mode == MODE_INVALID) {
        set_invalid(e);
        return;
    }
    if (x->mode == MODE_TYPE || y->mode == MODE_TYPE || x->mode == MODE_NOVALUE || y->mode == MODE_NOVALUE) {
        Node *bad = (x->mode == MODE_TYPE || x->mode == MODE_NOVALUE) ? x : y;
        if (bad->mode == MODE_TYPE) diag_error(spos(bad), "%s (type) is not an expression", expr_string(bad));
        else diag_error(spos(bad), "%s (no value) used as value", expr_string(bad));
        set_invalid(e);
        return;
    }
    if (is_comparison(e->op)) {
        check_comparison(c, e, x, y);
        return;
    }
    if (!match_types(c, e, x, y)) {
        set_invalid(e);
        return;
    }
    if (!type_identical(x->type, y->type)) {
        /* untyped operands of different kinds were already unified */
        if (!(type_is_untyped(x->type) && type_is_untyped(y->type))) {
            diag_error(spos(e), "invalid operation: %s (mismatched types %s and %s)", expr_string(e),
                       tstr(c, x->type), tstr(c, y->type));
            set_invalid(e);
            return;
        }
        if (x->type != y->type) {
            diag_error(spos(e), "invalid operation: %s (mismatched types %s and %s)", expr_string(e),
                       tstr(c, x->type), tstr(c, y->type));
            set_invalid(e);
            return;
        }
    }
    const char *what;
    if (!op_allowed(e->op, x->type, &what)) {
        diag_error(spos(e), "invalid operation: operator %s not defined on %s", op_str(e->op), operand_string(c, x));
        set_invalid(e);
        return;
    }
    Type *t = x->type;
    if ((e->op == TK_QUO || e->op == TK_REM) && y->mode == MODE_CONST && y->cv && type_is_numeric(y->type)) {
        bool zero = false;
        ConstVal *v = y->cv;
        if (v->kind == CV_INT) zero = bi_is_zero(v->i);
        else if (v->kind == CV_FLOAT) zero = br_is_zero(v->re);
        else if (v->kind == CV_COMPLEX) zero = br_is_zero(v->re) && br_is_zero(v->im);
        if (zero && (x->mode == MODE_CONST || type_is_integer(t))) {
            diag_error(spos(y), "invalid operation: division by zero");
            set_invalid(e);
            return;
        }
    }
    if (x->mode == MODE_CONST && y->mode == MODE_CONST && x->cv && y->cv) {
        ConstVal *a = x->cv, *b = y->cv;
        ConstKind k = a->kind > b->kind ? a->kind : b->kind;
        if (type_is_untyped(t)) {
            if (t->kind == T_UNTYPED_FLOAT && k < CV_FLOAT) k = CV_FLOAT;
            if (t->kind == T_UNTYPED_COMPLEX) k = CV_COMPLEX;
        } else {
            if (type_is_integer(t)) k = CV_INT;
            else if (type_is_float(t)) k = CV_FLOAT;
            else if (type_is_complex(t)) k = CV_COMPLEX;
        }
        a = cv_to_kind(a, k);
        b = cv_to_kind(b, k);
        bool int_div = type_is_integer(t);
        ConstVal *r = (a && b) ? cv_binary(e->op, a, b, int_div) : NULL;
        if (!r) {
            set_invalid(e);
            return;
        }
        e->mode = MODE_CONST;
        e->type = t;
        if (!type_is_untyped(t)) {
            ConstVal *out;
            ReprResult rr = cv_representable(r, t, &out);
            if (rr == REPR_OK) r = out;
            else if (rr == REPR_OVERFLOWS) {
                e->cv = r;
                diag_error(spos(e), "%s (constant %s of type %s) overflows %s", expr_string(e), cv_string(r),
                           tstr(c, t), tstr(c, t));
                set_invalid(e);
                return;
            }
        } else if (r->kind == CV_INT && bi_bitlen(r->i) > 512) {
            diag_error(spos(e), "constant %s overflow", e->op == TK_MUL ? "multiplication" :
                       e->op == TK_ADD ? "addition" : e->op == TK_SUB ? "subtraction" : "arithmetic");
            set_invalid(e);
            return;
        }
        e->cv = r;
        return;
    }
    e->mode = MODE_VALUE;
    e->type = t;
}

static void check_unary(Checker *c, Node *e, Type *hint) {
    Node *x = e->x;
    if (e->op == TK_AND) {
        Node *inner = x;
        while (inner->kind == N_PAREN) inner = inner->x;
        if (inner->kind == N_COMPOSITE) {
            Type *h = hint && under(hint)->kind == T_POINTER ? under(hint)->elem : NULL;
            check_expr(c, inner, h);
            if (x != inner) { x->type = inner->type; x->mode = inner->mode; }
            if (inner->mode == MODE_INVALID) { set_invalid(e); return; }
            e->mode = MODE_VALUE;
            e->type = type_pointer(inner->type);
            return;
        }
        check_expr(c, x, NULL);
        if (x->mode == MODE_INVALID) { set_invalid(e); return; }
        if (!is_addressable(x)) {
            diag_error(spos(e), "invalid operation: cannot take address of %s", operand_string(c, x));
            set_invalid(e);
            return;
        }
        mark_addr_taken(x);
        e->mode = MODE_VALUE;
        e->type = type_pointer(x->type);
        return;
    }
    if (e->op == TK_ARROW) {
        check_expr(c, x, NULL);
        if (x->mode == MODE_INVALID) { set_invalid(e); return; }
        Type *u = under(x->type);
        if (u->kind != T_CHAN) {
            diag_error(spos(e), "invalid operation: cannot receive from non-channel %s", operand_string(c, x));
            set_invalid(e);
            return;
        }
        if (u->chan_dir == 1) {
            diag_error(spos(e), "invalid operation: cannot receive from send-only channel %s", operand_string(c, x));
            set_invalid(e);
            return;
        }
        e->mode = MODE_COMMAOK;
        e->type = u->elem;
        return;
    }
    check_expr(c, x, hint);
    if (x->mode == MODE_INVALID) { set_invalid(e); return; }
    bool ok;
    switch (e->op) {
    case TK_ADD: case TK_SUB: ok = type_is_numeric(x->type); break;
    case TK_XOR: ok = type_is_integer(x->type); break;
    case TK_NOT: ok = type_is_boolean(x->type); break;
    default: ok = false;
    }
    if (!ok) {
        diag_error(spos(x), "invalid operation: operator %s not defined on %s", op_str(e->op), operand_string(c, x));
        set_invalid(e);
        return;
    }
    e->type = x->type;
    if (x->mode == MODE_CONST && x->cv) {
        int usize = (!type_is_untyped(x->type) && type_is_unsigned(x->type)) ? (int)under(x->type)->size : 0;
        ConstVal *r = cv_unary(e->op, x->cv, usize);
        if (!r) { set_invalid(e); return; }
        if (!type_is_untyped(e->type)) {
            ConstVal *out;
            if (cv_representable(r, e->type, &out) == REPR_OVERFLOWS) {
                diag_error(spos(e), "%s (constant %s of type %s) overflows %s", expr_string(e), cv_string(r),
                           tstr(c, e->type), tstr(c, e->type));
                set_invalid(e);
                return;
            }
            r = out;
        }
        e->mode = MODE_CONST;
        e->cv = r;
        return;
    }
    e->mode = MODE_VALUE;
}

static void check_basic_lit(Checker *c, Node *e) {
    /* gc refuses to evaluate absurdly long literals (10000 characters or more) */
    size_t litlen = e->lit ? strlen(e->lit) : 0;
    if (litlen >= 10000 && (e->lit_kind == TK_INT || e->lit_kind == TK_FLOAT || e->lit_kind == TK_IMAG)) {
        diag_error(spos(e), "excessively long constant: %.10s... (%zu chars)", e->lit, litlen);
        set_invalid(e);
        return;
    }
    e->cv = cv_from_literal(e->lit_kind, e->lit);
    if (!e->cv) {
        if (!e->bad) /* the lexer reported it already, in gc's words */
            diag_error(spos(e), "malformed constant: %s", e->lit);
        set_invalid(e);
        return;
    }
    e->mode = MODE_CONST;
    switch (e->lit_kind) {
    case TK_INT: e->type = t_untyped_int; break;
    case TK_FLOAT: e->type = t_untyped_float; break;
    case TK_IMAG: e->type = t_untyped_complex; break;
    case TK_CHAR: e->type = t_untyped_rune; break;
    default: e->type = t_untyped_string; break;
    }
    if (e->cv->kind == CV_INT && bi_bitlen(e->cv->i) > 512) {
        diag_error(spos(e), "integer constant overflow");
        set_invalid(e);
    }
}

/* ---- addressability ---- */

bool is_addressable(Node *e) {
    while (e->kind == N_PAREN) e = e->x;
    return e->mode == MODE_VAR;
}

void mark_addr_taken(Node *e) {
    while (e->kind == N_PAREN) e = e->x;
    if (e->kind == N_IDENT && e->obj && e->obj->kind == OBJ_VAR) e->obj->addr_taken = true;
    else if (e->kind == N_SELECTOR && e->sel && e->sel->kind == SEL_FIELD && !e->sel->indirect &&
             under(e->x->type)->kind != T_POINTER)
        mark_addr_taken(e->x);
    else if (e->kind == N_INDEX && e->x->type && under(e->x->type)->kind == T_ARRAY)
        mark_addr_taken(e->x);
}

/* ---- dispatch ---- */

static void check_expr_or_type_raw(Checker *c, Node *e);

void check_expr_or_type(Checker *c, Node *e) {
    check_expr_or_type_raw(c, e);
    if (!e->type) e->type = t_invalid;
    if (e->type == t_invalid && e->mode != MODE_TYPE && e->mode != MODE_BUILTIN && e->mode != MODE_NOVALUE &&
        e->mode != MODE_PKG)
        e->mode = MODE_INVALID;
}

static void check_expr_or_type_raw(Checker *c, Node *e) {
    switch (e->kind) {
    case N_ARRAYTYPE: case N_STRUCTTYPE: case N_FUNCTYPE: case N_INTERFACETYPE: case N_MAPTYPE:
    case N_CHANTYPE:
        check_type(c, e);
        return;
    case N_IDENT: check_ident(c, e); return;
    case N_PAREN:
        check_expr_or_type(c, e->x);
        e->mode = e->x->mode;
        e->type = e->x->type;
        e->cv = e->x->cv;
        return;
    case N_STAR:
        check_expr_or_type(c, e->x);
        if (e->x->mode == MODE_INVALID) { set_invalid(e); return; }
        if (e->x->mode == MODE_TYPE) {
            e->mode = MODE_TYPE;
            e->type = type_pointer(e->x->type);
            return;
        }
        if (e->x->type->kind == T_UNTYPED_NIL) {
            diag_error(spos(e), "invalid operation: cannot indirect nil");
            set_invalid(e);
            return;
        }
        if (under(e->x->type)->kind != T_POINTER) {
            diag_error(spos(e), "invalid operation: cannot indirect %s", operand_string(c, e->x));
            set_invalid(e);
            return;
        }
        e->mode = MODE_VAR;
        e->type = under(e->x->type)->elem;
        return;
    case N_SELECTOR: check_selector(c, e); return;
    default: check_multi_expr(c, e); return;
    }
}

/* Implemented in check_operand.c */
void check_composite(Checker *c, Node *e, Type *hint);
void check_index(Checker *c, Node *e);
void check_slice_expr(Checker *c, Node *e);
void check_type_assert(Checker *c, Node *e);

static void check_expr_internal(Checker *c, Node *e, Type *hint) {
    switch (e->kind) {
    case N_BAD: set_invalid(e); break;
    case N_IDENT: check_ident(c, e); break;
    case N_BASICLIT: check_basic_lit(c, e); break;
    case N_PAREN:
        check_multi_expr(c, e->x);
        e->mode = e->x->mode;
        e->type = e->x->type;
        e->cv = e->x->cv;
        break;
    case N_FUNCLIT: check_func_lit(c, e); break;
    case N_COMPOSITE: check_composite(c, e, hint); break;
    case N_SELECTOR: check_selector(c, e); break;
    case N_INDEX: check_index(c, e); break;
    case N_SLICE: check_slice_expr(c, e); break;
    case N_TYPEASSERT: check_type_assert(c, e); break;
    case N_CALL: check_call(c, e, hint); break;
    case N_STAR: check_expr_or_type(c, e); break;
    case N_UNARY: check_unary(c, e, hint); break;
    case N_BINARY: check_binary(c, e, hint); break;
    case N_KEYVALUE:
        diag_error(spos(e), "unexpected key:value expression");
        set_invalid(e);
        break;
    case N_ARRAYTYPE: case N_STRUCTTYPE: case N_FUNCTYPE: case N_INTERFACETYPE: case N_MAPTYPE:
    case N_CHANTYPE:
        check_type(c, e);
        break;
    default:
        diag_error(spos(e), "%s is not an expression", expr_string(e));
        set_invalid(e);
        break;
    }
    if (!e->type) e->type = t_invalid;
    if (e->mode == MODE_VALUE || e->mode == MODE_TYPE) generic_report_uninstantiated(c, e); /* generics */
    /* an operand of invalid type is as good as an invalid operand: no cascades */
    if (e->type == t_invalid && e->mode != MODE_TYPE && e->mode != MODE_BUILTIN && e->mode != MODE_NOVALUE &&
        e->mode != MODE_PKG)
        e->mode = MODE_INVALID;
}

void check_multi_expr(Checker *c, Node *e) { check_expr_internal(c, e, NULL); }
void check_multi_expr_hint(Checker *c, Node *e, Type *hint) { check_expr_internal(c, e, hint); }

void check_expr(Checker *c, Node *e, Type *hint) {
    check_expr_internal(c, e, hint);
    expr_single_value(c, e);
}

/* The checks check_expr adds for a single value: no types, builtins or tuples. */
void expr_single_value(Checker *c, Node *e) {
    switch (e->mode) {
    case MODE_TYPE:
        diag_error(spos(e), "%s (type) is not an expression", expr_string(e));
        set_invalid(e);
        break;
    case MODE_BUILTIN:
        diag_error(spos(e), "%s (built-in) must be called", expr_string(e));
        set_invalid(e);
        break;
    case MODE_VALUE: case MODE_VAR: case MODE_COMMAOK: case MODE_MAPINDEX:
        if (e->type && e->type->kind == T_TUPLE) {
            diag_error(spos(e), "multiple-value %s (value of type %s) in single-value context", expr_string(e),
                       tstr(c, e->type));
            set_invalid(e);
        }
        break;
    default: break;
    }
}

/* ---- function literals ---- */

void check_func_lit(Checker *c, Node *e) {
    Scope *fs = scope_new(c->scope);
    fs->is_func = true;
    e->scope = fs;
    Type *sig = check_signature(c, e->x, NULL, fs, true);
    e->type = sig;
    e->mode = MODE_VALUE;
    if (!e->body) return;
    /* the body is checked now, with the enclosing function's context saved */
    Type *saved_sig = c->sig;
    Vec saved_labels = c->labels, saved_break = c->breakable;
    Node *saved_body = c->func_body;
    c->labels = (Vec){0};
    c->breakable = (Vec){0};
    Node *saved_ftype = c->ftype;
    c->ftype = e->x;
    check_func_body(c, c->func, sig, e->body, fs);
    c->ftype = saved_ftype;
    c->sig = saved_sig;
    c->labels = saved_labels;
    c->breakable = saved_break;
    c->func_body = saved_body;
}
