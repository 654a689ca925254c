/* ast.h — the syntax tree built by the parser and annotated by the type checker.
 *
 * One Node struct serves every kind; which fields a kind uses is listed beside the kind.
 * Unused fields stay zero. The parser fills the syntactic fields; the checker fills the
 * "checker annotations" at the end of Node and never restructures the tree, so lowering
 * reads both. `pos` is the position gc's own parser (cmd/compile/internal/syntax) gives the
 * same construct, because diagnostics are compared with gc's column for column: e.g. a
 * binary expression sits at its operator, a call at its '(' , a selector at its '.', a
 * composite literal at its '{' — the parser documents each choice where it makes it. */
#ifndef GOLC_AST_H
#define GOLC_AST_H

#include "util.h"

typedef struct Node Node;
typedef struct Type Type;
typedef struct Obj Obj;
typedef struct ConstVal ConstVal;
typedef struct Scope Scope;
typedef struct Selection Selection;

/* Token kinds double as operator codes in N_UNARY / N_BINARY / N_ASSIGNOP / N_INCDEC. */
typedef enum Tok {
    TK_EOF, TK_ILLEGAL,
    TK_IDENT, TK_INT, TK_FLOAT, TK_IMAG, TK_CHAR, TK_STRING,
    /* operators */
    TK_ADD, TK_SUB, TK_MUL, TK_QUO, TK_REM,            /* + - * / % */
    TK_AND, TK_OR, TK_XOR, TK_SHL, TK_SHR, TK_AND_NOT, /* & | ^ << >> &^ */
    TK_ADD_ASSIGN, TK_SUB_ASSIGN, TK_MUL_ASSIGN, TK_QUO_ASSIGN, TK_REM_ASSIGN,
    TK_AND_ASSIGN, TK_OR_ASSIGN, TK_XOR_ASSIGN, TK_SHL_ASSIGN, TK_SHR_ASSIGN, TK_AND_NOT_ASSIGN,
    TK_LAND, TK_LOR, TK_ARROW, TK_INC, TK_DEC,          /* && || <- ++ -- */
    TK_EQL, TK_LSS, TK_GTR, TK_ASSIGN, TK_NOT,          /* == < > = ! */
    TK_NEQ, TK_LEQ, TK_GEQ, TK_DEFINE, TK_ELLIPSIS,     /* != <= >= := ... */
    TK_LPAREN, TK_LBRACK, TK_LBRACE, TK_COMMA, TK_PERIOD,
    TK_RPAREN, TK_RBRACK, TK_RBRACE, TK_SEMICOLON, TK_COLON, TK_TILDE,
    /* keywords */
    TK_BREAK, TK_CASE, TK_CHAN, TK_CONST, TK_CONTINUE, TK_DEFAULT, TK_DEFER, TK_ELSE,
    TK_FALLTHROUGH, TK_FOR, TK_FUNC, TK_GO, TK_GOTO, TK_IF, TK_IMPORT, TK_INTERFACE,
    TK_MAP, TK_PACKAGE, TK_RANGE, TK_RETURN, TK_SELECT, TK_STRUCT, TK_SWITCH, TK_TYPE, TK_VAR,
    TK_COUNT
} Tok;

const char *tok_string(Tok t); /* "+", "func", "identifier" ... as gc prints them in errors */

