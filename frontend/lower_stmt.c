/* lower_stmt.c — statements and control flow.
 *
 * Blocks are named after the construct that made them ("for.cond", "switch.case", ...) so
 * -emit=ir reads like the source. Loops raise L->loop_depth for everything evaluated per
 * iteration (condition, body, post), which is what escape analysis compares against a
 * variable's declaration depth. Variables declared in a loop body get their ALLOC there, so
 * every iteration has a fresh variable; `for i := ...` variables whose address is taken get a
 * per-iteration copy (Go 1.22 semantics, see lower_for). */
#include "lower.h"
#include "constant.h"

#include <string.h>

static bool is_blank(Node *e) { return e && e->kind == N_IDENT && e->name && !strcmp(e->name, "_"); }

static void jump_if_open(Lower *L, IRBlock *to, Pos pos) {
    if (!block_terminated(L->cur)) emit_jump(L, to, pos);
}

void lower_block(Lower *L, Node *block) {
    if (!block) return;
    int depth = L->loop_depth;  /* a looping label (lower_labeled) deepens the rest of its block */
    for (int i = 0; i < block->list.len; i++) lower_stmt(L, VEC_AT(block->list, i));
    L->loop_depth = depth;
}

void lower_store_to(Lower *L, Node *lhs, IRInstr *addr, IRInstr *val) {
    if (!lhs || is_blank(lhs) || !addr) return;
    emit_store(L, addr, val, lhs->pos);
}

static Node *unparen(Node *e) {
    while (e && e->kind == N_PAREN) e = e->x;
    return e;
}

/* Address of an assignment's left side; NULL for the blank identifier. */
static IRInstr *lhs_addr(Lower *L, Node *lhs) {
    lhs = unparen(lhs);
    if (is_blank(lhs)) return NULL;
    if (is_map_index(lhs)) return lower_map_slot(L, lower_map_ref(L, lhs)); /* inserts now */
    return lower_addr(L, lhs);
}

static Type *lhs_type(Node *lhs) {
    if (is_blank(lhs)) return NULL;
    if (lhs->kind == N_IDENT && lhs->obj) return lhs->obj->type;
    return lhs->type;
}

/* Values of the right side for n targets of types `types` (NULL entries: no conversion). */
static IRInstr **rhs_values(Lower *L, Node *s, Vec *rhs, int n, Type **types) {
    IRInstr **vals = xcalloc(n ? n : 1, sizeof(IRInstr *));
    if (rhs->len == n) {
        for (int i = 0; i < n; i++) {
            Node *r = VEC_AT(*rhs, i);
            vals[i] = types[i] ? lower_expr_to(L, r, types[i]) : lower_expr(L, r);
        }
        return vals;
    }
    Node *r = rhs->len == 1 ? VEC_AT(*rhs, 0) : NULL;
    if (r && r->type && r->type->kind == T_TUPLE && r->type->nfields == n) {
        IRInstr *tuple = lower_expr(L, r);
        for (int i = 0; i < n; i++) {
            Type *mt = r->type->fields[i].type;
            IRInstr *m = emit_extract(L, tuple, i, mt, r->pos);
            vals[i] = types[i] ? lower_conversion(L, m, mt, types[i], r->pos, r) : m;
        }
        return vals;
    }
    Node *u = unparen(r);
    if (u && is_map_index(u) && n == 2) {
        IRInstr *ok = NULL;
        IRInstr *v = lower_map_index(L, u, &ok);
        vals[0] = types[0] ? lower_conversion(L, v, u->type, types[0], u->pos, u) : v;
        vals[1] = types[1] ? lower_conversion(L, ok, t_bool, types[1], u->pos, u) : ok;
        return vals;
    }
    if (u && u->kind == N_TYPEASSERT && n == 2) {
        IRInstr *ok = NULL;
        IRInstr *v = lower_type_assert(L, u, &ok);
        vals[0] = types[0] ? lower_conversion(L, v, u->y ? u->y->type : u->type, types[0], u->pos, u) : v;
        vals[1] = types[1] && ok ? lower_conversion(L, ok, t_bool, types[1], u->pos, u) : ok;
        return vals;
    }
    if (u && u->kind == N_UNARY && u->op == TK_ARROW && n == 2) {
        IRInstr *ok = NULL;
        IRInstr *v = lower_chan_recv(L, u, &ok);
        vals[0] = types[0] ? lower_conversion(L, v, u->type, types[0], u->pos, u) : v;
        vals[1] = types[1] && ok ? lower_conversion(L, ok, t_bool, types[1], u->pos, u) : ok;
        return vals;
    }
    const char *what = "this assignment";
    if (u && u->kind == N_INDEX) what = "map";
    else if (u && u->kind == N_TYPEASSERT) what = "type assertion";
    else if (u && u->kind == N_UNARY && u->op == TK_ARROW) what = "channel receive";
    diag_unsupported(s->pos, what);
    return vals;
}

