/* check_stmt.c — statements and function bodies: scopes, control flow (if, for, range,
 * switch, type switch, select), labels and branches, returns, "declared and not used",
 * and the terminating-statement analysis behind "missing return". */
#include <string.h>

#include "check.h"

static char *pos_str(Pos p) { return xsprintf("%s:%d:%d", src_file_name(p.file), p.line, p.col); }

static void open_scope(Checker *c, Node *owner) {
    c->scope = scope_new(c->scope);
    if (owner) owner->scope = c->scope;
}

static void close_scope(Checker *c) { c->scope = c->scope->parent; }

static void add_local(Checker *c, Obj *o) {
    o->func = c->func;
    if (strcmp(o->name, "_") != 0) vec_push(&c->local_vars, o);
}

/* ---- labels ---- */

static void collect_labels(Checker *c, Node *s, Node *blk) {
    if (!s) return;
    switch (s->kind) {
    case N_LABELED: {
        Node *id = s->label;
        for (int i = 0; i < c->labels.len; i++) {
            Obj *o = c->labels.data[i];
            if (!strcmp(o->name, id->name)) {
                diag_error(spos(id), "label %s already defined\n\t%s: previous definition", id->name, pos_str(o->pos));
                goto inner;
            }
        }
        if (strcmp(id->name, "_") != 0) {
            Obj *o = obj_new(OBJ_LABEL, id->name, id->pos, NULL, c->pkg);
            o->decl = s;
            id->obj = o;
            vec_push(&c->labels, o);
            vec_push(&c->label_blocks, blk);
        }
    inner:
        collect_labels(c, s->x, blk);
        break;
    }
    case N_BLOCK:
        for (int i = 0; i < s->list.len; i++) collect_labels(c, s->list.data[i], s);
        break;
    case N_IF: collect_labels(c, s->body, blk); collect_labels(c, s->els, blk); break;
    case N_FOR: case N_RANGE: collect_labels(c, s->body, blk); break;
    case N_SWITCH: case N_TYPESWITCH: case N_SELECT: collect_labels(c, s->body, blk); break;
    case N_CASE:
        for (int i = 0; i < s->list2.len; i++) collect_labels(c, s->list2.data[i], s);
        break;
    default: break;
    }
}

static Obj *find_label(Checker *c, const char *name) {
    for (int i = 0; i < c->labels.len; i++) {
        Obj *o = c->labels.data[i];
        if (!strcmp(o->name, name)) return o;
    }
    return NULL;
}

/* ---- function bodies ---- */

void check_func_body(Checker *c, Obj *func, Type *sig, Node *body, Scope *fscope) {
    Type *saved_sig = c->sig;
    Scope *saved_scope = c->scope;
    Obj *saved_func = c->func;
    Vec saved_labels = c->labels, saved_break = c->breakable;
    Vec saved_lblocks = c->label_blocks, saved_blocks = c->blocks;
    bool saved_ft = c->fallthrough_ok;
    int locals_start = c->local_vars.len;
    c->sig = sig;
    c->scope = fscope;
    if (func) c->func = func;
    c->labels = (Vec){0};
    c->breakable = (Vec){0};
    c->label_blocks = (Vec){0};
    c->blocks = (Vec){0};
    c->fallthrough_ok = false;
    for (int i = 0; i < fscope->objs.len; i++) {
        Obj *o = fscope->objs.data[i];
        o->func = c->func;
    }
    body->scope = fscope;
    collect_labels(c, body, body);
    vec_push(&c->blocks, body);
    for (int i = 0; i < body->list.len; i++) check_stmt(c, body->list.data[i]);
    vec_pop(&c->blocks);
    for (int i = 0; i < c->labels.len; i++) {
        Obj *l = c->labels.data[i];
        if (!l->used) diag_error(l->pos, "label %s defined and not used", l->name);
    }
    if (sig && sig->kind == T_FUNC && sig->nresults > 0 && !is_terminating(body, NULL))
        diag_error(body->end_pos.line ? body->end_pos : body->pos, "missing return");
    /* locals of this body (and of nested literals checked inside it) */
    if (!saved_sig || func) {
        for (int i = locals_start; i < c->local_vars.len; i++) {
            Obj *o = c->local_vars.data[i];
            if (!o->used) diag_error(o->pos, "declared and not used: %s", o->name);
        }
        c->local_vars.len = locals_start;
    }
    c->sig = saved_sig;
    c->scope = saved_scope;
    c->func = saved_func;
    c->labels = saved_labels;
    c->breakable = saved_break;
    c->label_blocks = saved_lblocks;
    c->blocks = saved_blocks;
    c->fallthrough_ok = saved_ft;
}

