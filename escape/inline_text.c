/* inline_text.c — the inliner's -m=2 lines in gc's words:
 *   can inline f with cost 2 as: func(*int) *int { return p }
 *   cannot inline h: marked go:noinline
 *   cannot inline big: function too complex: cost 130 exceeds budget 80
 * The cost is golc's own (inline_cost.c). The body is the declaration's statements in gc's
 * compact form: simple statements as written, separated by "; ", an if with its blocks, and
 * the other compound statements by name ("for loop", "switch statement"). */
#include "inline_internal.h"

#include <stdlib.h>
#include <string.h>

static void stmts(StrBuf *b, Vec *list);
static void exprs(StrBuf *b, Vec *v);

/* A call as gc prints it once typechecked: a method call as a method expression call
 * ("(*T).M(x)", "T.M(p)") and a variadic call's implicit slice as "... argument...".
 * Other expressions (and calls nested deeper) print as written. */
static void gc_expr(StrBuf *b, Node *e)
{
    if (!e || e->kind != N_CALL) {
        sb_puts(b, e ? expr_string(e) : "");
        return;
    }
    Node *x = e->x;
    if (e->call_kind == CALL_BUILTIN || e->call_kind == CALL_CONVERSION) {
        /* gc parenthesises a conversion to an unnamed type: ([]byte)(s) */
        bool paren = e->call_kind == CALL_CONVERSION && x && x->kind != N_IDENT &&
                     x->kind != N_SELECTOR && x->kind != N_PAREN;
        sb_printf(b, paren ? "(%s)(" : "%s(", expr_string(x));
        for (int i = 0; i < e->list.len; i++) {
            if (i)
                sb_puts(b, ", ");
            gc_expr(b, e->list.data[i]);
        }
        sb_puts(b, e->has_dots ? "...)" : ")");
        return;
    }
    Selection *sel = x && x->kind == N_SELECTOR ? x->sel : NULL;
    bool method = e->call_kind == CALL_METHOD && sel && sel->obj && sel->npath <= 1 &&
                  sel->obj->recv_type && sel->obj->recv_type->obj;
    Vec args = {0};
    if (method) {
        const char *t = sel->obj->recv_type->obj->name;
        if (sel->obj->ptr_recv)
            sb_printf(b, "(*%s).%s(", t, x->name);
        else
            sb_printf(b, "%s.%s(", t, x->name);
        vec_push(&args, x->x);
    } else {
        /* gc parenthesises a func literal called in place: (func literal)() */
        sb_printf(b, x && x->kind == N_FUNCLIT ? "(%s)(" : "%s(", expr_string(x));
    }
    for (int i = 0; i < e->list.len; i++)
        vec_push(&args, e->list.data[i]);
    Type *ft = x ? x->type : NULL;
    int fixed = args.len;
    if (ft && ft->kind == T_FUNC && ft->variadic && !e->has_dots)
        fixed = (method ? 1 : 0) + ft->nfields - 1;
    for (int i = 0; i < args.len && i < fixed; i++) {
        if (i)
            sb_puts(b, ", ");
        gc_expr(b, args.data[i]);
    }
    if (fixed < args.len)
        sb_printf(b, "%s... argument...", fixed > 0 ? ", " : "");
    sb_puts(b, ")");
    free(args.data);
}

char *gc_expr_string(Node *e)
{
    StrBuf b = {0};
    gc_expr(&b, e);
    return b.data ? b.data : xstrdup("");
}

static void exprs(StrBuf *b, Vec *v)
{
    for (int i = 0; i < v->len; i++) {
        if (i)
            sb_puts(b, ", ");
        gc_expr(b, v->data[i]);
    }
}

/* `var x T` is gc's `x = <nil>`, `var x = v` its `x := v`. */
static void var_decl(StrBuf *b, Node *decl, bool *first)
{
    if (!decl || decl->kind != N_GENDECL || decl->op != TK_VAR)
        return;
    for (int i = 0; i < decl->list.len; i++) {
        Node *spec = decl->list.data[i];
        for (int k = 0; k < spec->names.len; k++) {
            if (!*first)
                sb_puts(b, "; ");
            *first = false;
            Node *name = spec->names.data[k];
            if (k < spec->list.len && spec->list.len == spec->names.len)
                sb_printf(b, "%s := %s", name->name, expr_string(spec->list.data[k]));
            else
                sb_printf(b, "%s = <nil>", name->name);
        }
    }
}