static void lower_define(Lower *L, Node *s) {
    int n = s->list.len;
    Type **types = xcalloc(n ? n : 1, sizeof(Type *));
    for (int i = 0; i < n; i++) types[i] = lhs_type(VEC_AT(s->list, i));
    IRInstr **vals = rhs_values(L, s, &s->list2, n, types);
    for (int i = 0; i < n; i++) {
        Node *id = VEC_AT(s->list, i);
        if (is_blank(id) || !id->obj) continue;
        Obj *o = id->obj;
        IRInstr *addr = (!o->is_global && !o->ir) ? emit_var(L, o, id->pos) : var_addr(L, o, id->pos);
        emit_store(L, addr, vals[i], id->pos);
    }
    free(types);
    free(vals);
}

static void lower_assign(Lower *L, Node *s) {
    if (s->op == TK_DEFINE) { lower_define(L, s); return; }
    if (s->op != TK_ASSIGN) {
        /* x op= y: the address of x is computed once */
        Node *lhs = VEC_AT(s->list, 0), *rhs = VEC_AT(s->list2, 0);
        Tok op = (Tok)(s->op - TK_ADD_ASSIGN + TK_ADD);
        if (is_map_index(lhs)) { lower_map_op_assign(L, s); return; }
        IRInstr *addr = lhs_addr(L, lhs);
        if (!addr) return;
        Type *t = value_type(lhs->type);
        IRInstr *old = emit_load(L, addr, t, s->pos);
        IRInstr *r = lower_expr(L, rhs);
        IRInstr *v = lower_binary_values(L, op, t, old, t, r, rhs->type, s->pos, s);
        emit_store(L, addr, v, s->pos);
        return;
    }
    int n = s->list.len;
    /* Go: index and indirection operands on the left and all right-hand expressions are
     * evaluated first, then the assignments happen left to right. */
    IRInstr **addrs = xcalloc(n ? n : 1, sizeof(IRInstr *));
    Type **types = xcalloc(n ? n : 1, sizeof(Type *));
    MapRef **mrefs = xcalloc(n ? n : 1, sizeof(MapRef *)); /* m[k] targets insert at the store */
    for (int i = 0; i < n; i++) {
        Node *lhs = VEC_AT(s->list, i);
        if (is_map_index(lhs)) mrefs[i] = lower_map_ref(L, lhs);
        else addrs[i] = lhs_addr(L, lhs);
        types[i] = lhs_type(lhs);
    }
    IRInstr **vals = rhs_values(L, s, &s->list2, n, types);
    for (int i = 0; i < n; i++) {
        if (mrefs[i]) addrs[i] = lower_map_slot(L, mrefs[i]);
        lower_store_to(L, VEC_AT(s->list, i), addrs[i], vals[i]);
        free(mrefs[i]);
    }
    free(mrefs);
    free(addrs);
    free(types);
    free(vals);
}

