/* parser_type.c — types: named and instantiated types, pointer/array/slice/map/chan/func
 * types, struct and interface bodies, parameter and type-parameter lists, constraints.
 *
 * The hard part is telling names from types in lists where both may appear:
 *   func(a, b int)   func(int, string)   struct{ a [N]int; T[int] }
 * Parameter entries are read first and grouped afterwards (a run of bare names takes the type
 * that follows it); "name [" is an array-typed field/parameter when a type follows the ']',
 * and an instantiated generic type otherwise. */
#include "parser_internal.h"

bool p_starts_type(Tok t) {
    switch (t) {
    case TK_IDENT: case TK_LBRACK: case TK_STRUCT: case TK_MUL: case TK_FUNC: case TK_INTERFACE:
    case TK_MAP: case TK_CHAN: case TK_LPAREN: case TK_ARROW:
        return true;
    default:
        return false;
    }
}

/* Type arguments after a type name: T[A, B]. The '[' is current. */
static Node *type_args(Parser *p, Node *x) {
    Node *ix = node_new(N_INDEX, p->pos);
    ix->x = x;
    p_next(p);
    p->xnest++;
    while (p->tok != TK_EOF && p->tok != TK_RBRACK) {
        vec_push(&ix->list, p_type(p));
        if (!p_got(p, TK_COMMA)) break;
    }
    p->xnest--;
    if (ix->list.len == 0) p_syntax_error(p, "expected type argument list");
    p_want(p, TK_RBRACK);
    return ix;
}

Node *p_qualified_type_from(Parser *p, Node *name) {
    Node *x = name;
    if (p->tok == TK_PERIOD) {
        Node *s = node_new(N_SELECTOR, p->pos);
        p_next(p);
        s->x = x;
        s->name_node = p_name(p);
        s->name = s->name_node->name;
        x = s;
    }
    if (p->tok == TK_LBRACK) x = type_args(p, x);
    return x;
}

/* After "name" with '[' current: an array/slice type (is_array = true, the name is then a
 * field or parameter name) or an instantiated type name[args] (is_array = false). */
Node *p_array_or_typeargs_after_name(Parser *p, Node *name, bool *is_array) {
    Pos lbrack = p->pos;
    p_next(p);
    Node *arr = node_new(N_ARRAYTYPE, lbrack);
    *is_array = true;
    if (p_got(p, TK_RBRACK)) {
        arr->y = p_type(p);
        return arr;
    }
    if (p->tok == TK_ELLIPSIS) {
        arr->x = node_new(N_ELLIPSIS, p->pos);
        p_next(p);
        p_want(p, TK_RBRACK);
        arr->y = p_type(p);
        return arr;
    }
    Vec list = {0};
    p->xnest++;
    while (p->tok != TK_EOF && p->tok != TK_RBRACK) {
        vec_push(&list, p_expr(p));
        if (!p_got(p, TK_COMMA)) break;
    }
    p->xnest--;
    p_want(p, TK_RBRACK);
    if (list.len == 1 && p_starts_type(p->tok)) {
        arr->x = VEC_AT(list, 0);
        arr->y = p_type(p);
        return arr;
    }
    *is_array = false;
    Node *ix = node_new(N_INDEX, lbrack);
    ix->x = name;
    ix->list = list;
    return ix;
}

static Node *array_or_slice_type(Parser *p) {
    Node *arr = node_new(N_ARRAYTYPE, p->pos);
    p_next(p); /* '[' */
    if (p_got(p, TK_RBRACK)) {
        arr->y = p_type(p);
        return arr;
    }
    if (p->tok == TK_ELLIPSIS) {
        arr->x = node_new(N_ELLIPSIS, p->pos);
        p_next(p);
    } else {
        p->xnest++;
        arr->x = p_expr(p);
        p->xnest--;
    }
    p_want(p, TK_RBRACK);
    arr->y = p_type(p);
    return arr;
}

/* chan T, chan<- T; after_arrow: this chan follows a '<-' (<-chan T), where a further '<-'
 * belongs to the element type: the arrow associates with the leftmost chan possible. */
Node *p_chan_type(Parser *p, bool after_arrow) {
    Node *c = node_new(N_CHANTYPE, p->pos);
    p_next(p); /* chan */
    if (!after_arrow && p->tok == TK_ARROW) {
        p_next(p);
        c->chan_dir = 1;
    }
    if (!p_starts_type(p->tok)) {
        diag_error(p->pos, "syntax error: missing channel element type");
        c->x = p_bad(p, p->pos);
        return c;
    }
    c->x = p_type(p);
    return c;
}

