/* lower_rangefunc.c — range over functions (Go 1.23 iterators): `for k, v := range f {...}`
 * with f of type func(yield func(K, V) bool) (0, 1 or 2 yield parameters).
 *
 * Scheme (the shape of gc's rewrite). The loop body becomes a synthesized closure "F-rangeN"
 * of the yield type, and the loop becomes the call f(body):
 *
 *     #stateN := READY                      // per loop, shared with the body through its env
 *     f(func(k K, v V) bool {
 *         if #stateN != READY { golc.panicrangestate(#stateN) }
 *         #stateN = PANIC                   // stays so if the body panics
 *         k, v = the parameters             // `:=`: declared per call = per iteration
 *         ... body ...
 *         #stateN = READY; return true      // end of the body, and `continue`
 *     })
 *     if #stateN == PANIC { golc.panicrangestate(MISSING_PANIC) } // f swallowed a body panic
 *     #stateN = EXHAUSTED                   // a saved yield called later panics
 *     dispatch on #next (below)
 *
 * Leaving the body. `break` of this loop is `#stateN = DONE; return false`. Every other way
 * out — break/continue of an enclosing loop, goto a label outside, return — is an "exit":
 * it gets a code k (unique in the function) and does `#next = k; #stateN = DONE; return
 * false`; the dispatch after the call does `if #next == k { #next = 0; S }` where S is the
 * original statement lowered again, now in the enclosing context. If that context is itself
 * a range-over-func body, S leaves it in turn by the same rule, so exits through nested loops
 * chain level by level. `return X` evaluates X inside the body into the result slots of the
 * real function (its named results, else "#rvI" variables); its exit, once it reaches the
 * real function, returns the slots (through the defer epilogue if the function defers).
 *
 * #next, #stateN and #rvI are variables (synthetic Objs named as gc names them, so -m says
 * "moved to heap: #state1" as gc does) that the body closures capture by reference. The
 * closure is an ordinary ALLOC_CLOSURE whose site is a synthetic func literal at the `for`,
 * so escape analysis treats it like any func literal passed to a call: it stays on the stack
 * when the iterator is known not to leak it.
 *
 * States are gc's (abi.RF_State): DONE 0, READY 1, PANIC 2, EXHAUSTED 3, MISSING_PANIC 4,
 * and the panics are gc's runtime errors (runtime.Error values, recoverable).
 *
 * `defer` in a body belongs to the real function: its defer frame's address is passed down
 * in "#defers" and the body pushes its records there (lower_defer.c's gort_defer_push). */
#include "lower.h"

#include <string.h>

#include "constant.h"

enum { RF_DONE, RF_READY, RF_PANIC, RF_EXHAUSTED, RF_MISSING_PANIC };

typedef struct Exit {
    int code;
    Node *stmt;             /* the break/continue/goto; NULL: a return (values in the slots) */
} Exit;

typedef struct RFLoop {
    struct RFLoop *parent;  /* the range-over-func body this loop is in, or NULL */
    Node *stmt;             /* the N_RANGE */
    Node *label;            /* its N_LABELED or NULL */
    IRFunc *body_fn;        /* the body closure (set while it is lowered) */
    IRFunc *owner;          /* the function whose loop this is (for closure names) */
    Obj *state;             /* #stateN */
    Vec exits;              /* Exit* */
    /* shared by a nest of loops (the outermost one creates them) */
    Obj *next;              /* #next; NULL when no body of the nest exits */
    Obj **slots;            /* result slots of the real function (NULL: no return in the nest) */
    Obj *defers;            /* #defers: the real function's defer frame (NULL: no defer in the nest) */
    int nres;
    Type **rtypes;
} RFLoop;

typedef struct RangeFuncState {
    IRFunc *real;           /* the function the loops are written in */
    int nloops, ncodes;
    RFLoop *cur;            /* the body being lowered, or NULL */
    IRFunc *panic_fn;       /* "golc.panicrangestate", once looked up */
} RangeFuncState;

/* The range-over-func body L is lowering right now, or NULL. */
static RFLoop *in_body(Lower *L) {
    RangeFuncState *st = L->rangefunc;
    return st && st->cur && st->cur->body_fn == L->fn ? st->cur : NULL;
}

static IRInstr *kstr(const char *s) { return k_const(t_string, cv_make_string(s, strlen(s))); }