static void lower_incdec(Lower *L, Node *s) {
    IRInstr *addr = lhs_addr(L, s->x);
    if (!addr) return;
    Type *t = value_type(s->x->type);
    IRInstr *old = emit_load(L, addr, t, s->pos);
    IRInstr *one = lower_conversion(L, k_int(1), t_int, t, s->pos, s);
    emit_store(L, addr, emit_binop(L, s->op == TK_INC ? TK_ADD : TK_SUB, t, old, one, s->pos), s->pos);
}

static void lower_var_decl(Lower *L, Node *decl) {
    if (decl->op != TK_VAR) return; /* const and type declarations produce no code */
    for (int i = 0; i < decl->list.len; i++) {
        Node *spec = VEC_AT(decl->list, i);
        int n = spec->names.len;
        IRInstr **vals = NULL;
        if (spec->list.len) {
            Type **types = xcalloc(n ? n : 1, sizeof(Type *));
            for (int j = 0; j < n; j++) types[j] = lhs_type(VEC_AT(spec->names, j));
            vals = rhs_values(L, spec, &spec->list, n, types);
            free(types);
        }
        for (int j = 0; j < n; j++) {
            Node *id = VEC_AT(spec->names, j);
            if (is_blank(id) || !id->obj) continue;
            IRInstr *var = emit_var(L, id->obj, id->pos);
            if (vals) emit_store(L, var, vals[j], id->pos);
        }
        free(vals);
    }
}

IRInstr **lower_return_values(Lower *L, Node *s, int n, Type **types) {
    return rhs_values(L, s, &s->list, n, types);
}

/* Whether a func literal occurs in the body (it may close over the named results). Cached
 * for the body last asked about: a function's returns all ask about the same one. */
static bool body_has_funclit(Node *body) {
    static Node *cached;
    static bool result;
    if (body != cached) {
        cached = body;
        result = ast_contains_kind(body, N_FUNCLIT, true);
    }
    return result;
}

static void lower_return(Lower *L, Node *s) {
    if (lower_rangefunc_return(L, s)) return;
    if (L->defer_frame) { lower_defer_return(L, s); return; }
    IRFunc *f = L->fn;
    int n = s->list.len;
    if (n == 0) {
        int nr = L->result_vars.len;
        IRInstr **vals = xcalloc(nr ? nr : 1, sizeof(IRInstr *));
        for (int i = 0; i < nr; i++) {
            IRInstr *var = VEC_AT(L->result_vars, i);
            vals[i] = emit_load(L, var, var->elem, s->pos);
        }
        emit(L, IR_RET, NULL, s->pos, nr, vals);
        free(vals);
        return;
    }
    IRInstr **vals = rhs_values(L, s, &s->list, f->nresults, f->result_types);
    /* `return x` assigns the named results. Where something can look at them afterwards
     * (`sink = &r`, a closure over r) they must hold x; otherwise the values go straight to
     * the ret (a big value's store would only cost a copy). */
    if (L->result_vars.len == f->nresults)
        for (int i = 0; i < f->nresults; i++) {
            IRInstr *var = VEC_AT(L->result_vars, i);
            if (!var->var || !(var->var->addr_taken || body_has_funclit(L->body))) continue;
            /* stored, then returned from the variable: each copy of a big value has one use
             * (codegen moves it with memmove instead of materialising it) */
            emit_store(L, var, vals[i], s->pos);
            vals[i] = emit_load(L, var, var->elem, s->pos);
        }
    emit(L, IR_RET, NULL, s->pos, f->nresults, vals);
    free(vals);
}

static void lower_if(Lower *L, Node *s) {
    if (s->init) lower_stmt(L, s->init);
    IRInstr *c = lower_cond(L, s->cond);
    IRBlock *then = new_block(L, "if.then");
    IRBlock *els = s->els ? new_block(L, "if.else") : NULL;
    IRBlock *done = new_block(L, "if.done");
    emit_branch(L, c, then, els ? els : done, s->pos);
    set_block(L, then);
    lower_block(L, s->body);
    jump_if_open(L, done, s->pos);
    if (els) {
        set_block(L, els);
        if (s->els->kind == N_IF) lower_if(L, s->els);
        else lower_block(L, s->els);
        jump_if_open(L, done, s->pos);
    }
    set_block(L, done);
}