void check_block(Checker *c, Node *b) {
    open_scope(c, b);
    vec_push(&c->blocks, b);
    for (int i = 0; i < b->list.len; i++) check_stmt(c, b->list.data[i]);
    vec_pop(&c->blocks);
    close_scope(c);
}

/* ---- simple statements ---- */

static void check_expr_stmt(Checker *c, Node *s) {
    Node *x = s->x;
    check_multi_expr(c, x);
    if (x->mode == MODE_INVALID || x->mode == MODE_NOVALUE) return;
    Node *inner = x;
    while (inner->kind == N_PAREN) inner = inner->x;
    if (inner->kind == N_CALL) {
        if (inner->call_kind == CALL_CONVERSION) goto unused;
        if (inner->call_kind == CALL_BUILTIN) {
            switch (inner->builtin) {
            case BI_COPY: case BI_RECOVER: case BI_PANIC: case BI_PRINT: case BI_PRINTLN: case BI_CLEAR:
            case BI_CLOSE: case BI_DELETE:
                return;
            default: goto unused;
            }
        }
        return;
    }
    if (inner->kind == N_UNARY && inner->op == TK_ARROW) return;
unused:
    if (x->mode == MODE_TYPE) diag_error(spos(x), "%s (type) is not an expression", expr_string(x));
    else if (x->mode == MODE_BUILTIN) diag_error(spos(x), "%s (built-in) must be called", expr_string(x));
    else diag_error(spos(x), "%s is not used", operand_string(c, x));
}

static void check_incdec(Checker *c, Node *s) {
    check_expr(c, s->x, NULL);
    Node *x = s->x;
    if (x->mode == MODE_INVALID) return;
    if (!type_is_numeric(x->type)) {
        diag_error(spos(s), "invalid operation: %s%s (non-numeric type %s)", expr_string(x), tok_string(s->op),
                   tstr(c, x->type));
        return;
    }
    if (x->mode != MODE_VAR && x->mode != MODE_MAPINDEX)
        diag_error(spos(x), "cannot assign to %s (neither addressable nor a map index expression)", operand_string(c, x));
}

static void check_send(Checker *c, Node *s) {
    check_expr(c, s->x, NULL);
    if (s->x->mode == MODE_INVALID) {
        check_expr(c, s->y, NULL);
        return;
    }
    Type *u = under(s->x->type);
    if (u->kind != T_CHAN) {
        diag_error(spos(s), "invalid operation: cannot send to non-channel %s", operand_string(c, s->x));
        check_expr(c, s->y, NULL);
        return;
    }
    if (u->chan_dir == 2) {
        diag_error(spos(s), "invalid operation: cannot send to receive-only channel %s", operand_string(c, s->x));
    }
    check_expr(c, s->y, u->elem);
    if (s->y->mode != MODE_INVALID) assign_to(c, s->y, u->elem, "send");
}

static void check_go_defer(Checker *c, Node *s) {
    const char *what = s->kind == N_GO ? "go" : "defer";
    Node *call = s->x;
    while (call->kind == N_PAREN) call = call->x;
    if (call->kind != N_CALL) {
        diag_error(s->x->pos, "expression in %s must be function call", what);
        check_multi_expr(c, s->x);
        return;
    }
    check_call(c, call, NULL);
    if (call->mode == MODE_INVALID) return;
    if (call->call_kind == CALL_CONVERSION) {
        diag_error(spos(s), "%s requires function call, not conversion", what);
        return;
    }
    if (call->call_kind == CALL_BUILTIN) {
        switch (call->builtin) {
        case BI_COPY: case BI_RECOVER: case BI_PANIC: case BI_PRINT: case BI_PRINTLN: case BI_CLEAR:
        case BI_CLOSE: case BI_DELETE:
            break;
        default:
            diag_error(spos(s), "%s discards result of %s", what, expr_string(call));
        }
    }
}

static char *types_list(Checker *c, Node **xs, int n) {
    StrBuf b = {0};
    sb_putc(&b, '(');
    for (int i = 0; i < n; i++) {
        if (i) sb_puts(&b, ", ");
        Type *t = xs[i]->type;
        if (t && type_is_untyped(t)) sb_puts(&b, type_is_numeric(t) ? "number" : t->kind == T_UNTYPED_NIL ? "nil"
                                                                                  : type_string(type_default(t)));
        else sb_puts(&b, tstr(c, t));
    }
    sb_putc(&b, ')');
    return b.data;
}