Node *p_type_or_null(Parser *p) {
    if (!p_enter(p)) return p_bad(p, p->pos);
    Node *t = NULL;
    switch (p->tok) {
    case TK_IDENT:
        t = p_qualified_type_from(p, p_name(p));
        break;
    case TK_MUL:
        t = node_new(N_STAR, p->pos);
        p_next(p);
        t->x = p_type(p);
        break;
    case TK_LBRACK:
        t = array_or_slice_type(p);
        break;
    case TK_LPAREN:
        t = node_new(N_PAREN, p->pos);
        p_next(p);
        t->x = p_type(p);
        p_want(p, TK_RPAREN);
        break;
    case TK_FUNC: {
        Pos pos = p->pos;
        p_next(p);
        t = p_signature(p, pos);
        break;
    }
    case TK_MAP:
        t = node_new(N_MAPTYPE, p->pos);
        p_next(p);
        p_want(p, TK_LBRACK);
        t->x = p_type(p);
        p_want(p, TK_RBRACK);
        t->y = p_type(p);
        break;
    case TK_CHAN:
        t = p_chan_type(p, false);
        break;
    case TK_ARROW: {
        Pos pos = p->pos;
        p_next(p);
        if (p->tok != TK_CHAN) {
            p_syntax_error(p, "expected keyword chan");
            t = p_bad(p, pos);
            break;
        }
        t = p_chan_type(p, true);
        t->chan_dir = 2;
        t->pos = pos;
        break;
    }
    case TK_STRUCT:
        t = p_struct_type(p);
        break;
    case TK_INTERFACE:
        t = p_interface_type(p);
        break;
    default:
        break;
    }
    p_leave(p);
    return t;
}

Node *p_type(Parser *p) {
    Node *t = p_type_or_null(p);
    if (t) return t;
    t = p_bad(p, p->pos);
    p_syntax_error(p, "expected type");
    if (p->tok != TK_RPAREN && p->tok != TK_RBRACK && p->tok != TK_RBRACE && p->tok != TK_SEMICOLON &&
        p->tok != TK_COMMA)
        p_advance(p, NULL, 0);
    return t;
}

/* ---- parameters ------------------------------------------------------------------------ */

/* A constraint: term { '|' term }, term = ['~'] type. */
static Node *constraint_term(Parser *p) {
    if (p->tok == TK_TILDE) {
        Node *u = node_new(N_UNARY, p->pos);
        u->op = TK_TILDE;
        p_next(p);
        u->x = p_type(p);
        return u;
    }
    return p_type(p);
}

static Node *union_from(Parser *p, Node *first) {
    if (p->tok != TK_OR) return first;
    Node *u = node_new(N_UNION, first->pos);
    vec_push(&u->list, first);
    while (p_got(p, TK_OR)) vec_push(&u->list, constraint_term(p));
    return u;
}

Node *p_constraint(Parser *p) {
    Node *first = constraint_term(p);
    Node *u = union_from(p, first);
    if (u == first && first->kind == N_UNARY) {
        /* a lone ~T is a one-term union */
        u = node_new(N_UNION, first->pos);
        vec_push(&u->list, first);
    }
    return u;
}

/* ...T of a variadic parameter. */
static Node *variadic(Parser *p) {
    Node *e = node_new(N_ELLIPSIS, p->pos);
    p_next(p);
    if (p_starts_type(p->tok)) {
        e->x = p_type(p);
    } else {
        diag_error(p->pos, "syntax error: ... is missing type");
        e->x = p_bad(p, p->pos);
    }
    return e;
}

/* One entry of a parameter list: N_FIELD with names+type, or with only x (a type, or a
 * bare identifier that grouping decides about). */
static Node *param_entry(Parser *p, bool is_tparams) {
    Node *f = node_new(N_FIELD, p->pos);
    if (p->tok == TK_IDENT) {
        Node *name = p_name(p);
        switch (p->tok) {
        case TK_PERIOD:
            f->x = p_qualified_type_from(p, name);
            return f;
        case TK_LBRACK: {
            bool is_array;
            Node *t = p_array_or_typeargs_after_name(p, name, &is_array);
            if (is_array) {
                vec_push(&f->names, name);
                f->x = is_tparams ? union_from(p, t) : t;
            } else {
                f->x = t;
            }
            return f;
        }
        case TK_ELLIPSIS:
            vec_push(&f->names, name);
            f->x = variadic(p);
            return f;
        case TK_TILDE:
            vec_push(&f->names, name);
            f->x = p_constraint(p);
            return f;
        default:
            if (p_starts_type(p->tok)) {
                vec_push(&f->names, name);
                f->x = is_tparams ? p_constraint(p) : p_type(p);
                return f;
            }
            if (is_tparams && p->tok == TK_OR) { /* P | Q in a type argument position */
                f->x = union_from(p, name);
                return f;
            }
            f->x = name; /* a lone identifier: name or type, decided by grouping */
            f->embedded = true; /* marks "bare identifier" until grouping */
            return f;
        }
    }
    if (p->tok == TK_ELLIPSIS) {
        f->x = variadic(p);
        return f;
    }
    if (!p_starts_type(p->tok) && !(is_tparams && p->tok == TK_TILDE)) {
        p_syntax_error(p, is_tparams ? "expected ]" : "expected )");
        const Tok follow[] = {TK_COMMA, is_tparams ? TK_RBRACK : TK_RPAREN};
        p_advance(p, follow, 2);
        return NULL;
    }
    f->x = is_tparams ? p_constraint(p) : p_type(p);
    return f;
}