typedef enum NodeKind {
    N_BAD,
    /* ---- expressions ---- */
    N_IDENT,         /* name */
    N_BASICLIT,      /* lit_kind (TK_INT/FLOAT/IMAG/CHAR/STRING), lit = raw source text */
    N_COMPOSITE,     /* x = type (NULL when elided inside another literal), list = elements
                        (N_KEYVALUE or expressions); pos = position of the type or '{' */
    N_FUNCLIT,       /* x = N_FUNCTYPE, body = N_BLOCK */
    N_PAREN,         /* x */
    N_SELECTOR,      /* x . name */
    N_INDEX,         /* x [ list ] — list has >1 entries only for generic instantiation */
    N_SLICE,         /* x [ y : z : w ] (y/z/w may be NULL); slice3 = has the second ':' */
    N_TYPEASSERT,    /* x .( y ) ; y == NULL for x.(type) in a type switch */
    N_CALL,          /* x ( list ) ; has_dots = the last argument is followed by "..." */
    N_STAR,          /* * x — dereference or pointer type */
    N_UNARY,         /* op x ; op in + - ! ^ & <- ~ */
    N_BINARY,        /* x op y */
    N_KEYVALUE,      /* x : y (composite literal element) */
    /* ---- types ---- */
    N_ARRAYTYPE,     /* [x]y ; x == NULL → slice type []y ; x->kind == N_ELLIPSIS → [...]y */
    N_STRUCTTYPE,    /* list = N_FIELD */
    N_FUNCTYPE,      /* tparams = N_FIELD list, list = params (N_FIELD), list2 = results (N_FIELD) */
    N_INTERFACETYPE, /* list = N_FIELD: methods (names has 1 ident, x = N_FUNCTYPE) or
                        embedded elements (no names, x = type expression / union) */
    N_MAPTYPE,       /* map[x]y */
    N_CHANTYPE,      /* chan x ; chan_dir: 0 both, 1 send-only (chan<-), 2 receive-only (<-chan) */
    N_ELLIPSIS,      /* ...x (variadic parameter type); x may be NULL in [...]T */
    N_FIELD,         /* names = N_IDENT list (may be empty), x = type, tag = N_BASICLIT or NULL,
                        embedded = true for embedded struct fields */
    N_UNION,         /* list = terms: N_UNARY(op=TK_TILDE) or type expressions (constraints);
                        a lone ~T is a one-term N_UNION; a lone T is just the type */
    /* ---- statements ---- */
    N_BLOCK,         /* list = statements; end_pos = position of '}' */
    N_EXPRSTMT,      /* x */
    N_SENDSTMT,      /* x <- y */
    N_INCDEC,        /* x op (TK_INC / TK_DEC) */
    N_ASSIGN,        /* list = lhs, list2 = rhs, op = TK_ASSIGN | TK_DEFINE | TK_ADD_ASSIGN ... */
    N_GO,            /* x = call */
    N_DEFER,         /* x = call */
    N_RETURN,        /* list = results */
    N_BRANCH,        /* op = TK_BREAK/TK_CONTINUE/TK_GOTO/TK_FALLTHROUGH, label = N_IDENT or NULL */
    N_IF,            /* init, cond, body (N_BLOCK), els (N_IF or N_BLOCK or NULL) */
    N_CASE,          /* list = expressions (empty for default), list2 = statements, is_default;
                        in select: init = the comm statement (NULL for default) */
    N_SWITCH,        /* init, tag (may be NULL), body = N_BLOCK of N_CASE */
    N_TYPESWITCH,    /* init, assign = N_ASSIGN(:=) or N_EXPRSTMT holding x.(type), body = cases */
    N_SELECT,        /* body = N_BLOCK of N_CASE */
    N_FOR,           /* init, cond, post, body */
    N_RANGE,         /* key, value (may be NULL), op = TK_DEFINE / TK_ASSIGN / 0 (no vars),
                        x = range expression, body; list = every iteration variable as
                        written (more than two is an error the checker reports) */
    N_LABELED,       /* label = N_IDENT, x = statement (N_EMPTY before '}'); pos = the ':' as in gc */
    N_DECLSTMT,      /* x = N_GENDECL */
    N_EMPTY,
    /* ---- declarations ---- */
    N_IMPORTSPEC,    /* name = local name or NULL ("_" / "." kept as names), lit = path (unquoted);
                        name_node = N_IDENT of the local name, y = the path's N_BASICLIT */
    N_VALUESPEC,     /* const/var spec: names = N_IDENT list, x = type or NULL, list = values;
                        iota = index of the spec in its const group */
    N_TYPESPEC,      /* name, tparams = N_FIELD list, x = type, is_alias */
    N_GENDECL,       /* op = TK_IMPORT/TK_CONST/TK_TYPE/TK_VAR, list = specs */
    N_FUNCDECL,      /* recv = N_FIELD or NULL, name, x = N_FUNCTYPE, body = N_BLOCK or NULL
                        (a body-less declaration is implemented outside Go: see ir.h) */
    N_FILE,          /* name = package name, list = imports (N_IMPORTSPEC), list2 = decls */
    N_KIND_COUNT
} NodeKind;

struct Node {
    NodeKind kind;
    Pos pos;
    Pos end_pos;          /* N_BLOCK: the closing brace; N_CALL: ')'; N_FUNCLIT: its body's '}' */

