/* ast.c — node construction, names of kinds and tokens, and expression rendering for
 * diagnostics.
 *
 * gc prints expressions in two dialects, and golc's messages are compared with both:
 *   - the type checker (types2) abbreviates composite literal bodies with '…' and prints
 *     function literals as their signature plus a shortened body: "&T{…}", "func() {…}";
 *   - escape analysis (-m) prints through the compiler's IR formatter: "&T{...}",
 *     "func literal", "[]int{...}".
 * expr_string gives the escape-analysis dialect (the default ast.h documents);
 * expr_string_types2 gives the checker's. */
#include "ast.h"

#include <string.h>

Node *node_new(NodeKind kind, Pos pos) {
    Node *n = xcalloc(1, sizeof(Node));
    n->kind = kind;
    n->pos = pos;
    return n;
}

static const char *const kind_names[N_KIND_COUNT] = {
    [N_BAD] = "BAD", [N_IDENT] = "IDENT", [N_BASICLIT] = "BASICLIT", [N_COMPOSITE] = "COMPOSITE",
    [N_FUNCLIT] = "FUNCLIT", [N_PAREN] = "PAREN", [N_SELECTOR] = "SELECTOR", [N_INDEX] = "INDEX",
    [N_SLICE] = "SLICE", [N_TYPEASSERT] = "TYPEASSERT", [N_CALL] = "CALL", [N_STAR] = "STAR",
    [N_UNARY] = "UNARY", [N_BINARY] = "BINARY", [N_KEYVALUE] = "KEYVALUE",
    [N_ARRAYTYPE] = "ARRAYTYPE", [N_STRUCTTYPE] = "STRUCTTYPE", [N_FUNCTYPE] = "FUNCTYPE",
    [N_INTERFACETYPE] = "INTERFACETYPE", [N_MAPTYPE] = "MAPTYPE", [N_CHANTYPE] = "CHANTYPE",
    [N_ELLIPSIS] = "ELLIPSIS", [N_FIELD] = "FIELD", [N_UNION] = "UNION", [N_BLOCK] = "BLOCK",
    [N_EXPRSTMT] = "EXPRSTMT", [N_SENDSTMT] = "SENDSTMT", [N_INCDEC] = "INCDEC", [N_ASSIGN] = "ASSIGN",
    [N_GO] = "GO", [N_DEFER] = "DEFER", [N_RETURN] = "RETURN", [N_BRANCH] = "BRANCH", [N_IF] = "IF",
    [N_CASE] = "CASE", [N_SWITCH] = "SWITCH", [N_TYPESWITCH] = "TYPESWITCH", [N_SELECT] = "SELECT",
    [N_FOR] = "FOR", [N_RANGE] = "RANGE", [N_LABELED] = "LABELED", [N_DECLSTMT] = "DECLSTMT",
    [N_EMPTY] = "EMPTY", [N_IMPORTSPEC] = "IMPORTSPEC", [N_VALUESPEC] = "VALUESPEC",
    [N_TYPESPEC] = "TYPESPEC", [N_GENDECL] = "GENDECL", [N_FUNCDECL] = "FUNCDECL", [N_FILE] = "FILE",
};

const char *node_kind_name(NodeKind k) {
    if (k < 0 || k >= N_KIND_COUNT || !kind_names[k]) return "?";
    return kind_names[k];
}

static const char *const tok_names[TK_COUNT] = {
    [TK_EOF] = "EOF", [TK_ILLEGAL] = "illegal",
    [TK_IDENT] = "name", [TK_INT] = "literal", [TK_FLOAT] = "literal", [TK_IMAG] = "literal",
    [TK_CHAR] = "literal", [TK_STRING] = "literal",
    [TK_ADD] = "+", [TK_SUB] = "-", [TK_MUL] = "*", [TK_QUO] = "/", [TK_REM] = "%",
    [TK_AND] = "&", [TK_OR] = "|", [TK_XOR] = "^", [TK_SHL] = "<<", [TK_SHR] = ">>", [TK_AND_NOT] = "&^",
    [TK_ADD_ASSIGN] = "+=", [TK_SUB_ASSIGN] = "-=", [TK_MUL_ASSIGN] = "*=", [TK_QUO_ASSIGN] = "/=",
    [TK_REM_ASSIGN] = "%=", [TK_AND_ASSIGN] = "&=", [TK_OR_ASSIGN] = "|=", [TK_XOR_ASSIGN] = "^=",
    [TK_SHL_ASSIGN] = "<<=", [TK_SHR_ASSIGN] = ">>=", [TK_AND_NOT_ASSIGN] = "&^=",
    [TK_LAND] = "&&", [TK_LOR] = "||", [TK_ARROW] = "<-", [TK_INC] = "++", [TK_DEC] = "--",
    [TK_EQL] = "==", [TK_LSS] = "<", [TK_GTR] = ">", [TK_ASSIGN] = "=", [TK_NOT] = "!",
    [TK_NEQ] = "!=", [TK_LEQ] = "<=", [TK_GEQ] = ">=", [TK_DEFINE] = ":=", [TK_ELLIPSIS] = "...",
    [TK_LPAREN] = "(", [TK_LBRACK] = "[", [TK_LBRACE] = "{", [TK_COMMA] = "comma", [TK_PERIOD] = ".",
    [TK_RPAREN] = ")", [TK_RBRACK] = "]", [TK_RBRACE] = "}", [TK_SEMICOLON] = "semicolon",
    [TK_COLON] = ":", [TK_TILDE] = "~",
    [TK_BREAK] = "break", [TK_CASE] = "case", [TK_CHAN] = "chan", [TK_CONST] = "const",
    [TK_CONTINUE] = "continue", [TK_DEFAULT] = "default", [TK_DEFER] = "defer", [TK_ELSE] = "else",
    [TK_FALLTHROUGH] = "fallthrough", [TK_FOR] = "for", [TK_FUNC] = "func", [TK_GO] = "go",
    [TK_GOTO] = "goto", [TK_IF] = "if", [TK_IMPORT] = "import", [TK_INTERFACE] = "interface",
    [TK_MAP] = "map", [TK_PACKAGE] = "package", [TK_RANGE] = "range", [TK_RETURN] = "return",
    [TK_SELECT] = "select", [TK_STRUCT] = "struct", [TK_SWITCH] = "switch", [TK_TYPE] = "type",
    [TK_VAR] = "var",
};

