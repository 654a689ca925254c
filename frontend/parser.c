/* parser.c — token handling, syntax errors and recovery, source files and declarations.
 *
 * Error messages imitate gc's syntax package: "syntax error: unexpected X, expected Y",
 * where X names the current token as gc does ("name x", "literal 1", "keyword func",
 * "newline", "EOF", "comma", an operator). After an error the parser skips to a token
 * that can restart the construct (p_advance) so that later errors are found too; every
 * loop either consumes a token or stops, so bad input never makes it spin. diag_error
 * keeps only the first syntax error of a line, like gc. */
#include "parser_internal.h"
#include "frontend.h"

#include <string.h>

/* ---- tokens -------------------------------------------------------------------------- */

void p_next(Parser *p) {
    if (p->too_deep) { /* nesting limit hit: pretend the file ended */
        p->tok = TK_EOF;
        return;
    }
    p->tok = lex_next(&p->lx);
    p->pos = p->lx.pos;
    p->lit = p->lx.lit;
}

bool p_got(Parser *p, Tok t) {
    if (p->tok == t) {
        p_next(p);
        return true;
    }
    return false;
}

static const char *tok_desc_for_expected(Tok t) {
    if (t == TK_SEMICOLON) return "semicolon or newline";
    if (t >= TK_BREAK) return xsprintf("keyword %s", tok_string(t));
    return tok_string(t);
}

void p_want(Parser *p, Tok t) {
    if (!p_got(p, t)) {
        char *m = xsprintf("expected %s", tok_desc_for_expected(t));
        p_syntax_error(p, m);
        p_advance(p, NULL, 0);
    }
}

/* How gc names the current token after "unexpected". */
static char *current_token_desc(Parser *p) {
    switch (p->tok) {
    case TK_IDENT: return xsprintf("name %s", p->lit);
    case TK_SEMICOLON: return xstrdup(p->lit ? p->lit : "semicolon");
    case TK_INT: case TK_FLOAT: case TK_IMAG: case TK_CHAR: case TK_STRING:
        return xsprintf("literal %s", p->lit);
    case TK_EOF: return xstrdup("EOF");
    default:
        if (p->tok >= TK_BREAK) return xsprintf("keyword %s", tok_string(p->tok));
        return xstrdup(tok_string(p->tok));
    }
}

void p_syntax_error_at(Parser *p, Pos pos, const char *msg) {
    if (p->too_deep) return;
    /* like gc: once something was reported, errors at EOF are only follow-up noise */
    if (p->tok == TK_EOF && diag_error_count() > p->errors_at_start) return;
    const char *sep;
    if (msg[0] == 0) sep = "";
    else if (!strncmp(msg, "in ", 3) || !strncmp(msg, "at ", 3) || !strncmp(msg, "after ", 6)) sep = " ";
    else if (!strncmp(msg, "expected ", 9)) sep = ", ";
    else {
        diag_error(pos, "syntax error: %s", msg);
        return;
    }
    char *tok = current_token_desc(p);
    diag_error(pos, "syntax error: unexpected %s%s%s", tok, sep, msg);
}

void p_syntax_error(Parser *p, const char *msg) { p_syntax_error_at(p, p->pos, msg); }

/* Tokens that start a statement: recovery inside function bodies stops at them. */
static bool is_stmt_keyword(Tok t) {
    switch (t) {
    case TK_BREAK: case TK_CONST: case TK_CONTINUE: case TK_DEFER: case TK_FALLTHROUGH:
    case TK_FOR: case TK_GO: case TK_GOTO: case TK_IF: case TK_RETURN: case TK_SELECT:
    case TK_SWITCH: case TK_TYPE: case TK_VAR:
        return true;
    default:
        return false;
    }
}

/* Skips tokens until one in `follow` (or, inside a function, a statement keyword). With an
 * empty follow list exactly one token is skipped. EOF is never skipped. */
