/* parser_internal.h — shared state of the recursive-descent parser, split by concern:
 *   parser.c       tokens, error reporting and recovery, files and top-level declarations
 *   parser_expr.c  expressions (operands, postfix forms, composite literals, operators)
 *   parser_type.c  types, parameter lists, type parameters, struct and interface bodies
 *   parser_stmt.c  statements, blocks and control-clause headers
 * Not part of the frontend's face: only these files include it. */
#ifndef GOLC_PARSER_INTERNAL_H
#define GOLC_PARSER_INTERNAL_H

#include "ast.h"
#include "lexer.h"

/* Deeper nesting than this (parentheses, blocks, types ...) is reported rather than
 * risking the C stack; gc has no such limit but real programs never come close. */
#define PARSER_MAX_DEPTH 1000

typedef struct Parser {
    Lexer lx;
    Tok tok;          /* current token, mirrored from the lexer */
    Pos pos;
    const char *lit;
    int xnest;        /* expression nesting: < 0 inside control-clause headers, where a
                         '{' after a type name starts the block, not a composite literal */
    int fnest;        /* function nesting: > 0 inside function bodies */
    int depth;        /* recursion depth for PARSER_MAX_DEPTH */
    bool too_deep;    /* nesting limit hit: the rest of the file is skipped */
    int errors_at_start; /* diag_error_count() when this file's parse began */
} Parser;

/* True when the current token is not the one at `before`: loops that recover from errors
 * check it so that no input makes them spin. */
static inline bool p_progressed(Parser *p, Pos before) {
    return p->pos.line != before.line || p->pos.col != before.col;
}

/* parser.c */
void p_next(Parser *p);
bool p_got(Parser *p, Tok t);
void p_want(Parser *p, Tok t);
void p_syntax_error(Parser *p, const char *msg);
void p_syntax_error_at(Parser *p, Pos pos, const char *msg);
void p_advance(Parser *p, const Tok *follow, int n);
/* Lists "elem, elem, ..." closed by `close`, recovered from the way gc does:
 *   bool failed = false;
 *   while (p->tok != TK_EOF && p->tok != close) { elem; if (!p_list_sep(p, close, "argument list", &failed)) break; }
 *   p_list_close(p, close, failed);   // wants `close` unless recovery ended elsewhere */
bool p_list_sep(Parser *p, Tok close, const char *context, bool *failed);
void p_list_close(Parser *p, Tok close, bool failed);
bool p_enter(Parser *p);   /* depth guard; false when the nesting limit is exceeded */
void p_leave(Parser *p);
Node *p_name(Parser *p);   /* an identifier (reports and returns "_" if missing) */
Tok p_peek_after_brackets(Parser *p); /* at '[': the token after the matching ']' (no side effects) */
Node *p_decl(Parser *p, Tok keyword); /* const/type/var declaration → N_GENDECL */

/* parser_expr.c */
Node *p_expr(Parser *p);
void p_expr_list(Parser *p, Vec *out);
Node *p_unary_expr(Parser *p);
Node *p_binary_expr_from(Parser *p, Node *x, int prec); /* continue after operand x */
Node *p_pexpr_from(Parser *p, Node *x); /* postfix operations after operand x */
Node *p_funclit_or_type(Parser *p);
Node *p_bad(Parser *p, Pos pos);

/* parser_type.c */
Node *p_type_or_null(Parser *p);   /* NULL if the current token cannot start a type */
Node *p_type(Parser *p);           /* reports "expected type"-style errors */
Node *p_qualified_type_from(Parser *p, Node *name); /* pkg.T and T[args] after a name */
bool p_starts_type(Tok t);
Node *p_signature(Parser *p, Pos pos); /* (params) results; N_FUNCTYPE at pos */
void p_param_list(Parser *p, Vec *out, Tok close, bool is_tparams);
Node *p_struct_type(Parser *p);
Node *p_interface_type(Parser *p);
Node *p_array_or_typeargs_after_name(Parser *p, Node *name, bool *is_array);
Node *p_constraint(Parser *p);
Node *p_chan_type(Parser *p, bool after_arrow);
Node *p_expr_to_constraint(Parser *p, Node *e);

/* parser_stmt.c */
Node *p_block(Parser *p);          /* '{' statements '}' */
void p_stmt_list(Parser *p, Vec *out);
Node *p_func_body(Parser *p);

#endif