/* ---- loops ------------------------------------------------------------------------------- */

static Node *label_of(Lower *L, Node *s) {
    Node *lab = L->pending_label;
    L->pending_label = NULL;
    return lab && lab->x == s ? lab : NULL;
}

static JumpTarget *push_target(Lower *L, Node *s, Node *label, IRBlock *brk, IRBlock *cont) {
    JumpTarget *t = xcalloc(1, sizeof *t);
    t->stmt = s;
    t->label = label;
    t->brk = brk;
    t->cont = cont;
    vec_push(&L->targets, t);
    return t;
}

static void pop_target(Lower *L) { vec_pop(&L->targets); }

static void lower_for(Lower *L, Node *s) {
    Node *label = label_of(L, s);
    if (s->init) lower_stmt(L, s->init);
    /* variables of the init statement whose address is taken need a fresh copy per iteration */
    Vec per_iter = {0};
    if (s->init && s->init->kind == N_ASSIGN && s->init->op == TK_DEFINE)
        for (int i = 0; i < s->init->list.len; i++) {
            Node *id = VEC_AT(s->init->list, i);
            if (!is_blank(id) && id->obj && id->obj->addr_taken && id->obj->ir) vec_push(&per_iter, id->obj);
        }
    IRBlock *cond = new_block(L, "for.cond"), *body = new_block(L, "for.body"),
            *post = new_block(L, "for.post"), *done = new_block(L, "for.done");
    jump_if_open(L, cond, s->pos);
    L->loop_depth++;
    set_block(L, cond);
    if (s->cond) emit_branch(L, lower_cond(L, s->cond), body, done, s->pos);
    else emit_jump(L, body, s->pos);
    set_block(L, body);
    IRInstr **outer = xcalloc(per_iter.len ? per_iter.len : 1, sizeof(IRInstr *));
    IRInstr **inner = xcalloc(per_iter.len ? per_iter.len : 1, sizeof(IRInstr *));
    for (int i = 0; i < per_iter.len; i++) {
        Obj *o = VEC_AT(per_iter, i);
        outer[i] = o->ir;
        IRInstr *v = emit_load(L, outer[i], o->type, s->pos);
        inner[i] = emit_var(L, o, o->pos);
        emit_store(L, inner[i], v, s->pos);
    }
    push_target(L, s, label, done, post);
    lower_block(L, s->body);
    pop_target(L);
    jump_if_open(L, post, s->pos);
    set_block(L, post);
    for (int i = 0; i < per_iter.len; i++) {
        Obj *o = VEC_AT(per_iter, i);
        emit_store(L, outer[i], emit_load(L, inner[i], o->type, s->pos), s->pos);
        o->ir = outer[i];
    }
    if (s->post) lower_stmt(L, s->post);
    emit_jump(L, cond, s->pos);
    L->loop_depth--;
    set_block(L, done);
    free(outer);
    free(inner);
    free(per_iter.data);
}

/* Assigns one iteration value to a range key/value (declared per iteration with :=).
 * With `=`, `addr` is the operand's address computed beforehand (see range_assign_pair). */
static void range_assign(Lower *L, Node *s, Node *lhs, IRInstr *addr, IRInstr *v, Type *vt) {
    if (!lhs || is_blank(lhs) || !v) return;
    if (s->op == TK_DEFINE) {
        Obj *o = lhs->obj;
        if (!o) return;
        IRInstr *var = emit_var(L, o, lhs->pos);
        emit_store(L, var, lower_conversion(L, v, vt, o->type, lhs->pos, lhs), lhs->pos);
        return;
    }
    if (!addr) addr = lhs_addr(L, lhs);
    emit_store(L, addr, lower_conversion(L, v, vt, lhs->type, lhs->pos, lhs), lhs->pos);
}

/* `for k, v = range x`: like a parallel assignment, the index expressions and pointer
 * indirections of both operands are evaluated before either is assigned. */
