/* parser_stmt.c — statements, blocks and the headers of if/for/switch.
 *
 * Positions (gc's): assignments, define, op-assign, inc/dec and send sit at their operator;
 * an expression statement at its expression; keyword statements at the keyword; a block at
 * its '{' with end_pos at its '}'; a case clause at 'case'/'default'; a labeled statement at
 * its label; a range loop (N_RANGE) at 'for'.
 *
 * In control-clause headers xnest is negative so that `if x == T {` reads T as a value and
 * '{' as the start of the block, as the spec requires; parentheses restore literals. */
#include "parser_internal.h"

#include <string.h>

static Node *stmt_or_null(Parser *p);

/* ---- simple statements ------------------------------------------------------------------- */

/* Renders a simple statement the way gc quotes it in "cannot use ... as value". */
static char *simple_stmt_string(Node *s) {
    StrBuf b = {0};
    sb_puts(&b, "");
    if (s->kind == N_ASSIGN) {
        for (int i = 0; i < s->list.len; i++) {
            if (i) sb_puts(&b, ", ");
            sb_puts(&b, expr_string(VEC_AT(s->list, i)));
        }
        sb_printf(&b, " %s ", tok_string(s->op));
        for (int i = 0; i < s->list2.len; i++) {
            if (i) sb_puts(&b, ", ");
            sb_puts(&b, expr_string(VEC_AT(s->list2, i)));
        }
    } else if (s->kind == N_INCDEC) {
        sb_printf(&b, "%s%s", expr_string(s->x), tok_string(s->op));
    } else if (s->kind == N_SENDSTMT) {
        sb_printf(&b, "%s <- %s", expr_string(s->x), expr_string(s->y));
    } else if (s->kind == N_RANGE) {
        sb_puts(&b, "range clause");
    } else {
        sb_puts(&b, node_kind_name(s->kind));
    }
    return b.data;
}

static bool is_assign_op(Tok t) { return t >= TK_ADD_ASSIGN && t <= TK_AND_NOT_ASSIGN; }

/* range_ok: inside a for header, where "range x" and "k, v := range x" are allowed. */
static Node *simple_stmt(Parser *p, bool range_ok, Pos for_pos) {
    if (range_ok && p->tok == TK_RANGE) {
        Node *r = node_new(N_RANGE, for_pos);
        p_next(p);
        r->x = p_expr(p);
        return r;
    }
    Vec lhs = {0};
    p_expr_list(p, &lhs);
    Node *x = VEC_AT(lhs, 0);
    Pos pos = p->pos;
    Tok t = p->tok;
    if (lhs.len == 1) {
        switch (t) {
        case TK_INC: case TK_DEC: {
            Node *s = node_new(N_INCDEC, pos);
            s->op = t;
            s->x = x;
            p_next(p);
            return s;
        }
        case TK_ARROW: {
            Node *s = node_new(N_SENDSTMT, pos);
            p_next(p);
            s->x = x;
            s->y = p_expr(p);
            return s;
        }
        default:
            if (is_assign_op(t)) {
                Node *s = node_new(N_ASSIGN, pos);
                s->op = t;
                p_next(p);
                vec_push(&s->list, x);
                vec_push(&s->list2, p_expr(p));
                return s;
            }
            break;
        }
    }
    if (t == TK_ASSIGN || t == TK_DEFINE) {
        p_next(p);
        if (range_ok && p->tok == TK_RANGE) {
            Node *r = node_new(N_RANGE, for_pos);
            r->op = t;
            p_next(p);
            r->key = x;
            if (lhs.len >= 2) r->value = VEC_AT(lhs, 1);
            r->list = lhs; /* all variables as written: the checker rejects more than two */
            r->x = p_expr(p);
            return r;
        }
        Node *s = node_new(N_ASSIGN, pos);
        s->op = t;
        s->list = lhs;
        p_expr_list(p, &s->list2);
        return s;
    }
    if (lhs.len > 1) {
        p_syntax_error(p, "expected := or = or comma");
        const Tok follow[] = {TK_SEMICOLON, TK_RBRACE};
        p_advance(p, follow, 2);
    }
    Node *s = node_new(N_EXPRSTMT, x->pos);
    s->x = x;
    return s;
}

/* ---- blocks ---------------------------------------------------------------------------------- */