/* A synthetic variable of the function being lowered, declared here. */
static Obj *new_var(Lower *L, const char *name, Type *t, Pos pos) {
    Obj *o = xcalloc(1, sizeof *o);
    o->kind = OBJ_VAR;
    o->name = name;
    o->pos = pos;
    o->type = t;
    o->pkg = L->pkg;
    o->used = true;
    o->addr_taken = true;
    emit_var(L, o, pos);
    return o;
}

static void store_int(Lower *L, Obj *o, int64_t v, Pos pos) { emit_store(L, var_addr(L, o, pos), k_int(v), pos); }

static void add_capture(Vec *caps, Obj *o) {
    if (!o) return;
    for (int i = 0; i < caps->len; i++)
        if (VEC_AT(*caps, i) == o) return;
    vec_push(caps, o);
}

/* ---- scans of the body before it is lowered ---------------------------------------------- */

#define FOR_KIDS(n, k)                                                                          \
    Node *k##_kids[] = { n->x, n->y, n->z, n->w, n->init, n->cond, n->post, n->body, n->els,    \
                         n->tag, n->assign, n->key, n->value };                                 \
    Vec *k##_lists[] = { &n->list, &n->list2 };

/* Is there a statement of this kind in n, outside func literals? */
static bool contains(Node *n, NodeKind kind) { return ast_contains_kind(n, kind, false); }

/* Is `name:` a labeled statement in n (outside func literals)? */
static bool has_label(Node *n, const char *name) {
    if (!n || n->kind == N_FUNCLIT) return false;
    if (n->kind == N_LABELED && n->label && n->label->name && !strcmp(n->label->name, name)) return true;
    FOR_KIDS(n, k)
    for (size_t i = 0; i < sizeof k_kids / sizeof k_kids[0]; i++)
        if (has_label(k_kids[i], name)) return true;
    for (int l = 0; l < 2; l++)
        for (int i = 0; i < k_lists[l]->len; i++)
            if (has_label(VEC_AT(*k_lists[l], i), name)) return true;
    return false;
}

static bool is_rangefunc(Node *n) {
    return n && n->kind == N_RANGE && n->x && n->x->type && under(n->x->type)->kind == T_FUNC;
}

/* Does any body of the nest rooted at open[0] exit (needs #next)? `open` holds the enclosing
 * breakable statements from the root down: a break/continue exits a range-over-func body
 * when its target lies outside it (further up than that loop). */
static bool nest_exits(Node *n, Vec *open) {
    if (!n || n->kind == N_FUNCLIT) return false;
    if (n->kind == N_RETURN) return true;
    if (n->kind == N_BRANCH) {
        if (n->op == TK_GOTO) { /* an exit unless its label is in the innermost func loop's body */
            for (int i = open->len - 1; i >= 0; i--)
                if (is_rangefunc(VEC_AT(*open, i)))
                    return !n->label || !n->label->name || !has_label(((Node *)VEC_AT(*open, i))->body, n->label->name);
            return false;
        }
        if (n->op != TK_BREAK && n->op != TK_CONTINUE) return false;
        int t = -1;
        for (int i = open->len - 1; i >= 0; i--)
            if (VEC_AT(*open, i) == n->target) { t = i; break; }
        if (t < 0 && !n->target) return false; /* unresolved: the checker reported it */
        for (int i = t + 1; i < open->len; i++)
            if (is_rangefunc(VEC_AT(*open, i))) return true;
        return false;
    }
    bool opens = n->kind == N_FOR || n->kind == N_RANGE || n->kind == N_SWITCH || n->kind == N_TYPESWITCH ||
                 n->kind == N_SELECT;
    if (opens) vec_push(open, n);
    bool r = false;
    FOR_KIDS(n, k)
    for (size_t i = 0; !r && i < sizeof k_kids / sizeof k_kids[0]; i++) r = nest_exits(k_kids[i], open);
    for (int l = 0; !r && l < 2; l++)
        for (int i = 0; !r && i < k_lists[l]->len; i++) r = nest_exits(VEC_AT(*k_lists[l], i), open);
    if (opens) vec_pop(open);
    return r;
}

/* ---- run-time checks --------------------------------------------------------------------- */