static char *results_list(Checker *c, Type *sig) {
    StrBuf b = {0};
    sb_putc(&b, '(');
    for (int i = 0; i < sig->nresults; i++) {
        if (i) sb_puts(&b, ", ");
        sb_puts(&b, tstr(c, sig->results[i].type));
    }
    sb_putc(&b, ')');
    return b.data;
}

static void check_return(Checker *c, Node *s) {
    Type *sig = c->sig;
    int n = s->list.len;
    if (!sig || sig->kind != T_FUNC) return;
    int want = sig->nresults;
    if (n == 0) {
        if (want == 0) return;
        /* naked return: fine with named results */
        bool named = c->ftype && c->ftype->list2.len > 0 && ((Node *)c->ftype->list2.data[0])->names.len > 0;
        Obj *fo = NULL;
        (void)fo;
        if (named) return;
        if (!named) {
            /* function types lose names in interning; look at the scope instead */
            for (Scope *sc = c->scope; sc; sc = sc->parent) {
                for (int i = 0; i < sc->objs.len; i++) {
                    Obj *o = sc->objs.data[i];
                    if (o->is_result) return;
                }
                if (sc->is_func) break;
            }
        }
        diag_error(spos(s), "not enough return values\n\thave ()\n\twant %s", results_list(c, sig));
        return;
    }
    Node **xs = (Node **)s->list.data;
    if (n == 1 && want > 1) {
        check_multi_expr(c, xs[0]);
        if (xs[0]->mode == MODE_INVALID) return;
        if (xs[0]->type && xs[0]->type->kind == T_TUPLE) {
            Type *tt = xs[0]->type;
            if (tt->nfields != want) {
                diag_error(xs[0]->pos, "%s return values\n\thave %s\n\twant %s",
                           tt->nfields < want ? "not enough" : "too many", tstr(c, tt), results_list(c, sig));
                return;
            }
            for (int i = 0; i < want; i++) {
                Node tmp = *xs[0];
                tmp.type = tt->fields[i].type;
                tmp.mode = MODE_VALUE;
                if (!assignable(c, &tmp, sig->results[i].type, NULL))
                    diag_error(xs[0]->pos, "cannot use %s (value of type %s) as %s value in return statement",
                               expr_string(xs[0]), tstr(c, tmp.type), tstr(c, sig->results[i].type));
            }
            return;
        }
        diag_error(xs[0]->pos, "not enough return values\n\thave %s\n\twant %s", types_list(c, xs, 1),
                   results_list(c, sig));
        return;
    }
    for (int i = 0; i < n; i++) check_expr(c, xs[i], i < want ? sig->results[i].type : NULL);
    for (int i = 0; i < n; i++)
        if (xs[i]->mode == MODE_INVALID) return;
    if (n != want) {
        if (n > want)
            diag_error(xs[want < n ? want : 0]->pos, "too many return values\n\thave %s\n\twant %s",
                       types_list(c, xs, n), results_list(c, sig));
        else
            diag_error(xs[0]->pos, "not enough return values\n\thave %s\n\twant %s", types_list(c, xs, n),
                       results_list(c, sig));
        return;
    }
    for (int i = 0; i < n; i++) assign_to(c, xs[i], sig->results[i].type, "return statement");
}

static Node *innermost(Checker *c, bool loops_only) {
    for (int i = c->breakable.len - 1; i >= 0; i--) {
        Node *n = c->breakable.data[i];
        if (n->kind == N_FUNCLIT) return NULL;
        if (!loops_only || n->kind == N_FOR || n->kind == N_RANGE) return n;
    }
    return NULL;
}

static bool is_enclosing(Checker *c, Node *stmt) {
    for (int i = c->breakable.len - 1; i >= 0; i--)
        if (c->breakable.data[i] == stmt) return true;
    return false;
}

static bool pos_less(Pos a, Pos b) {
    return a.file < b.file || (a.file == b.file && (a.line < b.line || (a.line == b.line && a.col < b.col)));
}