static void range_assign_pair(Lower *L, Node *s, Node *key, IRInstr *kv, Type *kt, Node *val, IRInstr *vv,
                              Type *vt) {
    IRInstr *kaddr = NULL, *vaddr = NULL;
    if (s->op != TK_DEFINE) {
        if (key && !is_blank(key) && kv) kaddr = lhs_addr(L, key);
        if (val && !is_blank(val) && vv) vaddr = lhs_addr(L, val);
    }
    range_assign(L, s, key, kaddr, kv, kt);
    range_assign(L, s, val, vaddr, vv, vt);
}

void lower_range_vars(Lower *L, Node *s, IRInstr *kv, Type *kt, IRInstr *vv, Type *vt) {
    range_assign_pair(L, s, s->op ? s->key : NULL, kv, kt, s->op ? s->value : NULL, vv, vt);
}

/* Does evaluating e call a function or receive from a channel? (The spec then makes
 * len(e) non-constant, so a range over it must evaluate it even without a value variable.) */
static bool has_call_or_receive(Node *e) {
    if (!e) return false;
    switch (e->kind) {
    case N_CALL: return e->call_kind != CALL_CONVERSION || has_call_or_receive(e->list.len ? e->list.data[0] : NULL);
    case N_UNARY: return e->op == TK_ARROW || has_call_or_receive(e->x);
    case N_FUNCLIT: case N_BASICLIT: case N_IDENT: return false;
    case N_COMPOSITE:
        for (int i = 0; i < e->list.len; i++)
            if (has_call_or_receive(e->list.data[i])) return true;
        return false;
    case N_KEYVALUE: case N_BINARY: case N_INDEX: case N_SLICE:
        return has_call_or_receive(e->x) || has_call_or_receive(e->y) || has_call_or_receive(e->z) ||
               (e->kind == N_INDEX && e->list.len && has_call_or_receive(e->list.data[0]));
    default: return has_call_or_receive(e->x);
    }
}