/* "golc.panicrangestate"(state): gc's panicrangestate, one per program. */
static IRFunc *panic_state_func(Lower *L, Pos pos) {
    static const char name[] = "golc.panicrangestate";
    for (int i = 0; i < L->ir->funcs.len; i++) {
        IRFunc *f = VEC_AT(L->ir->funcs, i);
        if (!strcmp(f->name, name)) return f;
    }
    IRFunc *f = ir_func_new(L->ir, name);
    Field *p = xcalloc(1, sizeof(Field));
    p->name = "state";
    p->type = t_int;
    f->sig = type_func(p, 1, NULL, 0, false);
    f->pkg = L->pkg;
    f->pos = pos;
    f->nparams = 1;
    f->param_types = xcalloc(1, sizeof(Type *));
    f->param_types[0] = t_int;
    f->result_types = xcalloc(1, sizeof(Type *));
    Lower saved;
    lower_enter(L, &saved, f);
    IRInstr *state = emit0(L, IR_PARAM, t_int, pos);
    state->index = 0;
    static const struct { int state; const char *msg; } msgs[] = {
        { RF_DONE, "runtime error: range function continued iteration after function for loop body returned false" },
        { RF_PANIC, "runtime error: range function continued iteration after loop body panic" },
        { RF_EXHAUSTED, "runtime error: range function continued iteration after whole loop exit" },
        { RF_MISSING_PANIC, "runtime error: range function recovered a loop body panic and did not resume panicking" },
    };
    int n = sizeof msgs / sizeof msgs[0];
    for (int i = 0; i < n; i++) {
        IRBlock *next = NULL;
        if (i + 1 < n) {
            IRBlock *yes = new_block(L, "rangestate.panic");
            next = new_block(L, "rangestate.next");
            emit_branch(L, emit_cmp(L, TK_EQL, state, k_int(msgs[i].state), pos), yes, next, pos);
            set_block(L, yes);
        }
        IRInstr *m = kstr(msgs[i].msg);
        emit_panic_call(L, "gort_panic_msg", pos, 2, emit_extract(L, m, 0, type_pointer(t_uint8), pos),
                        k_int((int64_t)strlen(msgs[i].msg)));
        if (next) set_block(L, next);
    }
    lower_leave(L, &saved);
    return f;
}

/* if cond { golc.panicrangestate(arg) } */
static void check_state(Lower *L, IRInstr *cond, IRInstr *arg, Pos pos) {
    IRBlock *bad = new_block(L, "rangefunc.badstate"), *ok = new_block(L, "rangefunc.ok");
    emit_branch(L, cond, bad, ok, pos);
    set_block(L, bad);
    RangeFuncState *st = L->rangefunc;
    if (!st->panic_fn) st->panic_fn = panic_state_func(L, pos);
    IRInstr *call = emit1(L, IR_CALL, NULL, pos, arg);
    call->func = st->panic_fn;
    emit0(L, IR_UNREACHABLE, NULL, pos);
    set_block(L, ok);
}

/* ---- leaving a body ---------------------------------------------------------------------- */

/* Body of lp: `#next = k; #stateN = DONE; return false`, k a new code for stmt. */
static void exit_body(Lower *L, RFLoop *lp, Node *stmt, Pos pos) {
    if (!lp->next) { /* nest_exits disagrees with the lowering: never wrong code */
        diag_unsupported(pos, "this way out of a range-over-func loop body");
        return;
    }
    RangeFuncState *st = L->rangefunc;
    Exit *e = xcalloc(1, sizeof *e);
    e->code = ++st->ncodes;
    e->stmt = stmt;
    vec_push(&lp->exits, e);
    store_int(L, lp->next, e->code, pos);
    store_int(L, lp->state, RF_DONE, pos);
    emit1(L, IR_RET, NULL, pos, k_bool(false));
}

/* A return whose values are in the slots of lp's nest, at the current context. */
static void return_slots(Lower *L, RFLoop *lp, Pos pos) {
    RFLoop *body = in_body(L);
    if (body) { exit_body(L, body, NULL, pos); return; }
    IRFunc *f = L->fn;
    int nr = f->nresults;
    IRInstr **vals = xcalloc(nr + 1, sizeof(IRInstr *));
    for (int i = 0; i < nr && lp->slots; i++) vals[i] = emit_load(L, var_addr(L, lp->slots[i], pos), f->result_types[i], pos);
    if (L->defer_frame) {
        for (int i = 0; i < nr; i++) emit_store(L, L->defer_slots[i], vals[i], pos);
        lower_defer_exit(L, pos);
    } else {
        emit(L, IR_RET, NULL, pos, nr, vals);
    }
    free(vals);
}