/* A goto may not jump into a block or over a variable declaration (Go spec). */
static void check_goto_jump(Checker *c, Node *s, Obj *l) {
    Node *blk = NULL;
    for (int i = 0; i < c->labels.len; i++)
        if (c->labels.data[i] == l) blk = c->label_blocks.data[i];
    if (!blk) return;
    bool enclosing = false;
    for (int i = 0; i < c->blocks.len; i++)
        if (c->blocks.data[i] == blk) enclosing = true;
    if (!enclosing) {
        diag_error(s->label->pos, "goto %s jumps into block starting at %s", l->name, pos_str(blk->pos));
        return;
    }
    if (!pos_less(s->pos, l->pos)) return; /* backward jumps are fine */
    Vec *stmts = blk->kind == N_CASE ? &blk->list2 : &blk->list;
    for (int i = 0; i < stmts->len; i++) {
        Node *st = stmts->data[i];
        while (st && st->kind == N_LABELED) st = st->x;
        if (!st || !pos_less(s->pos, st->pos) || !pos_less(st->pos, l->pos)) continue;
        Node *name = NULL;
        Pos at = st->pos;
        if (st->kind == N_ASSIGN && st->op == TK_DEFINE && st->list.len) name = st->list.data[0];
        if (st->kind == N_DECLSTMT && st->x && st->x->op == TK_VAR && st->x->list.len) {
            Node *spec = st->x->list.data[0];
            if (spec->names.len) name = spec->names.data[0];
            if (name) at = name->pos;
        }
        if (name && name->kind == N_IDENT) {
            diag_error(s->label->pos, "goto %s jumps over declaration of %s at %s", l->name, name->name, pos_str(at));
            return;
        }
    }
}

static void check_branch(Checker *c, Node *s) {
    switch (s->op) {
    case TK_BREAK: case TK_CONTINUE: {
        bool is_break = s->op == TK_BREAK;
        if (s->label) {
            Obj *l = find_label(c, s->label->name);
            if (!l) {
                diag_error(s->label->pos, "%s label not defined: %s", is_break ? "break" : "continue", s->label->name);
                return;
            }
            l->used = true;
            s->label->obj = l;
            Node *stmt = l->decl->x;
            bool ok = stmt && is_enclosing(c, stmt) &&
                      (is_break ? true : (stmt->kind == N_FOR || stmt->kind == N_RANGE));
            if (!ok) {
                diag_error(s->label->pos, "invalid %s label %s", is_break ? "break" : "continue", s->label->name);
                return;
            }
            s->target = stmt;
            return;
        }
        Node *t = innermost(c, !is_break);
        if (!t) {
            diag_error(spos(s), is_break ? "break is not in a loop, switch, or select" : "continue is not in a loop");
            return;
        }
        s->target = t;
        return;
    }
    case TK_GOTO: {
        Obj *l = s->label ? find_label(c, s->label->name) : NULL;
        if (!l) {
            diag_error(s->label ? s->label->pos : s->pos, "label %s not defined", s->label ? s->label->name : "?");
            return;
        }
        l->used = true;
        s->label->obj = l;
        s->target = l->decl;
        check_goto_jump(c, s, l);
        return;
    }
    case TK_FALLTHROUGH:
        if (!c->fallthrough_ok) {
            diag_error(spos(s), "fallthrough statement out of place");
            return;
        }
        return;
    default: return;
    }
}

/* ---- control flow ---- */

static void check_cond(Checker *c, Node *cond, const char *what) {
    check_expr(c, cond, NULL);
    if (cond->mode == MODE_INVALID) return;
    if (!type_is_boolean(cond->type)) {
        diag_error(spos(cond), "non-boolean condition in %s statement", what);
        return;
    }
    set_default_type(c, cond);
}

static void check_case_body(Checker *c, Node *cl, bool last_clause, bool is_switch) {
    int n = cl->list2.len;
    vec_push(&c->blocks, cl);
    for (int i = 0; i < n; i++) {
        Node *st = cl->list2.data[i];
        bool is_ft = st->kind == N_BRANCH && st->op == TK_FALLTHROUGH;
        if (is_ft && is_switch && i == n - 1) {
            if (last_clause) {
                diag_error(spos(st), "cannot fallthrough final case in switch");
                continue;
            }
            c->fallthrough_ok = true;
        }
        check_stmt(c, st);
        c->fallthrough_ok = false;
    }
    vec_pop(&c->blocks);
}