void p_stmt_list(Parser *p, Vec *out) {
    while (p->tok != TK_EOF && p->tok != TK_RBRACE && p->tok != TK_CASE && p->tok != TK_DEFAULT) {
        Pos before = p->pos;
        Node *s = stmt_or_null(p);
        if (!s) break;
        if (s->kind != N_EMPTY) vec_push(out, s);
        /* statements end with ';' unless a closing ')' or '}' follows */
        if (!p_got(p, TK_SEMICOLON) && p->tok != TK_RBRACE) {
            p_syntax_error(p, "at end of statement");
            const Tok follow[] = {TK_SEMICOLON, TK_RBRACE, TK_CASE, TK_DEFAULT};
            p_advance(p, follow, 4);
            p_got(p, TK_SEMICOLON);
        }
        if (p->pos.line == before.line && p->pos.col == before.col && p->tok != TK_EOF) p_next(p);
    }
}

Node *p_block(Parser *p) {
    Node *b = node_new(N_BLOCK, p->pos);
    if (!p_enter(p)) return b;
    p_want(p, TK_LBRACE);
    p_stmt_list(p, &b->list);
    b->end_pos = p->pos;
    p_want(p, TK_RBRACE);
    p_leave(p);
    return b;
}

Node *p_func_body(Parser *p) {
    int xnest = p->xnest;
    p->xnest = 0;
    Node *b = p_block(p);
    p->xnest = xnest;
    return b;
}

/* The block after a control clause; a missing '{' reads as gc reports it. */
static Node *clause_block(Parser *p, const char *what) {
    if (p->tok != TK_LBRACE) {
        char *m = xsprintf("expected { after %s clause", what);
        p_syntax_error(p, m);
        const Tok follow[] = {TK_LBRACE, TK_RBRACE};
        p_advance(p, follow, 2);
        if (p->tok != TK_LBRACE) return node_new(N_BLOCK, p->pos);
    }
    return p_block(p);
}

/* ---- if / for / switch headers ------------------------------------------------------------ */

typedef struct Header {
    Node *init, *cond, *post;
} Header;

/* A header's condition must be an expression; errors_before suppresses the complaint when
 * the statement is already broken. */
static Node *stmt_as_cond(Parser *p, Node *s, int errors_before) {
    if (!s) return NULL;
    if (s->kind == N_EXPRSTMT) return s->x;
    if (diag_error_count() == errors_before) {
        char *str = simple_stmt_string(s);
        diag_error(s->pos, "syntax error: cannot use %s as value", str);
    }
    return p_bad(p, s->pos);
}

/* keyword in TK_IF, TK_FOR, TK_SWITCH. For switch, `cond` holds the raw statement (the
 * caller recognises type-switch guards). The error cases mirror gc's: a token that is
 * neither ';' nor '{' after the init statement is "expected {"; an if with nothing before
 * the block reports the missing condition at the ';' it saw (or the newline). */
static Header header(Parser *p, Tok keyword, Pos kw_pos) {
    Header h = {0};
    int errors_before = diag_error_count();
    if (p->tok == TK_LBRACE) {
        if (keyword == TK_IF) diag_error(p->pos, "syntax error: missing condition in if statement");
        return h;
    }
    int xnest = p->xnest;
    p->xnest = -1;
    Node *init = NULL;
    if (p->tok == TK_VAR) { /* accept "if var x = 1; ..." for the sake of recovery, but complain */
        p_next(p);
        diag_error(p->pos, "syntax error: var declaration not allowed in %s initializer", tok_string(keyword));
    }
    if (p->tok != TK_SEMICOLON) {
        init = simple_stmt(p, keyword == TK_FOR, kw_pos);
        if (init->kind == N_RANGE) {
            p->xnest = xnest;
            h.init = init;
            return h;
        }
    }
    Node *cond_stmt = NULL;
    Pos semi_pos = {0};
    const char *semi_lit = NULL;
    if (p->tok != TK_LBRACE) {
        if (p->tok == TK_SEMICOLON) {
            semi_pos = p->pos;
            semi_lit = p->lit;
            p_next(p);
        } else {
            p_want(p, TK_LBRACE); /* reports "expected {" and skips the token */
        }
        h.init = init;
        if (keyword == TK_FOR) {
            if (p->tok != TK_SEMICOLON) {
                if (p->tok == TK_LBRACE) {
                    p_syntax_error(p, "expected for loop condition");
                    goto done;
                }
                cond_stmt = simple_stmt(p, false, kw_pos);
            }
            p_want(p, TK_SEMICOLON);
            if (p->tok != TK_LBRACE) {
                h.post = simple_stmt(p, false, kw_pos);
                if (h.post->kind == N_ASSIGN && h.post->op == TK_DEFINE)
                    diag_error(h.post->pos, "syntax error: cannot declare in post statement of for loop");
            }
        } else if (p->tok != TK_LBRACE) {
            cond_stmt = simple_stmt(p, false, kw_pos);
        }
    } else {
        cond_stmt = init;
    }
done:
    p->xnest = xnest;
    if (keyword == TK_SWITCH) {
        h.cond = cond_stmt; /* statement, decoded by the caller */
        return h;
    }
    if (keyword == TK_IF && !cond_stmt && semi_lit) {
        if (strcmp(semi_lit, "newline") == 0)
            diag_error(semi_pos, "syntax error: unexpected newline, expected { after if clause");
        else
            diag_error(semi_pos, "syntax error: missing condition in if statement");
    }
    h.cond = stmt_as_cond(p, cond_stmt, errors_before);
    return h;
}