bool lower_rangefunc_branch(Lower *L, Node *s) {
    RFLoop *lp = in_body(L);
    if (!lp) return false;
    bool this_loop = s->op != TK_GOTO &&
                     (s->target == lp->stmt || (lp->label && s->target == lp->label) || (!s->target && !s->label));
    if (this_loop && s->op == TK_CONTINUE) {
        store_int(L, lp->state, RF_READY, s->pos);
        emit1(L, IR_RET, NULL, s->pos, k_bool(true));
    } else if (this_loop) {
        store_int(L, lp->state, RF_DONE, s->pos);
        emit1(L, IR_RET, NULL, s->pos, k_bool(false));
    } else {
        exit_body(L, lp, s, s->pos);
    }
    return true;
}

bool lower_rangefunc_return(Lower *L, Node *s) {
    RFLoop *lp = in_body(L);
    if (!lp) return false;
    if (s->list.len > 0 && lp->nres > 0 && lp->slots) {
        IRInstr **vals = lower_return_values(L, s, lp->nres, lp->rtypes);
        for (int i = 0; i < lp->nres; i++) emit_store(L, var_addr(L, lp->slots[i], s->pos), vals[i], s->pos);
        free(vals);
    }
    exit_body(L, lp, NULL, s->pos);
    return true;
}

/* A defer in a body pushes onto the real function's frame (lower_body set L->defer_frame
 * from #defers), so it runs when that function returns, as in Go. */
bool lower_rangefunc_defer(Lower *L, Node *s) {
    if (!in_body(L) || L->defer_frame) return false;
    diag_unsupported(s->pos, "defer in the body of a range-over-func loop");
    return true;
}

/* ---- the loop ---------------------------------------------------------------------------- */

static void lower_body(Lower *L, IRFunc *f, void *arg) {
    RFLoop *lp = arg;
    RangeFuncState *st = L->rangefunc;
    Node *s = lp->stmt;
    Pos pos = s->pos;
    RFLoop *outer = st->cur;
    lp->body_fn = f;
    lower_mark_range_body(L, f, lp->owner);
    st->cur = lp;
    L->body = s->body;
    L->pending_label = NULL;
    L->fallthrough_to = NULL;
    IRInstr *pv[2] = { NULL, NULL };
    Type *pt[2] = { NULL, NULL };
    for (int i = 0; i < f->nparams && i < 2; i++) {
        pv[i] = emit0(L, IR_PARAM, f->param_types[i], pos);
        pv[i]->index = i;
        pt[i] = f->param_types[i];
    }
    if (lp->defers && contains(s->body, N_DEFER))
        L->defer_frame = emit_load(L, var_addr(L, lp->defers, pos), t_unsafeptr, pos);
    IRInstr *cur = emit_load(L, var_addr(L, lp->state, pos), t_int, pos);
    check_state(L, emit_cmp(L, TK_NEQ, cur, k_int(RF_READY), pos), cur, pos);
    store_int(L, lp->state, RF_PANIC, pos);
    lower_range_vars(L, s, pv[0], pt[0], pv[1], pt[1]);
    lower_block(L, s->body);
    if (!block_terminated(L->cur)) {
        Pos end = s->body ? s->body->end_pos : pos;
        store_int(L, lp->state, RF_READY, end);
        emit1(L, IR_RET, NULL, end, k_bool(true));
    }
    st->cur = outer;
}

/* Where the i-th (unnamed) result of the function being lowered is declared: gc reports
 * "moved to heap: #rv1" there. */
static Pos result_pos(Lower *L, int i, Pos dflt) {
    Obj *o = L->fn->obj;
    Node *d = o ? o->decl : NULL;
    if (!d || d->kind != N_FUNCDECL || !d->x || i >= d->x->list2.len) return dflt;
    Node *field = VEC_AT(d->x->list2, i);
    return field->x ? field->x->pos : field->pos;
}

/* x names a function (possibly an instantiation): the iterator is called directly. */
static IRFunc *static_iterator(Node *x) {
    while (x && x->kind == N_PAREN) x = x->x;
    if (!x) return NULL;
    Obj *o = NULL;
    if (x->kind == N_IDENT || (x->kind == N_SELECTOR && !x->sel) || (x->kind == N_INDEX && x->obj)) o = x->obj;
    return o && o->kind == OBJ_FUNC ? o->ir : NULL;
}

