/* parser_expr.c — expressions.
 *
 * Positions, as gc's syntax package sets them (diagnostics compare column for column):
 *   binary and unary operations: the operator        a + b   → at '+'
 *   call: '('    index, slice, instantiation: '['    selector, type assertion: '.'
 *   composite literal: '{'   key:value: ':'   func literal: 'func'   parenthesised: '('
 * Types may appear wherever gc allows them in expressions (conversions, composite literal
 * types, type arguments), so operands include the type forms. */
#include "parser_internal.h"

#include <string.h>

Node *p_bad(Parser *p, Pos pos) {
    (void)p;
    return node_new(N_BAD, pos);
}

static Node *basic_lit(Parser *p) {
    Node *n = node_new(N_BASICLIT, p->pos);
    n->lit_kind = p->tok;
    n->lit = p->lit;
    n->bad = p->lx.bad;
    p_next(p);
    return n;
}

Node *p_funclit_or_type(Parser *p) {
    Pos pos = p->pos;
    p_next(p); /* func */
    Node *sig = p_signature(p, pos);
    if (p->tok != TK_LBRACE) return sig;
    Node *lit = node_new(N_FUNCLIT, pos);
    lit->x = sig;
    int xnest = p->xnest;
    p->xnest = 0;
    p->fnest++;
    lit->body = p_func_body(p);
    p->fnest--;
    p->xnest = xnest;
    lit->end_pos = lit->body->end_pos;
    return lit;
}

static Node *operand(Parser *p) {
    switch (p->tok) {
    case TK_IDENT: return p_name(p);
    case TK_INT: case TK_FLOAT: case TK_IMAG: case TK_CHAR: case TK_STRING:
        return basic_lit(p);
    case TK_LPAREN: {
        Node *n = node_new(N_PAREN, p->pos);
        p_next(p);
        p->xnest++;
        n->x = p_expr(p);
        p->xnest--;
        p_want(p, TK_RPAREN);
        n->x->parenthesized = true;
        return n;
    }
    case TK_FUNC: return p_funclit_or_type(p);
    case TK_LBRACK: case TK_CHAN: case TK_MAP: case TK_STRUCT: case TK_INTERFACE:
        return p_type_or_null(p);
    default: {
        Node *b = p_bad(p, p->pos);
        p_syntax_error(p, "expected expression");
        const Tok follow[] = {TK_RPAREN, TK_RBRACK, TK_RBRACE, TK_COMMA, TK_SEMICOLON};
        /* skip one token unless it closes something an enclosing rule is waiting for */
        bool closing = false;
        for (int i = 0; i < 5; i++) if (p->tok == follow[i]) closing = true;
        if (!closing) p_advance(p, NULL, 0);
        return b;
    }
    }
}

/* A '{' after x starts a composite literal only if x can be a literal type; for a bare
 * type name that is ambiguous with the block of an if/for/switch, so it needs xnest >= 0. */
static bool complit_ok(Parser *p, Node *x) {
    switch (x->kind) {
    case N_IDENT: case N_SELECTOR: return p->xnest >= 0;
    case N_INDEX: return p->xnest >= 0; /* generic type instance T[int]{...} */
    case N_ARRAYTYPE: case N_STRUCTTYPE: case N_MAPTYPE: return true;
    default: return false;
    }
}

static Node *complit(Parser *p, Node *type);

/* One element of a composite literal: value or key: value; a bare {...} has its type elided. */
static Node *element_value(Parser *p) {
    if (p->tok == TK_LBRACE) return complit(p, NULL);
    return p_expr(p);
}

static Node *element(Parser *p) {
    Node *x = element_value(p);
    if (p->tok != TK_COLON) return x;
    Node *kv = node_new(N_KEYVALUE, p->pos);
    p_next(p);
    kv->x = x;
    kv->y = element_value(p);
    return kv;
}

