/* ast_dump.c — a compact, stable text form of a syntax tree, for tests and debugging.
 *
 * Each node prints as (KIND details children...). The child in `x` and the entries of
 * `list` print bare; every other field is prefixed with its name ("y=", "body=", "list2=[...]"),
 * so the dump says exactly which field holds what and tests can compare it as a string. */
#include "ast.h"

static void dump(StrBuf *b, Node *n);

static void dump_vec(StrBuf *b, const char *label, Vec *v) {
    if (v->len == 0) return;
    sb_putc(b, ' ');
    if (label) sb_printf(b, "%s=", label);
    sb_putc(b, '[');
    for (int i = 0; i < v->len; i++) {
        if (i) sb_putc(b, ' ');
        dump(b, VEC_AT(*v, i));
    }
    sb_putc(b, ']');
}

static void dump_field(StrBuf *b, const char *label, Node *n) {
    if (!n) return;
    sb_putc(b, ' ');
    if (label) sb_printf(b, "%s=", label);
    dump(b, n);
}

static void dump(StrBuf *b, Node *n) {
    if (!n) {
        sb_puts(b, "nil");
        return;
    }
    sb_printf(b, "(%s", node_kind_name(n->kind));
    switch (n->kind) {
    case N_IDENT: sb_printf(b, " %s", n->name); break;
    case N_BASICLIT: sb_printf(b, " %s", n->lit); break;
    case N_SELECTOR: sb_printf(b, " .%s", n->name); break;
    case N_IMPORTSPEC: sb_printf(b, " %s%s\"%s\"", n->name ? n->name : "", n->name ? " " : "", n->lit); break;
    case N_TYPESPEC: case N_FUNCDECL: case N_FILE: sb_printf(b, " %s", n->name ? n->name : "?"); break;
    case N_UNARY: case N_BINARY: case N_ASSIGN: case N_INCDEC: case N_BRANCH: case N_GENDECL:
        sb_printf(b, " %s", tok_string(n->op));
        break;
    case N_RANGE: if (n->op) sb_printf(b, " %s", tok_string(n->op)); break;
    case N_CHANTYPE: if (n->chan_dir) sb_puts(b, n->chan_dir == 1 ? " send" : " recv"); break;
    default: break;
    }
    if (n->has_dots) sb_puts(b, " ...");
    if (n->slice3) sb_puts(b, " slice3");
    if (n->is_default) sb_puts(b, " default");
    if (n->embedded) sb_puts(b, " embedded");
    if (n->is_alias) sb_puts(b, " alias");
    dump_field(b, "recv", n->recv);
    dump_vec(b, "tparams", &n->tparams);
    dump_vec(b, "names", &n->names);
    dump_field(b, "label", n->label);
    dump_field(b, "init", n->init);
    dump_field(b, "key", n->key);
    dump_field(b, "value", n->value);
    dump_field(b, NULL, n->x);
    dump_field(b, "y", n->y);
    dump_field(b, "z", n->z);
    dump_field(b, "w", n->w);
    dump_field(b, "cond", n->cond);
    dump_field(b, "post", n->post);
    dump_field(b, "tag", n->tag);
    dump_field(b, "assign", n->assign);
    if (n->kind != N_FILE) dump_vec(b, NULL, &n->list); /* a file's imports repeat its decls */
    dump_vec(b, "list2", &n->list2);
    dump_field(b, "body", n->body);
    dump_field(b, "els", n->els);
    sb_putc(b, ')');
}

char *ast_dump(Node *n) {
    StrBuf b = {0};
    sb_puts(&b, "");
    dump(&b, n);
    return b.data;
}

Pos node_start_pos(Node *n) {
    /* descend along the leftmost child of forms that do not start at their own position */
    for (;;) {
        if (!n) return (Pos){0};
        switch (n->kind) {
        case N_BINARY: case N_SELECTOR: case N_INDEX: case N_SLICE: case N_TYPEASSERT: case N_CALL:
        case N_KEYVALUE:
            n = n->x;
            continue;
        case N_COMPOSITE:
            if (n->x) { n = n->x; continue; }
            return n->pos;
        case N_ASSIGN: case N_INCDEC: case N_SENDSTMT:
            n = n->kind == N_ASSIGN ? VEC_AT(n->list, 0) : n->x;
            continue;
        case N_LABELED:
            n = n->label;
            continue;
        default:
            return n->pos;
        }
    }
}