void lower_rangefunc(Lower *L, Node *s, Node *label) {
    Pos pos = s->pos;
    RFLoop *parent = in_body(L);
    RangeFuncState *st = L->rangefunc;
    if (!parent && (!st || st->real != L->fn)) {
        st = xcalloc(1, sizeof *st);
        st->real = L->fn;
        L->rangefunc = st;
    }
    Type *xt = under(s->x->type);
    Type *yt = xt->fields[0].type;
    IRFunc *direct = static_iterator(s->x);
    IRInstr *fv = direct ? NULL : lower_expr(L, s->x);

    RFLoop *lp = xcalloc(1, sizeof *lp);
    lp->parent = parent;
    lp->stmt = s;
    lp->label = label;
    lp->state = new_var(L, xsprintf("#state%d", ++st->nloops), t_int, pos);
    store_int(L, lp->state, RF_READY, pos);
    if (parent) {
        lp->next = parent->next;
        lp->slots = parent->slots;
        lp->nres = parent->nres;
        lp->rtypes = parent->rtypes;
        lp->defers = parent->defers;
    } else {
        Vec open = {0};
        vec_push(&open, s);
        if (nest_exits(s->body, &open)) lp->next = new_var(L, "#next", t_int, pos);
        free(open.data);
        if (L->defer_frame && contains(s->body, N_DEFER)) {
            lp->defers = new_var(L, "#defers", t_unsafeptr, pos);
            emit_store(L, var_addr(L, lp->defers, pos), L->defer_frame, pos);
        }
        lp->nres = L->fn->nresults;
        lp->rtypes = L->fn->result_types;
        if (lp->nres > 0 && contains(s->body, N_RETURN)) {
            lp->slots = xcalloc(lp->nres, sizeof(Obj *));
            bool named = L->result_vars.len == lp->nres;
            for (int i = 0; i < lp->nres; i++)
                lp->slots[i] = named ? ((IRInstr *)VEC_AT(L->result_vars, i))->var
                                     : new_var(L, xsprintf("#rv%d", i + 1), lp->rtypes[i], result_pos(L, i, pos));
        }
    }

    /* the body closure reaches the enclosing variables it uses and the loop's own */
    Vec caps = {0};
    lower_collect_captures(s->body, &caps);
    if (s->op == TK_ASSIGN) {
        lower_collect_captures(s->key, &caps);
        lower_collect_captures(s->value, &caps);
    }
    add_capture(&caps, lp->state);
    add_capture(&caps, lp->next);
    if (contains(s->body, N_DEFER)) add_capture(&caps, lp->defers);
    if (lp->slots && contains(s->body, N_RETURN))
        for (int i = 0; i < lp->nres; i++) add_capture(&caps, lp->slots[i]);
    Node *site = xcalloc(1, sizeof *site);
    site->kind = N_FUNCLIT;
    site->pos = pos;
    site->type = yt;
    site->body = s->body;
    const char *name = lower_closure_name(L, true);
    lp->owner = L->fn;
    IRInstr *body = lower_synth_closure(L, name, yt, &caps, pos, site, lower_body, lp);
    free(caps.data);

    if (direct) {
        IRInstr *call = emit1(L, IR_CALL, NULL, pos, body);
        call->func = direct;
    } else {
        emit1(L, IR_NILCHECK, NULL, pos, fv);
        emit2(L, IR_CALLIND, NULL, pos, fv, body);
    }

    IRInstr *sv = emit_load(L, var_addr(L, lp->state, pos), t_int, pos);
    check_state(L, emit_cmp(L, TK_EQL, sv, k_int(RF_PANIC), pos), k_int(RF_MISSING_PANIC), pos);
    store_int(L, lp->state, RF_EXHAUSTED, pos);

    /* the exits the body took, in this context */
    IRBlock *done = new_block(L, "rangefunc.done");
    for (int i = 0; i < lp->exits.len; i++) {
        Exit *e = VEC_AT(lp->exits, i);
        IRBlock *yes = new_block(L, "rangefunc.exit"), *no = new_block(L, "rangefunc.next");
        IRInstr *nv = emit_load(L, var_addr(L, lp->next, pos), t_int, pos);
        emit_branch(L, emit_cmp(L, TK_EQL, nv, k_int(e->code), pos), yes, no, pos);
        set_block(L, yes);
        store_int(L, lp->next, 0, pos);
        if (e->stmt) lower_stmt(L, e->stmt);
        else return_slots(L, lp, pos);
        if (!block_terminated(L->cur)) emit_jump(L, done, pos);
        set_block(L, no);
    }
    emit_jump(L, done, pos);
    set_block(L, done);
}