static void lower_range(Lower *L, Node *s) {
    Node *label = label_of(L, s);
    Node *x = s->x;
    Type *xt = under(x->type);
    Pos pos = s->pos;
    Node *key = s->op ? s->key : NULL, *val = s->op ? s->value : NULL;
    bool want_val = val && !is_blank(val);
    enum { R_INT, R_SLICE, R_ARRAY, R_STRING } kind;
    IRInstr *len = NULL, *base = NULL;
    Type *elem = NULL, *ktype = t_int;
    if (type_is_integer(xt)) {
        kind = R_INT;
        ktype = value_type(x->type);
        if (type_is_untyped(x->type) && key && !is_blank(key)) ktype = value_type(lhs_type(key));
        len = lower_conversion(L, lower_expr(L, x), x->type, ktype, pos, x);
    } else if (type_is_string(xt)) {
        kind = R_STRING;
        IRInstr *sv = lower_expr(L, x);
        base = emit_extract(L, sv, 0, type_pointer(t_uint8), pos);
        len = emit_extract(L, sv, 1, t_int, pos);
    } else if (xt->kind == T_SLICE) {
        kind = R_SLICE;
        elem = xt->elem;
        IRInstr *sv = lower_expr(L, x);
        base = emit_extract(L, sv, 0, type_pointer(elem), pos);
        len = emit_extract(L, sv, 1, t_int, pos);
    } else if (xt->kind == T_ARRAY || (xt->kind == T_POINTER && under(xt->elem)->kind == T_ARRAY)) {
        kind = R_ARRAY;
        Type *at = xt->kind == T_ARRAY ? xt : under(xt->elem);
        elem = at->elem;
        len = k_int(at->len);
        if (!want_val && has_call_or_receive(x)) {
            lower_expr(L, x); /* len(x) is not constant then: x is evaluated (spec, For range) */
        } else if (want_val) {
            if (xt->kind == T_ARRAY) { /* ranging over an array value iterates over a copy */
                base = emit_temp(L, x->type, pos);
                emit_store(L, base, lower_expr(L, x), pos);
            } else base = lower_expr(L, x);
        }
    } else if (xt->kind == T_MAP) {
        lower_map_range(L, s, label);
        return;
    } else if (xt->kind == T_CHAN) {
        lower_chan_range(L, s, label);
        return;
    } else if (xt->kind == T_FUNC) {
        lower_rangefunc(L, s, label);
        return;
    } else {
        const char *what = xt->kind == T_MAP ? "map" : xt->kind == T_CHAN ? "channel"
                         : xt->kind == T_FUNC ? "range over function" : "this range statement";
        diag_unsupported(x->pos, what);
        return;
    }
    IRInstr *hv = emit_temp(L, ktype, pos);
    emit_store(L, hv, lower_conversion(L, k_int(0), t_int, ktype, pos, s), pos);
    IRInstr *next = kind == R_STRING ? emit_temp(L, t_int, pos) : NULL;
    IRBlock *cond = new_block(L, "range.cond"), *body = new_block(L, "range.body"),
            *post = new_block(L, "range.post"), *done = new_block(L, "range.done");
    jump_if_open(L, cond, pos);
    L->loop_depth++;
    set_block(L, cond);
    IRInstr *i = emit_load(L, hv, ktype, pos);
    emit_branch(L, emit_cmp(L, TK_LSS, i, len, pos), body, done, pos);
    set_block(L, body);
    IRInstr *v = NULL;
    Type *vt = NULL;
    if (kind == R_STRING) {
        v = emit_callrt(L, "gort_decoderune", t_int32, pos, 4, base, len, i, next);
        vt = t_int32;
    } else if (want_val && base) {
        IRInstr *slot = emit2(L, IR_INDEXADDR, type_pointer(elem), pos, base, i);
        slot->elem = elem;
        if (kind == R_ARRAY && xt->kind == T_POINTER) emit1(L, IR_NILCHECK, NULL, pos, base);
        v = emit_load(L, slot, elem, pos);
        vt = elem;
    }
    range_assign_pair(L, s, key, i, ktype, want_val ? val : NULL, v, vt);
    push_target(L, s, label, done, post);
    lower_block(L, s->body);
    pop_target(L);
    jump_if_open(L, post, pos);
    set_block(L, post);
    if (kind == R_STRING) emit_store(L, hv, emit_load(L, next, t_int, pos), pos);
    else {
        IRInstr *cur = emit_load(L, hv, ktype, pos);
        IRInstr *one = lower_conversion(L, k_int(1), t_int, ktype, pos, s);
        emit_store(L, hv, emit_binop(L, TK_ADD, ktype, cur, one, pos), pos);
    }
    emit_jump(L, cond, pos);
    L->loop_depth--;
    set_block(L, done);
}

/* ---- switch ------------------------------------------------------------------------------ */

static void lower_switch(Lower *L, Node *s) {
    Node *label = label_of(L, s);
    if (s->init) lower_stmt(L, s->init);
    IRInstr *tag = s->tag ? lower_expr(L, s->tag) : NULL;
    Type *tag_t = s->tag ? s->tag->type : NULL;
    Vec *clauses = &s->body->list;
    int n = clauses->len;
    IRBlock **bodies = xcalloc(n ? n : 1, sizeof(IRBlock *));
    for (int i = 0; i < n; i++) bodies[i] = new_block(L, "switch.case");
    IRBlock *done = new_block(L, "switch.done");
    int dflt = -1;
    for (int i = 0; i < n; i++) {
        Node *c = VEC_AT(*clauses, i);
        if (c->is_default || c->list.len == 0) { dflt = i; continue; }
        for (int j = 0; j < c->list.len; j++) {
            Node *e = VEC_AT(c->list, j);
            IRInstr *cond;
            if (tag) cond = lower_binary_values(L, TK_EQL, t_bool, tag, tag_t, lower_expr(L, e), e->type, e->pos, e);
            else if (!type_is_boolean(e->type)) /* `case i:` with an interface i: true == i */
                cond = lower_binary_values(L, TK_EQL, t_bool, k_bool(true), t_bool, lower_expr(L, e), e->type, e->pos, e);
            else cond = lower_cond(L, e);
            IRBlock *next = new_block(L, "switch.next");
            emit_branch(L, cond, bodies[i], next, e->pos);
            set_block(L, next);
        }
    }
    emit_jump(L, dflt >= 0 ? bodies[dflt] : done, s->pos);
    IRBlock *saved_ft = L->fallthrough_to;
    push_target(L, s, label, done, NULL);
    for (int i = 0; i < n; i++) {
        Node *c = VEC_AT(*clauses, i);
        set_block(L, bodies[i]);
        L->fallthrough_to = i + 1 < n ? bodies[i + 1] : NULL;
        for (int j = 0; j < c->list2.len; j++) lower_stmt(L, VEC_AT(c->list2, j));
        jump_if_open(L, done, c->pos);
    }
    pop_target(L);
    L->fallthrough_to = saved_ft;
    free(bodies);
    set_block(L, done);
}