static void check_switch(Checker *c, Node *s) {
    open_scope(c, s);
    if (s->init) check_stmt(c, s->init);
    Node *tag = s->tag;
    if (tag) {
        check_expr(c, tag, NULL);
        if (tag->mode != MODE_INVALID) set_default_type(c, tag);
    }
    vec_push(&c->breakable, s);
    Node *body = s->body;
    int ncl = body ? body->list.len : 0;
    Node *default_clause = NULL;
    Vec seen_consts = {0}; /* Node* of constant case values, for duplicates */
    for (int i = 0; i < ncl; i++) {
        Node *cl = body->list.data[i];
        if (cl->is_default || cl->list.len == 0) {
            if (default_clause)
                diag_error(spos(cl), "multiple defaults in switch");
            default_clause = cl;
        }
        for (int j = 0; j < cl->list.len; j++) {
            Node *e = cl->list.data[j];
            if (tag) {
                if (tag->mode == MODE_INVALID) {
                    check_expr(c, e, NULL);
                    continue;
                }
                /* compare as tag == e */
                Node *cmp = node_new(N_BINARY, e->pos);
                cmp->op = TK_EQL;
                cmp->x = e;
                cmp->y = tag;
                check_expr(c, e, tag->type);
                if (e->mode == MODE_INVALID) continue;
                if (type_is_untyped(e->type)) {
                    bool ok = assignable(c, e, tag->type, NULL);
                    if (!ok) {
                        diag_error(spos(e), "invalid case %s in switch on %s (mismatched types %s and %s)",
                                   expr_string(e), expr_string(tag), tstr(c, e->type), tstr(c, tag->type));
                        continue;
                    }
                    convert_untyped(c, e, tag->type);
                } else if (!type_identical(e->type, tag->type) && !assignable(c, e, tag->type, NULL) &&
                           !assignable(c, tag, e->type, NULL)) {
                    diag_error(spos(e), "invalid case %s in switch on %s (mismatched types %s and %s)",
                               expr_string(e), expr_string(tag), tstr(c, e->type), tstr(c, tag->type));
                }
                if (e->mode == MODE_CONST && e->cv && !type_is_interface(tag->type)) {
                    for (int k = 0; k < seen_consts.len; k++) {
                        Node *p = seen_consts.data[k];
                        if (p->cv->kind == e->cv->kind && type_identical(p->type, e->type) &&
                            cv_compare(TK_EQL, p->cv, e->cv)) {
                            diag_error(spos(e), "duplicate case %s in expression switch\n\t%s: previous case",
                                       operand_string(c, e), pos_str(spos(p)));
                            break;
                        }
                    }
                    vec_push(&seen_consts, e);
                }
            } else {
                check_expr(c, e, t_bool);
                if (e->mode == MODE_INVALID) continue;
                /* a missing tag means "true": interfaces holding a bool compare fine */
                Node truth = {0};
                truth.kind = N_IDENT;
                truth.name = "true";
                truth.type = t_untyped_bool;
                truth.mode = MODE_CONST;
                truth.cv = cv_make_bool(true);
                if (!type_is_boolean(e->type) && !(type_is_interface(e->type) && assignable(c, &truth, e->type, NULL))) {
                    diag_error(spos(e), "invalid case %s in switch (mismatched types %s and bool)", expr_string(e),
                               tstr(c, e->type));
                    continue;
                }
                set_default_type(c, e);
            }
        }
        open_scope(c, cl);
        check_case_body(c, cl, i == ncl - 1, true);
        close_scope(c);
    }
    vec_pop(&c->breakable);
    close_scope(c);
}