static Node *if_stmt(Parser *p) {
    Node *s = node_new(N_IF, p->pos);
    if (!p_enter(p)) return s;
    Pos kw = p->pos;
    p_next(p);
    Header h = header(p, TK_IF, kw);
    s->init = h.init;
    s->cond = h.cond;
    s->body = clause_block(p, "if");
    if (p_got(p, TK_ELSE)) {
        if (p->tok == TK_IF) s->els = if_stmt(p);
        else if (p->tok == TK_LBRACE) s->els = p_block(p);
        else {
            p_syntax_error(p, "else must be followed by if or statement block");
            const Tok follow[] = {TK_NOT, TK_RBRACE}; /* skip to the end of the enclosing block */
            p_advance(p, follow + 1, 1);
        }
    }
    p_leave(p);
    return s;
}

static Node *for_stmt(Parser *p) {
    Pos kw = p->pos;
    p_next(p);
    Header h = header(p, TK_FOR, kw);
    Node *s;
    if (h.init && h.init->kind == N_RANGE) {
        s = h.init;
    } else {
        s = node_new(N_FOR, kw);
        s->init = h.init;
        s->cond = h.cond;
        s->post = h.post;
    }
    s->body = clause_block(p, "for");
    return s;
}

static bool is_type_switch_guard(Node *s) {
    if (!s) return false;
    if (s->kind == N_EXPRSTMT) return s->x->kind == N_TYPEASSERT && s->x->y == NULL;
    if (s->kind == N_ASSIGN && s->op == TK_DEFINE && s->list.len == 1 && s->list2.len == 1 &&
        ((Node *)VEC_AT(s->list, 0))->kind == N_IDENT) {
        Node *r = VEC_AT(s->list2, 0);
        return r->kind == N_TYPEASSERT && r->y == NULL;
    }
    return false;
}

static bool is_recv(Node *x) {
    while (x && x->kind == N_PAREN) x = x->x;
    return x && x->kind == N_UNARY && x->op == TK_ARROW;
}

/* A select case: send, receive, or receive assigned with = or :=. */
static bool is_comm_stmt(Node *s) {
    if (s->kind == N_SENDSTMT) return true;
    if (s->kind == N_EXPRSTMT) return is_recv(s->x) || s->x->kind == N_BAD;
    if (s->kind == N_ASSIGN && (s->op == TK_ASSIGN || s->op == TK_DEFINE) && s->list2.len == 1)
        return is_recv(VEC_AT(s->list2, 0));
    return false;
}

static Node *case_clause(Parser *p, bool is_select) {
    Node *c = node_new(N_CASE, p->pos);
    if (p_got(p, TK_CASE)) {
        if (is_select) {
            c->init = simple_stmt(p, false, c->pos);
            if (!is_comm_stmt(c->init))
                diag_error(node_start_pos(c->init), "select case must be send or receive (possibly with assignment)");
        }
        else p_expr_list(p, &c->list);
    } else if (p_got(p, TK_DEFAULT)) {
        c->is_default = true;
    } else {
        p_syntax_error(p, "expected case or default or }");
        const Tok follow[] = {TK_COLON, TK_CASE, TK_DEFAULT, TK_RBRACE};
        p_advance(p, follow, 4);
    }
    p_want(p, TK_COLON);
    p_stmt_list(p, &c->list2);
    return c;
}

static Node *case_body(Parser *p, bool is_select) {
    Node *b = node_new(N_BLOCK, p->pos);
    if (p->tok != TK_LBRACE) {
        p_syntax_error(p, is_select ? "missing { after select clause" : "missing { after switch clause");
        const Tok follow[] = {TK_CASE, TK_DEFAULT, TK_RBRACE};
        p_advance(p, follow, 3);
    } else {
        p_next(p);
    }
    while (p->tok != TK_EOF && p->tok != TK_RBRACE) {
        Pos before = p->pos;
        vec_push(&b->list, case_clause(p, is_select));
        if (p->pos.line == before.line && p->pos.col == before.col) p_next(p);
    }
    b->end_pos = p->pos;
    p_want(p, TK_RBRACE);
    return b;
}