void p_advance(Parser *p, const Tok *follow, int n) {
    if (n == 0) {
        if (p->tok != TK_EOF) p_next(p);
        return;
    }
    while (p->tok != TK_EOF) {
        for (int i = 0; i < n; i++)
            if (p->tok == follow[i]) return;
        if (p->fnest > 0 && is_stmt_keyword(p->tok)) return;
        p_next(p);
    }
}

bool p_list_sep(Parser *p, Tok close, const char *context, bool *failed) {
    if (p_got(p, TK_COMMA)) return true;
    if (p->tok == close) return false;
    char *m = xsprintf("in %s; possibly missing comma or %s", context, tok_string(close));
    p_syntax_error(p, m);
    const Tok follow[] = {TK_RPAREN, TK_RBRACK, TK_RBRACE};
    p_advance(p, follow, 3);
    if (p->tok != close) *failed = true;
    return false;
}

void p_list_close(Parser *p, Tok close, bool failed) {
    if (!failed) p_want(p, close);
}

bool p_enter(Parser *p) {
    if (++p->depth > PARSER_MAX_DEPTH) {
        if (!p->too_deep) {
            diag_error(p->pos, "syntax error: nesting too deep (more than %d levels)", PARSER_MAX_DEPTH);
            p->too_deep = true;
            p->tok = TK_EOF;
        }
        return false;
    }
    return true;
}

void p_leave(Parser *p) { p->depth--; }

Tok p_peek_after_brackets(Parser *p) {
    Lexer copy = p->lx;
    copy.quiet = true;
    int depth = 1;
    Tok t;
    do {
        t = lex_next(&copy);
        if (t == TK_LBRACK) depth++;
        else if (t == TK_RBRACK) depth--;
    } while (depth > 0 && t != TK_EOF);
    return t == TK_EOF ? t : lex_next(&copy);
}

Node *p_name(Parser *p) {
    Node *n = node_new(N_IDENT, p->pos);
    if (p->tok == TK_IDENT) {
        n->name = p->lit;
        n->bad = p->lx.bad;
        p_next(p);
        return n;
    }
    n->name = "_";
    p_syntax_error(p, "expected name");
    p_advance(p, NULL, 0);
    return n;
}

/* ---- declarations ---------------------------------------------------------------------- */

static Node *import_spec(Parser *p) {
    Node *s = node_new(N_IMPORTSPEC, p->pos);
    if (p->tok == TK_IDENT) {
        s->name = p->lit;
        s->name_node = p_name(p);
    } else if (p->tok == TK_PERIOD) {
        s->name = ".";
        s->name_node = node_new(N_IDENT, p->pos);
        s->name_node->name = ".";
        p_next(p);
    }
    if (p->tok == TK_INT || p->tok == TK_FLOAT || p->tok == TK_IMAG || p->tok == TK_CHAR) {
        p_syntax_error(p, "import path must be a string");
        s->lit = "";
        p_next(p);
    } else if (p->tok == TK_STRING) {
        if (!p->lx.bad) {
            s->lit = lit_unquote(p->lit, NULL, NULL); /* path validity is the loader's business */
        } else {
            s->lit = "";
        }
        s->y = node_new(N_BASICLIT, p->pos); /* the path literal, for positions of import errors */
        s->y->lit_kind = TK_STRING;
        s->y->lit = p->lit;
        p_next(p);
    } else {
        p_syntax_error(p, "missing import path; require quoted string");
        s->lit = "";
        const Tok follow[] = {TK_SEMICOLON, TK_RPAREN};
        p_advance(p, follow, 2);
    }
    return s;
}

/* const and var specs share N_VALUESPEC. In a const group a spec without type and values
 * repeats the previous one (the checker handles that using `iota`). */