static void check_type_switch(Checker *c, Node *s) {
    open_scope(c, s);
    if (s->init) check_stmt(c, s->init);
    Node *guard = s->assign;
    Node *sym = NULL, *ta = NULL;
    if (guard->kind == N_ASSIGN) {
        sym = guard->list.data[0];
        ta = guard->list2.data[0];
    } else {
        ta = guard->x;
    }
    while (ta && ta->kind == N_PAREN) ta = ta->x;
    Node *x = ta ? ta->x : NULL;
    Type *xt = t_invalid;
    if (x) {
        check_expr(c, x, NULL);
        if (x->mode != MODE_INVALID) {
            if (under(x->type)->kind != T_INTERFACE) {
                diag_error(spos(x), "%s is not an interface", operand_string(c, x));
            } else {
                xt = x->type;
            }
        }
    }
    if (ta) {
        ta->type = xt;
        ta->mode = MODE_VALUE;
    }
    if (sym && !strcmp(sym->name, "_")) {
        diag_error(spos(sym), "no new variable on left side of :=");
        sym = NULL;
    }
    vec_push(&c->breakable, s);
    Node *body = s->body;
    int ncl = body ? body->list.len : 0;
    Vec sym_objs = {0}, seen_types = {0};
    bool default_seen = false;
    for (int i = 0; i < ncl; i++) {
        Node *cl = body->list.data[i];
        if (cl->is_default || cl->list.len == 0) {
            if (default_seen) diag_error(spos(cl), "multiple defaults in switch");
            default_seen = true;
        }
        Type *single = NULL;
        for (int j = 0; j < cl->list.len; j++) {
            Node *te = cl->list.data[j];
            Type *t;
            if (te->kind == N_IDENT && !strcmp(te->name, "nil")) {
                check_expr(c, te, NULL);
                t = t_untyped_nil;
            } else {
                t = check_type(c, te);
            }
            if (t != t_invalid) {
                for (int k = 0; k < seen_types.len; k++) {
                    Node *p = seen_types.data[k];
                    if (type_identical(p->type, t) || (t == t_untyped_nil && p->type == t_untyped_nil)) {
                        diag_error(spos(te), "duplicate case %s in type switch\n\t%s: previous case",
                                   t == t_untyped_nil ? "nil" : tstr(c, t), pos_str(spos(p)));
                        break;
                    }
                }
                te->type = t;
                vec_push(&seen_types, te);
            }
            if (t != t_invalid && t != t_untyped_nil && xt != t_invalid && under(t)->kind != T_INTERFACE) {
                char *why = missing_method_reason(c, t, xt);
                if (why) {
                    diag_error(spos(te), "impossible type switch case: %s cannot have dynamic type %s %s",
                               operand_string(c, x), tstr(c, t), strchr(why, '(') ? strchr(why, '(') : "");
                }
            }
            single = cl->list.len == 1 ? t : NULL;
        }
        open_scope(c, cl);
        if (sym) {
            Type *vt = (single && single != t_untyped_nil && single != t_invalid) ? single : xt;
            Obj *o = obj_new(OBJ_VAR, sym->name, sym->pos, vt, c->pkg);
            o->decl = sym;
            o->func = c->func;
            scope_insert(c->scope, o);
            vec_push(&cl->implicit_objs, o);
            vec_push(&sym_objs, o);
        }
        check_case_body(c, cl, i == ncl - 1, false);
        close_scope(c);
    }
    if (sym) {
        bool used = false;
        for (int i = 0; i < sym_objs.len; i++)
            if (((Obj *)sym_objs.data[i])->used) used = true;
        if (!used) diag_error(spos(sym), "declared and not used: %s", sym->name);
        Obj *o = obj_new(OBJ_VAR, sym->name, sym->pos, xt, c->pkg);
        o->used = true;
        sym->obj = o;
        sym->type = xt;
    }
    vec_pop(&c->breakable);
    close_scope(c);
}

static void check_select(Checker *c, Node *s) {
    vec_push(&c->breakable, s);
    Node *body = s->body;
    for (int i = 0; body && i < body->list.len; i++) {
        Node *cl = body->list.data[i];
        open_scope(c, cl);
        if (cl->init) {
            Node *comm = cl->init;
            bool ok = comm->kind == N_SENDSTMT;
            Node *rhs = NULL;
            if (comm->kind == N_EXPRSTMT) rhs = comm->x;
            else if (comm->kind == N_ASSIGN && comm->list2.len == 1) rhs = comm->list2.data[0];
            while (rhs && rhs->kind == N_PAREN) rhs = rhs->x;
            if (rhs && rhs->kind == N_UNARY && rhs->op == TK_ARROW) ok = true;
            if (!ok) diag_error(spos(comm), "select case must be receive, send or assign recv");
            check_stmt(c, comm);
        }
        check_case_body(c, cl, false, false);
        close_scope(c);
    }
    vec_pop(&c->breakable);
}

static void check_for(Checker *c, Node *s) {
    open_scope(c, s);
    if (s->init) check_stmt(c, s->init);
    if (s->cond) check_cond(c, s->cond, "for");
    if (s->post) {
        if (s->post->kind == N_ASSIGN && s->post->op == TK_DEFINE)
            diag_error(s->post->pos, "cannot declare in post statement of for loop");
        else
            check_stmt(c, s->post);
    }
    vec_push(&c->breakable, s);
    check_block(c, s->body);
    vec_pop(&c->breakable);
    close_scope(c);
}

/* Why a func type cannot be ranged over (gc's words), or NULL with the iteration variables'
 * types and how many the yield function provides. */