    /* ---- syntax (parser) ---- */
    const char *name;     /* N_IDENT, N_SELECTOR (selected name), N_FILE (package), N_TYPESPEC,
                             N_FUNCDECL, N_IMPORTSPEC (local name) */
    const char *lit;      /* N_BASICLIT raw text; N_IMPORTSPEC path */
    Tok lit_kind;         /* N_BASICLIT */
    Tok op;               /* operator / assignment kind / branch kind / decl kind */
    Node *x, *y, *z, *w;
    Node *init, *cond, *post, *body, *els, *tag, *assign, *key, *value, *recv, *label;
    Node *name_node;      /* N_TYPESPEC / N_FUNCDECL: the N_IDENT of the declared name */
    Vec list, list2, names, tparams;
    int iota;             /* N_VALUESPEC in a const group */
    int chan_dir;         /* N_CHANTYPE */
    bool has_dots, slice3, is_default, embedded, is_alias, parenthesized;
    bool bad;             /* N_BASICLIT / N_IDENT: malformed literal or name, already reported by the lexer
                             (like gc's BasicLit.Bad: later stages should stay silent about it) */

    /* ---- checker annotations ---- */
    Type *type;           /* type of an expression after implicit conversion of untyped
                             constants; for type expressions, the denoted type */
    int mode;             /* ExprMode below */
    ConstVal *cv;         /* value when mode == MODE_CONST (already converted to `type`) */
    Obj *obj;             /* N_IDENT: the object it denotes (declaration or use);
                             N_SELECTOR on a package: the package member;
                             N_FUNCDECL / N_TYPESPEC: the declared object;
                             N_LABELED / N_BRANCH: label target statement via `target` */
    Selection *sel;       /* N_SELECTOR that selects a field or method of a value/type */
    Node *target;         /* N_BRANCH: the statement broken out of / continued / jumped to */
    int call_kind;        /* N_CALL: CallKind below */
    int builtin;          /* N_CALL with CALL_BUILTIN: BuiltinId (types.h) */
    Scope *scope;         /* N_BLOCK, N_FUNCLIT, N_IF, N_FOR, N_SWITCH, N_CASE...: scope opened */
    Vec implicit_objs;    /* N_CASE in a type switch: the implicitly declared variable (one Obj) */
};

typedef enum ExprMode {
    MODE_INVALID,  /* an error was reported */
    MODE_NOVALUE,  /* call of a function without results */
    MODE_VALUE,    /* a computed value (not addressable) */
    MODE_VAR,      /* an addressable variable (x, *p, a[i] of addressable array, s[i], p.f) */
    MODE_MAPINDEX, /* m[k]: assignable, not addressable */
    MODE_CONST,    /* constant, cv set */
    MODE_TYPE,     /* a type expression */
    MODE_BUILTIN,  /* the name of a builtin function (only as a call's x) */
    MODE_COMMAOK,  /* m[k], x.(T), <-ch: may be used in a two-value assignment */
    MODE_PKG,      /* a package name (only as a selector's x) */
} ExprMode;

typedef enum CallKind {
    CALL_FUNC,        /* call of a function or func value (static target: x->obj is a func Obj) */
    CALL_METHOD,      /* x is N_SELECTOR with sel->kind == SEL_METHOD (static, concrete receiver) */
    CALL_IFACEMETHOD, /* x is N_SELECTOR with sel->kind == SEL_METHOD on an interface */
    CALL_CONVERSION,  /* T(x): x->mode == MODE_TYPE */
    CALL_BUILTIN,     /* builtin: see `builtin` */
} CallKind;

Node *node_new(NodeKind kind, Pos pos);
const char *node_kind_name(NodeKind k);

/* Renders an expression the way gc prints it in diagnostics (e.g. "&T{...}", "make([]int, n)",
 * "func literal", "x + y"). Used by the checker and by escape-analysis messages. */
char *expr_string(Node *e);
/* Added by the parser part: the type checker's (types2) dialect: "&T{…}", "func() {…}". */
char *expr_string_types2(Node *e);
/* Whether a node of this kind is in n (n itself included); func literals are searched only
 * when into_funclits. */
bool ast_contains_kind(Node *n, NodeKind kind, bool into_funclits);
/* Added by the parser part: where an expression or statement begins in the source (gc's
 * syntax.StartPos): `a + b` sits at '+' but starts at `a`; types2 reports many errors there. */
Pos node_start_pos(Node *n);
/* Added by the parser part: a compact text form of a tree, "(BINARY + (IDENT a) y=(IDENT b))",
 * for tests and debugging (ast_dump.c documents the format). */
char *ast_dump(Node *n);

#endif