/* type{elements}; type == NULL for an elided inner literal. */
static Node *complit(Parser *p, Node *type) {
    Node *c = node_new(N_COMPOSITE, p->pos);
    c->x = type;
    if (!p_enter(p)) return c;
    p_next(p); /* '{' */
    int xnest = p->xnest;
    p->xnest = 0; /* inside braces a '{' after a type name is a literal again */
    bool failed = false;
    while (p->tok != TK_EOF && p->tok != TK_RBRACE) {
        vec_push(&c->list, element(p));
        if (!p_list_sep(p, TK_RBRACE, "composite literal", &failed)) break;
    }
    p->xnest = xnest;
    c->end_pos = p->pos;
    p_list_close(p, TK_RBRACE, failed);
    p_leave(p);
    return c;
}

/* Arguments of a call: expressions or types, optional trailing "..." and ",". */
static Node *call(Parser *p, Node *fn) {
    Node *c = node_new(N_CALL, p->pos);
    c->x = fn;
    p_next(p); /* '(' */
    p->xnest++;
    bool failed = false;
    while (p->tok != TK_EOF && p->tok != TK_RPAREN) {
        vec_push(&c->list, p_expr(p));
        if (p->tok == TK_ELLIPSIS) {
            c->has_dots = true;
            p_next(p);
        }
        if (!p_list_sep(p, TK_RPAREN, "argument list", &failed)) break;
    }
    p->xnest--;
    c->end_pos = p->pos;
    p_list_close(p, TK_RPAREN, failed);
    return c;
}

/* x[i], x[i:j], x[i:j:k], x[T1, T2] */
static Node *index_or_slice(Parser *p, Node *x) {
    Pos lbrack = p->pos;
    p_next(p);
    p->xnest++;
    Node *first = NULL;
    if (p->tok != TK_COLON) {
        if (p->tok == TK_RBRACK) {
            p_syntax_error(p, "expected operand");
            first = p_bad(p, p->pos);
        } else {
            first = p_expr(p);
        }
    }
    if (p->tok == TK_COLON) {
        Node *s = node_new(N_SLICE, lbrack);
        s->x = x;
        s->y = first;
        p_next(p);
        if (p->tok != TK_COLON && p->tok != TK_RBRACK) s->z = p_expr(p);
        if (p->tok == TK_COLON) {
            s->slice3 = true;
            Pos colon2 = p->pos;
            p_next(p);
            if (!s->z) diag_error(colon2, "middle index required in 3-index slice");
            if (p->tok == TK_RBRACK) diag_error(p->pos, "final index required in 3-index slice");
            else s->w = p_expr(p);
        }
        p->xnest--;
        p_want(p, TK_RBRACK);
        return s;
    }
    Node *ix = node_new(N_INDEX, lbrack);
    ix->x = x;
    vec_push(&ix->list, first);
    /* after a comma only types can follow: x[A, B] instantiates a generic */
    while (p_got(p, TK_COMMA)) {
        if (p->tok == TK_RBRACK) break;
        Node *t = p_type_or_null(p);
        if (!t) {
            p_syntax_error(p, "expected ]");
            const Tok follow[] = {TK_RBRACK, TK_RPAREN, TK_RBRACE};
            p_advance(p, follow, 3);
            break;
        }
        vec_push(&ix->list, t);
    }
    p->xnest--;
    p_want(p, TK_RBRACK);
    return ix;
}