static const char *range_func_problem(Type *u, Type **kt, Type **vt, int *max_vars) {
    if (u->nfields != 1 || u->variadic) return "wrong argument count";
    if (u->nresults != 0) return "unexpected results";
    Type *y = under(u->fields[0].type);
    if (!y || y->kind != T_FUNC) return "argument is not func";
    if (y->nfields > 2) return "yield func has too many parameters";
    if (y->nresults != 1 || !type_is_boolean(y->results[0].type)) return "yield func does not return bool";
    if (y->results[0].type != t_bool && !type_identical(y->results[0].type, t_bool))
        return "yield func returns user-defined boolean, not bool";
    *max_vars = y->nfields;
    if (y->nfields >= 1) *kt = y->fields[0].type;
    if (y->nfields >= 2) *vt = y->fields[1].type;
    return NULL;
}

static void check_range(Checker *c, Node *s) {
    open_scope(c, s);
    Node *x = s->x;
    check_expr(c, x, NULL);
    Type *kt = NULL, *vt = NULL;
    bool ok = x->mode != MODE_INVALID;
    int max_vars = 2;
    if (ok) {
        Type *u = under(x->type);
        if (u->kind == T_POINTER && under(u->elem)->kind == T_ARRAY) u = under(u->elem);
        switch (u->kind) {
        case T_STRING: case T_UNTYPED_STRING:
            set_default_type(c, x);
            kt = t_int;
            vt = t_rune;
            break;
        case T_ARRAY: case T_SLICE: kt = t_int; vt = u->elem; break;
        case T_MAP: kt = u->key; vt = u->elem; break;
        case T_CHAN:
            kt = u->elem;
            max_vars = 1;
            if (u->chan_dir == 1) {
                diag_error(spos(x), "invalid operation: range %s: receive from send-only channel %s", expr_string(x),
                           tstr(c, x->type));
                ok = false;
            }
            break;
        case T_FUNC: {
            /* range over func (Go 1.23): func(yield func(K, V) bool) with 0..2 yield params */
            const char *why = range_func_problem(u, &kt, &vt, &max_vars);
            if (why) {
                diag_error(spos(x), "cannot range over %s: func must be func(yield func(...) bool): %s",
                           operand_string(c, x), why);
                ok = false;
            }
            break;
        }
        default:
            if (type_is_integer(x->type)) {
                if (x->mode == MODE_CONST && type_is_untyped(x->type)) {
                    /* range 'a' iterates over runes: the constant's default type */
                    if (!assign_to(c, x, type_default(x->type), "range")) ok = false;
                }
                kt = x->type;
                max_vars = 1;
                break;
            }
            diag_error(spos(x), "cannot range over %s", operand_string(c, x));
            ok = false;
        }
    }
    Node *vars[2] = {s->key, s->value};
    Type *types[2] = {kt, vt};
    int nvars = (s->key ? 1 : 0) + (s->value ? 1 : 0);
    if (ok && nvars > max_vars) {
        Node *extra = vars[max_vars];
        diag_error(spos(extra), "range over %s permits %s", operand_string(c, x),
                   max_vars == 0 ? "no iteration variables" : "only one iteration variable");
    }
    if (s->op == TK_DEFINE) {
        Obj *objs[2] = {NULL, NULL};
        for (int i = 0; i < 2; i++) {
            Node *v = vars[i];
            if (!v) continue;
            if (v->kind != N_IDENT) {
                diag_error(spos(v), "non-name %s on left side of :=", expr_string(v));
                continue;
            }
            Type *t = ok && types[i] ? types[i] : t_invalid;
            objs[i] = obj_new(OBJ_VAR, v->name, v->pos, t, c->pkg);
            objs[i]->decl = v;
            v->type = t;
            v->mode = MODE_VAR;
        }
        for (int i = 0; i < 2; i++) {
            if (!objs[i]) continue;
            add_local(c, objs[i]);
            declare(c, c->scope, objs[i], vars[i]);
        }
    } else if (s->op == TK_ASSIGN) {
        for (int i = 0; i < 2; i++) {
            Node *v = vars[i];
            if (!v) continue;
            if (v->kind == N_IDENT && !strcmp(v->name, "_")) continue;
            check_expr(c, v, NULL);
            if (v->mode == MODE_INVALID || !ok || !types[i]) continue;
            if (v->mode != MODE_VAR && v->mode != MODE_MAPINDEX) {
                diag_error(spos(v), "cannot assign to %s (neither addressable nor a map index expression)",
                           operand_string(c, v));
                continue;
            }
            Node tmp = {0};
            tmp.kind = N_IDENT;
            tmp.name = "range";
            tmp.type = types[i];
            tmp.mode = MODE_VALUE;
            if (!assignable(c, &tmp, v->type, NULL))
                diag_error(spos(v), "cannot use %s (value of type %s) as %s value in %s", expr_string(v),
                           tstr(c, types[i]), tstr(c, v->type),
                           under(x->type)->kind == T_FUNC ? "assignment" : "range"); /* gc's words */
        }
    }
    vec_push(&c->breakable, s);
    check_block(c, s->body);
    vec_pop(&c->breakable);
    close_scope(c);
}