/* Reads entries up to `close` (which it consumes) and groups them into N_FIELDs. */
void p_param_list(Parser *p, Vec *out, Tok close, bool is_tparams) {
    Vec entries = {0};
    int xnest = p->xnest;
    p->xnest = 0;
    bool failed = false;
    while (p->tok != TK_EOF && p->tok != close) {
        Tok before = p->tok;
        Pos bpos = p->pos;
        Node *e = param_entry(p, is_tparams);
        if (e) vec_push(&entries, e);
        if (p->tok != TK_COMMA && p->tok != close && !e) { failed = p->tok != close; break; }
        if (!p_list_sep(p, close, "parameter list", &failed)) break;
        if (p->tok == before && p->pos.line == bpos.line && p->pos.col == bpos.col) break;
    }
    p->xnest = xnest;
    Pos close_pos = p->pos;
    p_list_close(p, close, failed);

    bool named = false;
    for (int i = 0; i < entries.len; i++)
        if (((Node *)VEC_AT(entries, i))->names.len > 0) named = true;
    if (!named && !is_tparams) {
        for (int i = 0; i < entries.len; i++) {
            Node *f = VEC_AT(entries, i);
            f->embedded = false;
            vec_push(out, f);
        }
        return;
    }
    /* named: runs of bare identifiers share the type of the next named entry */
    Vec pending = {0};
    bool reported = false;
    for (int i = 0; i < entries.len; i++) {
        Node *f = VEC_AT(entries, i);
        if (f->embedded) {
            vec_push(&pending, f->x);
            continue;
        }
        if (f->names.len == 0) {
            if (!reported) {
                diag_error(f->pos, "syntax error: %s", is_tparams ? "missing type constraint"
                                                                 : "missing parameter name");
                reported = true;
            }
            continue;
        }
        if (pending.len) {
            Vec names = pending;
            for (int k = 0; k < f->names.len; k++) vec_push(&names, VEC_AT(f->names, k));
            f->names = names;
            f->pos = ((Node *)VEC_AT(names, 0))->pos;
            pending = (Vec){0};
        }
        vec_push(out, f);
    }
    if (pending.len) {
        if (!reported)
            diag_error(close_pos, "syntax error: %s", is_tparams ? "missing type constraint" : "missing parameter type");
        Node *f = node_new(N_FIELD, ((Node *)VEC_AT(pending, 0))->pos);
        f->names = pending;
        f->x = p_bad(p, close_pos);
        vec_push(out, f);
    }
}

/* (params) results — the current token should be '('. */
Node *p_signature(Parser *p, Pos pos) {
    Node *sig = node_new(N_FUNCTYPE, pos);
    if (p->tok != TK_LPAREN) { /* like gc: complain, skip one token, read a list anyway */
        p_syntax_error(p, "expected (");
        p_advance(p, NULL, 0);
    } else {
        p_next(p);
    }
    p_param_list(p, &sig->list, TK_RPAREN, false);
    if (p->tok == TK_LPAREN) {
        p_next(p);
        p_param_list(p, &sig->list2, TK_RPAREN, false);
    } else if (p_starts_type(p->tok) && p->tok != TK_LPAREN) {
        Node *f = node_new(N_FIELD, p->pos);
        f->x = p_type(p);
        vec_push(&sig->list2, f);
    }
    return sig;
}

/* ---- struct and interface bodies --------------------------------------------------------- */

static void field_tag(Parser *p, Node *f) {
    if (p->tok == TK_STRING) {
        Node *t = node_new(N_BASICLIT, p->pos);
        t->lit_kind = TK_STRING;
        t->lit = p->lit;
        f->tag = t;
        p_next(p);
    }
}