Node *p_pexpr_from(Parser *p, Node *x) {
    for (;;) {
        switch (p->tok) {
        case TK_PERIOD: {
            Pos dot = p->pos;
            p_next(p);
            if (p->tok == TK_IDENT) {
                Node *s = node_new(N_SELECTOR, dot);
                s->x = x;
                s->name = p->lit;
                s->name_node = p_name(p);
                x = s;
            } else if (p->tok == TK_LPAREN) {
                Node *a = node_new(N_TYPEASSERT, dot);
                a->x = x;
                p_next(p);
                if (!p_got(p, TK_TYPE)) a->y = p_type(p);
                p_want(p, TK_RPAREN);
                x = a;
            } else {
                p_syntax_error(p, "expected name or (");
                p_advance(p, NULL, 0);
                return x;
            }
            break;
        }
        case TK_LBRACK:
            x = index_or_slice(p, x);
            break;
        case TK_LPAREN:
            x = call(p, x);
            break;
        case TK_LBRACE: {
            Node *t = x;
            while (t->kind == N_PAREN) t = t->x;
            if (!complit_ok(p, t)) return x;
            if (t != x) /* (T){...}: gc parses it but complains at the '{' */
                diag_error(p->pos, "syntax error: cannot parenthesize type in composite literal");
            x = complit(p, t);
            break;
        }
        default:
            return x;
        }
    }
}

Node *p_unary_expr(Parser *p) {
    if (!p_enter(p)) return p_bad(p, p->pos);
    Node *r;
    switch (p->tok) {
    case TK_ADD: case TK_SUB: case TK_NOT: case TK_XOR: case TK_AND: case TK_TILDE: {
        Node *u = node_new(N_UNARY, p->pos);
        u->op = p->tok;
        p_next(p);
        u->x = p_unary_expr(p);
        r = u;
        break;
    }
    case TK_MUL: {
        Node *s = node_new(N_STAR, p->pos);
        p_next(p);
        s->x = p_unary_expr(p);
        r = s;
        break;
    }
    case TK_ARROW: {
        Pos pos = p->pos;
        p_next(p);
        Node *x = p_unary_expr(p);
        if (x->kind == N_CHANTYPE && !x->parenthesized) {
            /* <-chan T is a type: the arrow turns the channel receive-only. The operand
               was parsed as `chan ...` where a following '<-' made it send-only, so
               <-chan <-chan T arrives as <- (chan<- (chan T)); move each arrow one
               level down until a bidirectional channel absorbs the last one. */
            Node *c = x;
            int dir = 1;
            while (dir == 1) {
                if (!c || c->kind != N_CHANTYPE) break;
                dir = c->chan_dir;
                if (dir == 2) {
                    p_syntax_error_at(p, c->pos, "unexpected <-, expected chan");
                    break;
                }
                c->chan_dir = 2;
                c = c->x;
            }
            if (dir == 1) p_syntax_error_at(p, pos, "unexpected <-, expected chan");
            x->pos = pos;
            r = x;
        } else {
            Node *u = node_new(N_UNARY, pos);
            u->op = TK_ARROW;
            u->x = x;
            r = u;
        }
        break;
    }
    default:
        r = p_pexpr_from(p, operand(p));
        break;
    }
    p_leave(p);
    return r;
}

static int precedence(Tok t) {
    switch (t) {
    case TK_LOR: return 1;
    case TK_LAND: return 2;
    case TK_EQL: case TK_NEQ: case TK_LSS: case TK_LEQ: case TK_GTR: case TK_GEQ: return 3;
    case TK_ADD: case TK_SUB: case TK_OR: case TK_XOR: return 4;
    case TK_MUL: case TK_QUO: case TK_REM: case TK_SHL: case TK_SHR: case TK_AND: case TK_AND_NOT: return 5;
    default: return 0;
    }
}

Node *p_binary_expr_from(Parser *p, Node *x, int prec) {
    while (precedence(p->tok) > prec) {
        int q = precedence(p->tok);
        Node *b = node_new(N_BINARY, p->pos);
        b->op = p->tok;
        p_next(p);
        b->x = x;
        if (!p_enter(p)) return b;
        b->y = p_binary_expr_from(p, p_unary_expr(p), q);
        p_leave(p);
        x = b;
    }
    return x;
}

Node *p_expr(Parser *p) { return p_binary_expr_from(p, p_unary_expr(p), 0); }

void p_expr_list(Parser *p, Vec *out) {
    do vec_push(out, p_expr(p));
    while (p_got(p, TK_COMMA));
}