/* ---- labels and branches ----------------------------------------------------------------- */

static IRBlock *label_block(Lower *L, Node *labeled) {
    for (int i = 0; i < L->labels.len; i++) {
        LabelBlock *lb = VEC_AT(L->labels, i);
        if (lb->labeled == labeled) return lb->block;
    }
    LabelBlock *lb = xcalloc(1, sizeof *lb);
    lb->labeled = labeled;
    lb->block = new_block(L, labeled->label && labeled->label->name ? xsprintf("label.%s", labeled->label->name) : "label");
    vec_push(&L->labels, lb);
    return lb->block;
}

static JumpTarget *find_target(Lower *L, Node *s, bool is_continue) {
    Node *target = s->target;
    const char *name = s->label ? s->label->name : NULL;
    for (int i = L->targets.len - 1; i >= 0; i--) {
        JumpTarget *t = VEC_AT(L->targets, i);
        if (is_continue && !t->cont) continue;
        if (target) {
            if (t->stmt == target || t->label == target || (target->kind == N_LABELED && t->stmt == target->x)) return t;
            continue;
        }
        if (name) {
            if (t->label && t->label->label && t->label->label->name && !strcmp(t->label->label->name, name)) return t;
            continue;
        }
        return t;
    }
    return NULL;
}

/* The labeled statement `name:` anywhere in a function body (labels are function-wide). */
static Node *find_labeled(Node *n, const char *name) {
    if (!n) return NULL;
    switch (n->kind) {
    case N_LABELED:
        if (n->label && n->label->name && !strcmp(n->label->name, name)) return n;
        return find_labeled(n->x, name);
    case N_BLOCK: case N_SELECT:
        for (int i = 0; i < n->list.len; i++) {
            Node *r = find_labeled(VEC_AT(n->list, i), name);
            if (r) return r;
        }
        return n->kind == N_SELECT ? find_labeled(n->body, name) : NULL;
    case N_CASE:
        for (int i = 0; i < n->list2.len; i++) {
            Node *r = find_labeled(VEC_AT(n->list2, i), name);
            if (r) return r;
        }
        return NULL;
    case N_IF: {
        Node *r = find_labeled(n->body, name);
        return r ? r : find_labeled(n->els, name);
    }
    case N_FOR: case N_RANGE: case N_SWITCH: case N_TYPESWITCH: return find_labeled(n->body, name);
    default: return NULL;
    }
}

static void lower_branch(Lower *L, Node *s) {
    switch (s->op) {
    case TK_BREAK: case TK_CONTINUE: {
        JumpTarget *t = find_target(L, s, s->op == TK_CONTINUE);
        if (!t && lower_rangefunc_branch(L, s)) return; /* leaves a range-over-func body */
        if (!t) { diag_unsupported(s->pos, s->op == TK_BREAK ? "this break" : "this continue"); return; }
        emit_jump(L, s->op == TK_BREAK ? t->brk : t->cont, s->pos);
        return;
    }
    case TK_FALLTHROUGH:
        if (!L->fallthrough_to) { diag_unsupported(s->pos, "this fallthrough"); return; }
        emit_jump(L, L->fallthrough_to, s->pos);
        return;
    case TK_GOTO: {
        Node *target = s->target;
        if (target && target->kind != N_LABELED) target = NULL;
        if (!target && s->label && s->label->name) target = find_labeled(L->body, s->label->name);
        /* to a label outside the range-over-func body being lowered (L->body) */
        if (s->label && s->label->name && !find_labeled(L->body, s->label->name) && lower_rangefunc_branch(L, s))
            return;
        if (!target) { diag_unsupported(s->pos, "this goto"); return; }
        emit_jump(L, label_block(L, target), s->pos);
        return;
    }
    default:
        diag_unsupported(s->pos, "this branch statement");
    }
}