static Node *value_spec(Parser *p, Tok keyword, int index) {
    Node *s = node_new(N_VALUESPEC, p->pos);
    s->iota = index;
    do vec_push(&s->names, p_name(p));
    while (p_got(p, TK_COMMA));
    if (keyword == TK_VAR) {
        if (p->tok != TK_ASSIGN) s->x = p_type(p);
        if (p_got(p, TK_ASSIGN)) p_expr_list(p, &s->list);
    } else {
        if (p->tok != TK_ASSIGN && p->tok != TK_SEMICOLON && p->tok != TK_RPAREN) s->x = p_type(p);
        if (p_got(p, TK_ASSIGN)) p_expr_list(p, &s->list);
    }
    return s;
}

/* The leftmost operand of a chain of binary operations, if it is `P * C` with P a name:
 * `P *C | D` parses as ((P*C) | D). */
static Node *leftmost_star_param(Node *e) {
    while (e->kind == N_BINARY && e->op != TK_MUL) e = e->x;
    if (e->kind == N_BINARY && e->op == TK_MUL && e->x->kind == N_IDENT) return e;
    return NULL;
}

/* After a type parameter list: [=] type (generic alias types are allowed since Go 1.24). */
static void finish_generic_type_spec(Parser *p, Node *s) {
    if (p_got(p, TK_ASSIGN)) s->is_alias = true;
    s->x = p_type(p);
}

/* `type T[P C] ...` vs `type T [N]E`: both start "name [". Decided the way the spec says:
 * a list that reads as a type parameter list is one, an expression is an array length;
 * the truly ambiguous forms (T[P *C], T[P (C)]) are arrays unless a ',' follows. */
static void type_spec_bracket(Parser *p, Node *s) {
    Pos lbrack = p->pos;
    p_next(p); /* '[' */
    if (p->tok == TK_IDENT) {
        Node *name = p_name(p);
        bool tparams = false;
        switch (p->tok) {
        case TK_IDENT: case TK_TILDE: case TK_INTERFACE: case TK_FUNC: case TK_MAP: case TK_CHAN:
        case TK_STRUCT: case TK_COMMA: case TK_LBRACK: case TK_ARROW:
            tparams = true;
            break;
        default:
            break;
        }
        if (tparams) {
            /* re-enter the ordinary type-parameter list with the first name already read */
            Node *f = node_new(N_FIELD, name->pos);
            vec_push(&f->names, name);
            while (p_got(p, TK_COMMA)) {
                if (p->tok == TK_RBRACK) break;
                vec_push(&f->names, p_name(p));
            }
            if (p->tok != TK_RBRACK) {
                f->x = p_constraint(p);
                vec_push(&s->tparams, f);
                if (p_got(p, TK_COMMA) && p->tok != TK_RBRACK) p_param_list(p, &s->tparams, TK_RBRACK, true);
                else p_want(p, TK_RBRACK);
            } else {
                p_syntax_error(p, "missing type constraint");
                p_next(p);
            }
            finish_generic_type_spec(p, s);
            return;
        }
        /* an array length expression beginning with that name */
        p->xnest++;
        Node *len = p_binary_expr_from(p, p_pexpr_from(p, name), 0);
        p->xnest--;
        Node *lead = leftmost_star_param(len);
        if (p->tok == TK_COMMA && lead) {
            /* T[P *C, ...] or T[P *C | D, ...]: a type parameter after all */
            Node *f = node_new(N_FIELD, lead->x->pos);
            vec_push(&f->names, lead->x);
            Node *star = node_new(N_STAR, lead->pos);
            star->x = lead->y;
            *lead = *star; /* the P*C node becomes *C inside the constraint */
            f->x = p_expr_to_constraint(p, len);
            vec_push(&s->tparams, f);
            p_next(p);
            if (p->tok != TK_RBRACK) p_param_list(p, &s->tparams, TK_RBRACK, true);
            else p_next(p);
            finish_generic_type_spec(p, s);
            return;
        }
        p_want(p, TK_RBRACK);
        Node *arr = node_new(N_ARRAYTYPE, lbrack);
        arr->x = len;
        arr->y = p_type(p);
        s->x = arr;
        return;
    }
    Node *arr = node_new(N_ARRAYTYPE, lbrack);
    if (p->tok == TK_RBRACK) {
        p_next(p);
    } else if (p->tok == TK_ELLIPSIS) {
        arr->x = node_new(N_ELLIPSIS, p->pos);
        p_next(p);
        p_want(p, TK_RBRACK);
    } else {
        p->xnest++;
        arr->x = p_expr(p);
        p->xnest--;
        p_want(p, TK_RBRACK);
    }
    arr->y = p_type(p);
    s->x = arr;
}