static Node *struct_field(Parser *p) {
    Node *f = node_new(N_FIELD, p->pos);
    if (p->tok == TK_IDENT) {
        Node *name = p_name(p);
        if (p->tok == TK_PERIOD) {
            f->x = p_qualified_type_from(p, name);
            f->embedded = true;
        } else if (p->tok == TK_LBRACK) {
            bool is_array;
            Node *t = p_array_or_typeargs_after_name(p, name, &is_array);
            if (is_array) vec_push(&f->names, name);
            else f->embedded = true;
            f->x = t;
        } else if (p->tok == TK_STRING || p->tok == TK_SEMICOLON || p->tok == TK_RBRACE) {
            f->x = name;
            f->embedded = true;
        } else {
            vec_push(&f->names, name);
            while (p_got(p, TK_COMMA)) vec_push(&f->names, p_name(p));
            f->x = p_type(p);
        }
    } else if (p->tok == TK_MUL) {
        Node *s = node_new(N_STAR, p->pos);
        p_next(p);
        if (p->tok == TK_LPAREN) {
            p_syntax_error(p, "cannot parenthesize embedded type");
            s->x = p_type(p);
        } else {
            s->x = p_qualified_type_from(p, p_name(p));
        }
        f->x = s;
        f->embedded = true;
    } else if (p->tok == TK_LPAREN) {
        p_syntax_error(p, "cannot parenthesize embedded type");
        f->x = p_type(p);
        f->embedded = true;
    } else {
        p_syntax_error(p, "expected field name or embedded type");
        const Tok follow[] = {TK_SEMICOLON, TK_RBRACE};
        p_advance(p, follow, 2);
        return NULL;
    }
    field_tag(p, f);
    return f;
}

/* The braced element list of a struct or interface type: elements separated by semicolons,
 * with gc's message when one is missing ("in struct type; possibly missing ..."). */
static void braced_elems(Parser *p, Node *owner, Node *(*elem)(Parser *), const char *what) {
    p_next(p); /* struct / interface */
    p_want(p, TK_LBRACE);
    int xnest = p->xnest;
    p->xnest = 0;
    while (p->tok != TK_EOF && p->tok != TK_RBRACE) {
        Pos before = p->pos;
        Node *f = elem(p);
        if (f) vec_push(&owner->list, f);
        if (!p_got(p, TK_SEMICOLON) && p->tok != TK_RBRACE) {
            p_syntax_error(p, xsprintf("in %s; possibly missing semicolon or newline or }", what));
            const Tok follow[] = {TK_SEMICOLON, TK_RBRACE};
            p_advance(p, follow, 2);
            p_got(p, TK_SEMICOLON);
        }
        /* recovery may stop at a statement keyword without consuming it: leave it to
           the enclosing statement list rather than looping */
        if (!p_progressed(p, before)) break;
    }
    p->xnest = xnest;
    p_want(p, TK_RBRACE);
}

Node *p_struct_type(Parser *p) {
    Node *s = node_new(N_STRUCTTYPE, p->pos);
    braced_elems(p, s, struct_field, "struct type");
    return s;
}

static Node *interface_elem(Parser *p) {
    Node *f = node_new(N_FIELD, p->pos);
    if (p->tok == TK_IDENT) {
        Node *name = p_name(p);
        if (p->tok == TK_LBRACK && p_peek_after_brackets(p) == TK_LPAREN) {
            /* m[P any](): a method with type parameters, which Go does not allow */
            diag_error(p->pos, "interface method must have no type parameters");
            Vec tparams = {0};
            p_next(p);
            p_param_list(p, &tparams, TK_RBRACK, true);
        }
        if (p->tok == TK_LPAREN) {
            vec_push(&f->names, name);
            f->x = p_signature(p, name->pos);
            return f;
        }
        f->x = union_from(p, p_qualified_type_from(p, name));
        return f;
    }
    if (p->tok == TK_TILDE || p_starts_type(p->tok)) {
        f->x = p_constraint(p);
        return f;
    }
    p_syntax_error(p, "expected }");
    const Tok follow[] = {TK_SEMICOLON, TK_RBRACE};
    p_advance(p, follow, 2);
    return NULL;
}

Node *p_interface_type(Parser *p) {
    Node *it = node_new(N_INTERFACETYPE, p->pos);
    braced_elems(p, it, interface_elem, "interface type");
    return it;
}

/* Converts an expression that turned out to be a constraint (a | b | ~c) into N_UNION form. */
static void flatten_union(Node *e, Vec *terms) {
    if (e->kind == N_BINARY && e->op == TK_OR) {
        flatten_union(e->x, terms);
        flatten_union(e->y, terms);
        return;
    }
    vec_push(terms, e);
}

Node *p_expr_to_constraint(Parser *p, Node *e) {
    (void)p;
    if (!(e->kind == N_BINARY && e->op == TK_OR)) return e;
    Node *u = node_new(N_UNION, e->pos);
    flatten_union(e, &u->list);
    u->pos = ((Node *)VEC_AT(u->list, 0))->pos;
    return u;
}