static Node *switch_stmt(Parser *p) {
    Pos kw = p->pos;
    p_next(p);
    Header h = header(p, TK_SWITCH, kw);
    Node *s;
    if (is_type_switch_guard(h.cond)) {
        s = node_new(N_TYPESWITCH, kw);
        s->assign = h.cond;
    } else {
        s = node_new(N_SWITCH, kw);
        s->tag = stmt_as_cond(p, h.cond, diag_error_count());
    }
    s->init = h.init;
    if (!p_enter(p)) return s;
    s->body = case_body(p, false);
    p_leave(p);
    return s;
}

static Node *select_stmt(Parser *p) {
    Node *s = node_new(N_SELECT, p->pos);
    p_next(p);
    if (!p_enter(p)) return s;
    s->body = case_body(p, true);
    p_leave(p);
    return s;
}

/* go/defer: the operand must be a call, and not a parenthesised one. */
static Node *call_stmt(Parser *p, NodeKind kind) {
    Node *s = node_new(kind, p->pos);
    const char *what = kind == N_GO ? "go" : "defer";
    p_next(p);
    Node *x = p_unary_expr(p);
    Node *inner = x;
    while (inner->kind == N_PAREN) inner = inner->x;
    if (inner != x) diag_error(x->pos, "expression in %s must not be parenthesized", what);
    if (inner->kind != N_CALL && inner->kind != N_BAD)
        diag_error(inner->pos, "expression in %s must be function call", what);
    s->x = inner;
    return s;
}

static Node *stmt_or_null(Parser *p) {
    Pos pos = p->pos;
    switch (p->tok) {
    case TK_SEMICOLON:
        return node_new(N_EMPTY, pos); /* the ';' is consumed by the caller */
    case TK_LBRACE:
        return p_block(p);
    case TK_VAR: case TK_CONST: case TK_TYPE: {
        Node *d = node_new(N_DECLSTMT, pos);
        d->x = p_decl(p, p->tok);
        return d;
    }
    case TK_IF: return if_stmt(p);
    case TK_FOR: return for_stmt(p);
    case TK_SWITCH: return switch_stmt(p);
    case TK_SELECT: return select_stmt(p);
    case TK_GO: return call_stmt(p, N_GO);
    case TK_DEFER: return call_stmt(p, N_DEFER);
    case TK_RETURN: {
        Node *r = node_new(N_RETURN, pos);
        p_next(p);
        if (p->tok != TK_SEMICOLON && p->tok != TK_RBRACE) p_expr_list(p, &r->list);
        return r;
    }
    case TK_BREAK: case TK_CONTINUE: case TK_GOTO: {
        Node *b = node_new(N_BRANCH, pos);
        b->op = p->tok;
        p_next(p);
        if (p->tok == TK_IDENT) b->label = p_name(p);
        else if (b->op == TK_GOTO) p_syntax_error(p, "expected name");
        return b;
    }
    case TK_FALLTHROUGH: {
        Node *b = node_new(N_BRANCH, pos);
        b->op = TK_FALLTHROUGH;
        p_next(p);
        return b;
    }
    case TK_FUNC: case TK_IDENT: case TK_INT: case TK_FLOAT: case TK_IMAG: case TK_CHAR: case TK_STRING:
    case TK_LPAREN: case TK_LBRACK: case TK_STRUCT: case TK_MAP: case TK_CHAN: case TK_INTERFACE:
    case TK_MUL: case TK_AND: case TK_ADD: case TK_SUB: case TK_XOR: case TK_NOT: case TK_ARROW: case TK_TILDE: {
        Node *s = simple_stmt(p, false, pos);
        if (s->kind == N_EXPRSTMT && s->x->kind == N_IDENT && p->tok == TK_COLON) {
            /* gc places a labeled statement at its ':' (the label has its own position) */
            Node *l = node_new(N_LABELED, p->pos);
            l->label = s->x;
            Pos colon = p->pos;
            p_next(p); /* ':' */
            if (p->tok == TK_RBRACE) { /* a label may end a block */
                l->x = node_new(N_EMPTY, p->pos);
                return l;
            }
            Node *inner = stmt_or_null(p);
            if (!inner) {
                diag_error(colon, "syntax error: missing statement after label");
                return NULL; /* ends the statement list: avoids follow-on errors */
            }
            l->x = inner;
            return l;
        }
        return s;
    }
    default:
        return NULL;
    }
}