static bool stmt(StrBuf *b, Node *s)
{
    switch (s->kind) {
    case N_EMPTY:
        return false;
    case N_ASSIGN:
        exprs(b, &s->list);
        sb_printf(b, " %s ", tok_string(s->op));
        exprs(b, &s->list2);
        return true;
    case N_INCDEC:
        sb_printf(b, "%s%s", expr_string(s->x), tok_string(s->op));
        return true;
    case N_EXPRSTMT:
        gc_expr(b, s->x);
        return true;
    case N_SENDSTMT:
        sb_printf(b, "%s <- %s", expr_string(s->x), expr_string(s->y));
        return true;
    case N_RETURN:
        sb_puts(b, "return");
        if (s->list.len)
            sb_putc(b, ' ');
        exprs(b, &s->list);
        return true;
    case N_GO:
    case N_DEFER:
        sb_printf(b, "%s %s", s->kind == N_GO ? "go" : "defer", expr_string(s->x));
        return true;
    case N_BRANCH:
        sb_puts(b, tok_string(s->op));
        if (s->label)
            sb_printf(b, " %s", s->label->name);
        return true;
    case N_IF:
        sb_puts(b, "if ");
        if (s->init && stmt(b, s->init))
            sb_puts(b, "; ");
        sb_printf(b, "%s { ", expr_string(s->cond));
        stmts(b, &s->body->list);
        sb_puts(b, " }");
        if (s->els) {
            sb_puts(b, " else ");
            if (s->els->kind == N_IF) {
                stmt(b, s->els);
            } else {
                sb_puts(b, "{ ");
                stmts(b, &s->els->list);
                sb_puts(b, " }");
            }
        }
        return true;
    case N_FOR:
    case N_RANGE:
        sb_puts(b, "for loop");
        return true;
    case N_SWITCH:
    case N_TYPESWITCH:
        sb_puts(b, "switch statement");
        return true;
    case N_SELECT:
        sb_puts(b, "select statement");
        return true;
    case N_BLOCK:
        sb_puts(b, "{ ");
        stmts(b, &s->list);
        sb_puts(b, " }");
        return true;
    case N_LABELED:
        sb_printf(b, "%s: ", s->label->name);
        return stmt(b, s->x) || true;
    default:
        return false;
    }
}

static void stmts(StrBuf *b, Vec *list)
{
    bool first = true;
    for (int i = 0; i < list->len; i++) {
        Node *s = list->data[i];
        if (s->kind == N_DECLSTMT) {
            var_decl(b, s->x, &first);
            continue;
        }
        StrBuf one = {0};
        if (!stmt(&one, s)) {
            free(one.data);
            continue;
        }
        if (!first)
            sb_puts(b, "; ");
        first = false;
        sb_puts(b, one.data);
        free(one.data);
    }
}

/* "func(*int) *int", or for a method "method(*T) func(int)" as gc prints a method's type. */
static char *gc_type(Type *t, const char *pkg)
{
    /* gc spells the empty interface "interface {}" whether written `any` or not, and the
     * function's own package's types unqualified */
    char *s = pkg ? type_string_qualified(t, pkg) : type_string(t);
    StrBuf b = {0};
    for (const char *p = s; *p;) {
        bool ellipsis = p - s >= 3 && strncmp(p - 3, "...", 3) == 0;
        bool word_start = p == s || ellipsis || !(p[-1] == '_' || p[-1] == '.' || (p[-1] >= 'a' && p[-1] <= 'z') ||
                                      (p[-1] >= 'A' && p[-1] <= 'Z') || (p[-1] >= '0' && p[-1] <= '9'));
        bool is_any = word_start && strncmp(p, "any", 3) == 0;
        char c = is_any ? p[3] : 0;
        if (is_any && !(c == '_' || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9'))) {
            sb_puts(&b, "interface {}");
            p += 3;
        } else {
            sb_putc(&b, *p++);
        }
    }
    return b.data ? b.data : s;
}

static char *signature(IRFunc *f)
{
    Node *d = f->obj ? f->obj->decl : NULL;
    const char *pkg = f->pkg ? f->pkg->path : NULL;
    char *sig = gc_type(f->sig, pkg);
    if (d && d->kind == N_FUNCDECL && d->recv && f->nparams > 0)
        return xsprintf("method(%s) %s", gc_type(f->param_types[0], pkg), sig);
    return sig;
}

char *inline_decision_text(IRFunc *f, const char *name, int cost)
{
    if (cost > inline_budget(f))
        return xsprintf("cannot inline %s: function too complex: cost %d exceeds budget %d", name,
                        cost, inline_budget(f));
    Node *d = f->obj ? f->obj->decl : NULL;
    if (!d || d->kind != N_FUNCDECL || !d->body)
        return xsprintf("can inline %s with cost %d", name, cost);
    StrBuf b = {0};
    stmts(&b, &d->body->list);
    char *text = xsprintf("can inline %s with cost %d as: %s { %s }", name, cost, signature(f),
                          b.data ? b.data : "");
    free(b.data);
    return text;
}

/* gc's reason when golc refuses for one gc also has; NULL (no line) for golc's own reasons. */
char *inline_refusal_text(IRFunc *f, bool in_cycle)
{
    const char *name = explain_func_name(f);
    if (inline_has_noinline(f))
        return xsprintf("cannot inline %s: marked go:noinline", name);
    if (in_cycle)
        return NULL;
    const char *why = inline_refusal(f);
    if (why && strncmp(why, "unhandled op", 12) == 0)
        return xsprintf("cannot inline %s: %s", name, why);
    return NULL;
}