static Node *type_spec(Parser *p) {
    Node *s = node_new(N_TYPESPEC, p->pos);
    s->name_node = p_name(p);
    s->name = s->name_node->name;
    if (p->tok == TK_LBRACK) {
        type_spec_bracket(p, s);
        return s;
    }
    if (p_got(p, TK_ASSIGN)) s->is_alias = true;
    if (!p_starts_type(p->tok)) {
        p_syntax_error(p, "in type declaration");
        const Tok follow[] = {TK_SEMICOLON, TK_RPAREN};
        p_advance(p, follow, 2);
        s->x = p_bad(p, p->pos);
        return s;
    }
    s->x = p_type(p);
    return s;
}

/* const/var/type/import declaration, grouped or not. */
Node *p_decl(Parser *p, Tok keyword) {
    Node *d = node_new(N_GENDECL, p->pos);
    d->op = keyword;
    p_next(p); /* the keyword */
    if (p_got(p, TK_LPAREN)) {
        int index = 0;
        while (p->tok != TK_EOF && p->tok != TK_RPAREN) {
            Tok before_tok = p->tok;
            Pos before_pos = p->pos;
            Node *s;
            switch (keyword) {
            case TK_IMPORT: s = import_spec(p); break;
            case TK_TYPE: s = type_spec(p); break;
            default: s = value_spec(p, keyword, index); break;
            }
            vec_push(&d->list, s);
            index++;
            if (!p_got(p, TK_SEMICOLON) && p->tok != TK_RPAREN) {
                p_syntax_error(p, "in grouped declaration; possibly missing semicolon or newline or )");
                const Tok follow[] = {TK_SEMICOLON, TK_RPAREN};
                p_advance(p, follow, 2);
                p_got(p, TK_SEMICOLON);
            }
            if (p->tok == before_tok && p->pos.line == before_pos.line && p->pos.col == before_pos.col)
                p_next(p); /* no progress: never loop */
        }
        p_want(p, TK_RPAREN);
    } else {
        Node *s;
        switch (keyword) {
        case TK_IMPORT: s = import_spec(p); break;
        case TK_TYPE: s = type_spec(p); break;
        default: s = value_spec(p, keyword, 0); break;
        }
        vec_push(&d->list, s);
    }
    return d;
}

/* func name [tparams] (params) results body — or a method with a receiver. */
static Node *func_decl(Parser *p) {
    Node *f = node_new(N_FUNCDECL, p->pos);
    Pos func_pos = p->pos;
    p_next(p); /* func */
    if (p->tok == TK_LPAREN) {
        Vec recv = {0};
        p_next(p);
        p_param_list(p, &recv, TK_RPAREN, false);
        /* gc reports these at the method name */
        if (recv.len == 0) diag_error(p->pos, "method has no receiver");
        else {
            if (recv.len > 1 || ((Node *)VEC_AT(recv, 0))->names.len > 1)
                diag_error(p->pos, "method has multiple receivers");
            f->recv = VEC_AT(recv, 0);
        }
    }
    if (p->tok != TK_IDENT) {
        p_syntax_error(p, "expected name or (");
        const Tok follow[] = {TK_LBRACE, TK_SEMICOLON};
        p_advance(p, follow, 2);
        f->name_node = node_new(N_IDENT, p->pos);
        f->name_node->name = "_";
    } else {
        f->name_node = p_name(p);
    }
    f->name = f->name_node->name;
    Node *sig = node_new(N_FUNCTYPE, func_pos);
    if (p->tok == TK_LBRACK) {
        Pos lb = p->pos;
        p_next(p);
        if (p->tok == TK_RBRACK) {
            p_syntax_error(p, "empty type parameter list");
            p_next(p);
        } else {
            p_param_list(p, &sig->tparams, TK_RBRACK, true);
        }
        if (f->recv) diag_error(lb, "syntax error: method must have no type parameters");
    }
    Node *s2 = p_signature(p, func_pos);
    sig->list = s2->list;
    sig->list2 = s2->list2;
    f->x = sig;
    if (p->tok == TK_LBRACE) {
        p->fnest++;
        f->body = p_func_body(p);
        p->fnest--;
    }
    return f;
}