static bool pos_after(Pos a, Pos b) { return a.line > b.line || (a.line == b.line && a.col > b.col); }

/* Whether a `goto name` comes after `label` in n: a backward jump, which makes a loop. */
static bool goto_after(Node *n, const char *name, Pos label) {
    if (!n) return false;
    switch (n->kind) {
    case N_BRANCH:
        return n->op == TK_GOTO && n->label && n->label->name && !strcmp(n->label->name, name) &&
               pos_after(n->pos, label);
    case N_LABELED: return goto_after(n->x, name, label);
    case N_BLOCK: case N_SELECT:
        for (int i = 0; i < n->list.len; i++)
            if (goto_after(VEC_AT(n->list, i), name, label)) return true;
        return n->kind == N_SELECT && goto_after(n->body, name, label);
    case N_CASE:
        for (int i = 0; i < n->list2.len; i++)
            if (goto_after(VEC_AT(n->list2, i), name, label)) return true;
        return false;
    case N_IF: return goto_after(n->body, name, label) || goto_after(n->els, name, label);
    case N_FOR: case N_RANGE: case N_SWITCH: case N_TYPESWITCH: return goto_after(n->body, name, label);
    default: return false;
    }
}

static void lower_labeled(Lower *L, Node *s) {
    /* gc's looping label: the target of a later goto starts a loop that lasts to the end of
     * the enclosing block, so what is allocated from here on is one loop deeper (an object
     * kept from an earlier pass must not share a frame slot with the next one) */
    if (s->label && s->label->name && goto_after(L->body, s->label->name, s->pos)) L->loop_depth++;
    IRBlock *b = label_block(L, s);
    jump_if_open(L, b, s->pos);
    set_block(L, b);
    L->pending_label = s;
    lower_stmt(L, s->x);
    L->pending_label = NULL;
}

void lower_stmt(Lower *L, Node *s) {
    if (!s) return;
    if (s->kind != N_FOR && s->kind != N_RANGE && s->kind != N_SWITCH && s->kind != N_LABELED &&
        s->kind != N_SELECT && s->kind != N_TYPESWITCH)
        L->pending_label = NULL;
    switch (s->kind) {
    case N_BLOCK: lower_block(L, s); break;
    case N_EXPRSTMT: lower_expr(L, s->x); break;
    case N_ASSIGN: lower_assign(L, s); break;
    case N_INCDEC: lower_incdec(L, s); break;
    case N_DECLSTMT: if (s->x) lower_var_decl(L, s->x); break;
    case N_RETURN: lower_return(L, s); break;
    case N_IF: lower_if(L, s); break;
    case N_FOR: lower_for(L, s); break;
    case N_RANGE: lower_range(L, s); break;
    case N_SWITCH: lower_switch(L, s); break;
    case N_LABELED: lower_labeled(L, s); break;
    case N_BRANCH: lower_branch(L, s); break;
    case N_EMPTY: break;
    case N_GO: lower_go(L, s); break;
    case N_DEFER: if (!lower_rangefunc_defer(L, s)) lower_defer_stmt(L, s); break;
    case N_SELECT: lower_select(L, s); break;
    case N_SENDSTMT: lower_send(L, s); break;
    case N_TYPESWITCH: lower_type_switch(L, s, label_of(L, s)); break;
    default: diag_unsupported(s->pos, "this statement"); break;
    }
}