/* gc's spelling of a token kind: operators as written, "name" and "literal" for classes,
 * "comma" and "semicolon" for the punctuation gc spells out, keywords as written. */
const char *tok_string(Tok t) {
    if (t < 0 || t >= TK_COUNT || !tok_names[t]) return "?";
    return tok_names[t];
}

/* ---- expression rendering ---------------------------------------------------------------- */

typedef enum { STYLE_ESCAPE, STYLE_TYPES2 } Style;

static void render(StrBuf *b, Node *e, Style st);

static void render_list(StrBuf *b, Vec *v, Style st) {
    for (int i = 0; i < v->len; i++) {
        if (i) sb_puts(b, ", ");
        render(b, VEC_AT(*v, i), st);
    }
}

static const char *op_string(Tok op) {
    switch (op) {
    case TK_COMMA: return ",";
    case TK_SEMICOLON: return ";";
    default: return tok_string(op);
    }
}

static int binary_prec(Tok t) {
    switch (t) {
    case TK_LOR: return 1;
    case TK_LAND: return 2;
    case TK_EQL: case TK_NEQ: case TK_LSS: case TK_LEQ: case TK_GTR: case TK_GEQ: return 3;
    case TK_ADD: case TK_SUB: case TK_OR: case TK_XOR: return 4;
    default: return 5;
    }
}

static void render_fields(StrBuf *b, Vec *fields, Style st, const char *sep) {
    for (int i = 0; i < fields->len; i++) {
        Node *f = VEC_AT(*fields, i);
        if (i) sb_puts(b, sep);
        for (int k = 0; k < f->names.len; k++) {
            if (k) sb_puts(b, ", ");
            sb_puts(b, ((Node *)VEC_AT(f->names, k))->name);
        }
        if (f->names.len && f->x) sb_putc(b, ' ');
        if (f->x) render(b, f->x, st);
    }
}

static void render_signature(StrBuf *b, Node *sig, Style st) {
    sb_putc(b, '(');
    render_fields(b, &sig->list, st, ", ");
    sb_putc(b, ')');
    if (sig->list2.len == 1 && ((Node *)VEC_AT(sig->list2, 0))->names.len == 0) {
        sb_putc(b, ' ');
        render(b, ((Node *)VEC_AT(sig->list2, 0))->x, st);
    } else if (sig->list2.len > 0) {
        sb_puts(b, " (");
        render_fields(b, &sig->list2, st, ", ");
        sb_putc(b, ')');
    }
}

static void render_operand(StrBuf *b, Node *e, Style st, int prec) {
    /* parenthesise a binary operand of lower precedence (the AST keeps explicit parens) */
    if (e && e->kind == N_BINARY && binary_prec(e->op) < prec) {
        sb_putc(b, '(');
        render(b, e, st);
        sb_putc(b, ')');
    } else {
        render(b, e, st);
    }
}