/* ---- files ---------------------------------------------------------------------------- */

Node *parse_file(const char *path, const char *src, size_t len) {
    int file = src_add_file(path);
    int errors_before = diag_syntax_error_count();
    Parser parser = {0};
    Parser *p = &parser;
    p->errors_at_start = diag_error_count();
    lexer_init(&p->lx, file, src, len);
    p_next(p);

    Node *f = node_new(N_FILE, p->pos);
    if (p->tok != TK_PACKAGE) {
        p_syntax_error(p, "package statement must be first");
        return NULL;
    }
    f->pos = p->pos;
    p_next(p);
    Node *pkg = p_name(p);
    f->name = pkg->name;
    f->name_node = pkg;
    if (p->tok != TK_EOF && !p_got(p, TK_SEMICOLON)) {
        p_syntax_error(p, "after package clause");
        const Tok follow[] = {TK_IMPORT, TK_CONST, TK_TYPE, TK_VAR, TK_FUNC};
        p_advance(p, follow, 5);
    }

    bool imports_done = false;
    while (p->tok != TK_EOF) {
        Pos start = p->pos;
        Tok start_tok = p->tok;
        Node *d = NULL;
        switch (p->tok) {
        case TK_IMPORT:
            if (imports_done) {
                p_syntax_error(p, "imports must appear before other declarations");
            }
            d = p_decl(p, TK_IMPORT);
            for (int i = 0; i < d->list.len; i++) vec_push(&f->list, VEC_AT(d->list, i));
            break;
        case TK_CONST: case TK_TYPE: case TK_VAR:
            imports_done = true;
            d = p_decl(p, p->tok);
            break;
        case TK_FUNC:
            imports_done = true;
            d = func_decl(p);
            break;
        case TK_SEMICOLON:
            p_next(p);
            continue;
        default: {
            imports_done = true;
            if (p->tok == TK_LBRACE && f->list2.len > 0) {
                Node *last = VEC_AT(f->list2, f->list2.len - 1);
                if (last->kind == N_FUNCDECL && !last->body)
                    p_syntax_error(p, "unexpected semicolon or newline before {");
                else
                    p_syntax_error(p, "non-declaration statement outside function body");
            } else {
                p_syntax_error(p, "non-declaration statement outside function body");
            }
            const Tok follow[] = {TK_IMPORT, TK_CONST, TK_TYPE, TK_VAR, TK_FUNC};
            p_advance(p, follow, 5);
            continue;
        }
        }
        if (d) vec_push(&f->list2, d);
        if (p->tok != TK_EOF && !p_got(p, TK_SEMICOLON)) {
            p_syntax_error(p, "after top level declaration");
            const Tok follow[] = {TK_IMPORT, TK_CONST, TK_TYPE, TK_VAR, TK_FUNC};
            p_advance(p, follow, 5);
        }
        if (p->tok == start_tok && p->pos.line == start.line && p->pos.col == start.col) p_next(p);
    }
    if (diag_syntax_error_count() > errors_before) return NULL;
    return f;
}