void check_stmt(Checker *c, Node *s) {
    if (!s) return;
    switch (s->kind) {
    case N_EMPTY: case N_BAD: return;
    case N_BLOCK: check_block(c, s); return;
    case N_EXPRSTMT: check_expr_stmt(c, s); return;
    case N_SENDSTMT: check_send(c, s); return;
    case N_INCDEC: check_incdec(c, s); return;
    case N_ASSIGN: check_assign_stmt(c, s); return;
    case N_GO: case N_DEFER: check_go_defer(c, s); return;
    case N_RETURN: check_return(c, s); return;
    case N_BRANCH: check_branch(c, s); return;
    case N_DECLSTMT: check_local_decl(c, s->x); return;
    case N_LABELED: {
        bool ft = c->fallthrough_ok;
        c->fallthrough_ok = false;
        check_stmt(c, s->x);
        c->fallthrough_ok = ft;
        return;
    }
    case N_IF:
        open_scope(c, s);
        if (s->init) check_stmt(c, s->init);
        check_cond(c, s->cond, "if");
        check_block(c, s->body);
        if (s->els) check_stmt(c, s->els);
        close_scope(c);
        return;
    case N_SWITCH: check_switch(c, s); return;
    case N_TYPESWITCH: check_type_switch(c, s); return;
    case N_SELECT: check_select(c, s); return;
    case N_FOR: check_for(c, s); return;
    case N_RANGE: check_range(c, s); return;
    default:
        diag_error(spos(s), "unexpected %s statement", node_kind_name(s->kind));
        return;
    }
}

/* ---- terminating statements (Go spec) ---- */

static bool has_break(Node *s, Node *target) {
    if (!s) return false;
    switch (s->kind) {
    case N_BRANCH: return s->op == TK_BREAK && s->target == target;
    case N_BLOCK:
        for (int i = 0; i < s->list.len; i++)
            if (has_break(s->list.data[i], target)) return true;
        return false;
    case N_IF: return has_break(s->body, target) || has_break(s->els, target);
    case N_LABELED: return has_break(s->x, target);
    case N_CASE:
        for (int i = 0; i < s->list2.len; i++)
            if (has_break(s->list2.data[i], target)) return true;
        return false;
    case N_FOR: case N_RANGE: case N_SWITCH: case N_TYPESWITCH: case N_SELECT:
        return has_break(s->body, target); /* labeled breaks may reach outward */
    default: return false;
    }
}

bool is_terminating(Node *s, const char *label) {
    if (!s) return false;
    switch (s->kind) {
    case N_RETURN: return true;
    case N_BRANCH: return s->op == TK_GOTO || s->op == TK_FALLTHROUGH;
    case N_EXPRSTMT: {
        Node *x = s->x;
        while (x->kind == N_PAREN) x = x->x;
        return x->kind == N_CALL && x->call_kind == CALL_BUILTIN && x->builtin == BI_PANIC;
    }
    case N_BLOCK: {
        for (int i = s->list.len - 1; i >= 0; i--) {
            Node *st = s->list.data[i];
            if (st->kind == N_EMPTY) continue;
            return is_terminating(st, NULL);
        }
        return false;
    }
    case N_IF: return s->els && is_terminating(s->body, NULL) && is_terminating(s->els, NULL);
    case N_LABELED: return is_terminating(s->x, s->label ? s->label->name : NULL);
    case N_FOR: return !s->cond && !has_break(s->body, s);
    case N_SWITCH: case N_TYPESWITCH: case N_SELECT: {
        if (has_break(s->body, s)) return false;
        bool has_default = s->kind == N_SELECT;
        for (int i = 0; s->body && i < s->body->list.len; i++) {
            Node *cl = s->body->list.data[i];
            if (cl->is_default || (s->kind != N_SELECT && cl->list.len == 0)) has_default = true;
            int n = cl->list2.len;
            while (n > 0 && ((Node *)cl->list2.data[n - 1])->kind == N_EMPTY) n--;
            if (n == 0) return false;
            if (!is_terminating(cl->list2.data[n - 1], NULL)) return false;
        }
        return has_default;
    }
    default: return false;
    }
}