static void render(StrBuf *b, Node *e, Style st) {
    if (!e) return;
    switch (e->kind) {
    case N_BAD: sb_puts(b, "BadExpr"); break;
    case N_IDENT: sb_puts(b, e->name); break;
    case N_BASICLIT: sb_puts(b, e->lit); break;
    case N_COMPOSITE:
        if (e->x) render(b, e->x, st);
        sb_puts(b, e->list.len ? (st == STYLE_TYPES2 ? "{…}" : "{...}") : "{}");
        break;
    case N_FUNCLIT:
        if (st == STYLE_ESCAPE) { sb_puts(b, "func literal"); break; }
        sb_puts(b, "func");
        render_signature(b, e->x, st);
        sb_puts(b, e->body && e->body->list.len ? " {…}" : " {}");
        break;
    case N_PAREN: sb_putc(b, '('); render(b, e->x, st); sb_putc(b, ')'); break;
    case N_SELECTOR: render(b, e->x, st); sb_putc(b, '.'); sb_puts(b, e->name); break;
    case N_INDEX: render(b, e->x, st); sb_putc(b, '['); render_list(b, &e->list, st); sb_putc(b, ']'); break;
    case N_SLICE:
        render(b, e->x, st);
        sb_putc(b, '[');
        render(b, e->y, st);
        sb_putc(b, ':');
        render(b, e->z, st);
        if (e->slice3) { sb_putc(b, ':'); render(b, e->w, st); }
        sb_putc(b, ']');
        break;
    case N_TYPEASSERT:
        render(b, e->x, st);
        sb_puts(b, ".(");
        if (e->y) render(b, e->y, st);
        else sb_puts(b, "type");
        sb_putc(b, ')');
        break;
    case N_CALL:
        render(b, e->x, st);
        sb_putc(b, '(');
        render_list(b, &e->list, st);
        if (e->has_dots) sb_puts(b, "...");
        sb_putc(b, ')');
        break;
    case N_STAR:
        sb_putc(b, '*');
        /* gc's -m spelling of a double dereference: *(*p) */
        if (st == STYLE_ESCAPE && e->x && e->x->kind == N_STAR) {
            sb_putc(b, '(');
            render(b, e->x, st);
            sb_putc(b, ')');
        } else {
            render_operand(b, e->x, st, 6);
        }
        break;
    case N_UNARY: sb_puts(b, op_string(e->op)); render_operand(b, e->x, st, 6); break;
    case N_BINARY: {
        int prec = binary_prec(e->op);
        render_operand(b, e->x, st, prec);
        sb_printf(b, " %s ", op_string(e->op));
        render_operand(b, e->y, st, prec + 1);
        break;
    }
    case N_KEYVALUE: render(b, e->x, st); sb_puts(b, ": "); render(b, e->y, st); break;
    case N_ARRAYTYPE:
        sb_putc(b, '[');
        if (e->x && e->x->kind == N_ELLIPSIS) sb_puts(b, "...");
        else render(b, e->x, st);
        sb_putc(b, ']');
        render(b, e->y, st);
        break;
    case N_STRUCTTYPE:
        sb_puts(b, "struct{");
        render_fields(b, &e->list, st, "; ");
        sb_putc(b, '}');
        break;
    case N_FUNCTYPE: sb_puts(b, "func"); render_signature(b, e, st); break;
    case N_INTERFACETYPE:
        sb_puts(b, "interface{");
        for (int i = 0; i < e->list.len; i++) {
            Node *f = VEC_AT(e->list, i);
            if (i) sb_puts(b, "; ");
            if (f->names.len) {
                sb_puts(b, ((Node *)VEC_AT(f->names, 0))->name);
                render_signature(b, f->x, st);
            } else {
                render(b, f->x, st);
            }
        }
        sb_putc(b, '}');
        break;
    case N_MAPTYPE: sb_puts(b, "map["); render(b, e->x, st); sb_putc(b, ']'); render(b, e->y, st); break;
    case N_CHANTYPE:
        sb_puts(b, e->chan_dir == 2 ? "<-chan " : e->chan_dir == 1 ? "chan<- " : "chan ");
        render(b, e->x, st);
        break;
    case N_ELLIPSIS: sb_puts(b, "..."); render(b, e->x, st); break;
    case N_UNION:
        for (int i = 0; i < e->list.len; i++) {
            if (i) sb_puts(b, " | ");
            render(b, VEC_AT(e->list, i), st);
        }
        break;
    default:
        sb_puts(b, node_kind_name(e->kind));
        break;
    }
}

char *expr_string(Node *e) {
    StrBuf b = {0};
    sb_puts(&b, "");
    /* escape analysis names &T{...} and friends by the whole expression */
    render(&b, e, STYLE_ESCAPE);
    return b.data;
}

bool ast_contains_kind(Node *n, NodeKind kind, bool into_funclits) {
    if (!n) return false;
    if (n->kind == kind) return true;
    if (n->kind == N_FUNCLIT && !into_funclits) return false;
    Node *kids[] = {n->x, n->y, n->z, n->w, n->init, n->cond, n->post, n->body, n->els,
                    n->tag, n->assign, n->key, n->value};
    for (size_t i = 0; i < sizeof kids / sizeof kids[0]; i++)
        if (ast_contains_kind(kids[i], kind, into_funclits)) return true;
    for (int i = 0; i < n->list.len; i++)
        if (ast_contains_kind(VEC_AT(n->list, i), kind, into_funclits)) return true;
    for (int i = 0; i < n->list2.len; i++)
        if (ast_contains_kind(VEC_AT(n->list2, i), kind, into_funclits)) return true;
    return false;
}

char *expr_string_types2(Node *e) {
    StrBuf b = {0};
    sb_puts(&b, "");
    render(&b, e, STYLE_TYPES2);
    return b.data;
}
