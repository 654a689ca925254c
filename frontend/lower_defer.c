/* lower_defer.c — defer statements, recover(), and the returns of functions that defer
 * (the runtime side and the whole model: runtime/defer.c; codegen's part: codegen/defer.c).
 *
 * A function whose body contains `defer` (func literals inside it are functions of their
 * own) gets, in its entry block after the parameters:
 *     frame := ALLOC_TEMP [GORT_DEFER_FRAME_BYTES/8]uint64
 *     CALLRT gort_defer_enter(frame)
 *     result slots: the named results, or ALLOC_TEMPs for unnamed ones; golc_keepalive(slot)
 *     BRANCH CALLRT gort_setjmp(frame) → defer.recovered, defer.body
 *     defer.recovered: gort_defer_return(frame); RET the slots
 * A return stores its values into the slots, runs gort_defer_return(frame) and returns the
 * slots reloaded (deferred closures may have changed named results). The slots are kept in
 * memory (keepalive) because a recovered panic arrives by longjmp: only memory is current.
 *
 * `defer CALL` evaluates the function value / receiver and the arguments now, stores them in
 * a record { code, link, v0, v1, ... } (ALLOC_DEFER) and pushes it (gort_defer_push). `code`
 * is a synthesized thunk "F.deferwrapN" that lowers the same call expression again with every
 * operand node bound to its saved value (Lower.defer_subst, consulted by lower_expr and
 * lower_addr), so calls, methods, interfaces, builtins and variadics work as lower_call knows
 * them. The thunk is also what makes recover's "called directly by a deferred function" check
 * uniform: the deferred function is always called by a thunk. */
#include "lower.h"

#include <string.h>

static Node *unparen(Node *e) {
    while (e && e->kind == N_PAREN) e = e->x;
    return e;
}

/* ---- does a body defer? ------------------------------------------------------------------ */

static bool has_defer(Node *n) {
    if (!n) return false;
    if (n->kind == N_DEFER) return true;
    if (n->kind == N_FUNCLIT) return false;  /* a function of its own */
    Node *kids[] = { n->x, n->y, n->z, n->w, n->init, n->cond, n->post, n->body, n->els, n->tag,
                     n->assign, n->key, n->value };
    for (size_t i = 0; i < sizeof kids / sizeof kids[0]; i++)
        if (has_defer(kids[i])) return true;
    Vec *lists[] = { &n->list, &n->list2 };
    for (int l = 0; l < 2; l++)
        for (int i = 0; i < lists[l]->len; i++)
            if (has_defer(VEC_AT(*lists[l], i))) return true;
    return false;
}

/* ---- prologue, returns ------------------------------------------------------------------- */

void lower_defer_prologue(Lower *L, Node *body, Pos pos) {
    L->defer_frame = NULL;
    L->defer_slots = NULL;
    L->ndefer_wraps = 0;
    if (!has_defer(body)) return;
    IRFunc *f = L->fn;
    /* The frame holds the defer chain head and saved registers: typed as pointers so that,
     * when it lives on the heap (its address escapes, e.g. into a range-over-func body), the
     * collector scans it instead of treating it as pointer-free. */
    IRInstr *frame = emit_temp(L, type_array(t_unsafeptr, GOLC_DEFER_FRAME_WORDS), pos);
    frame = emit_convert(L, frame, t_unsafeptr, pos);
    emit_callrt(L, "gort_defer_enter", NULL, pos, 1, frame);
    IRInstr **slots = xcalloc(f->nresults + 1, sizeof(IRInstr *));
    bool named = L->result_vars.len == f->nresults && f->nresults > 0;
    for (int i = 0; i < f->nresults; i++) {
        slots[i] = named ? VEC_AT(L->result_vars, i) : emit_temp(L, f->result_types[i], pos);
        emit_callrt(L, "golc_keepalive", NULL, pos, 1, emit_convert(L, slots[i], t_unsafeptr, pos));
    }
    L->defer_frame = frame;
    L->defer_slots = slots;
    IRInstr *recovered = emit_callrt(L, "gort_setjmp", t_bool, pos, 1, frame);
    IRBlock *land = new_block(L, "defer.recovered");
    IRBlock *body_block = new_block(L, "defer.body");
    emit_branch(L, recovered, land, body_block, pos);
    set_block(L, land);
    lower_defer_exit(L, pos);
    set_block(L, body_block);
}

/* Runs the deferred calls and returns the result slots (after their values were stored). */
void lower_defer_exit(Lower *L, Pos pos) {
    IRFunc *f = L->fn;
    emit_callrt(L, "gort_defer_return", NULL, pos, 1, L->defer_frame);
    IRInstr **vals = xcalloc(f->nresults + 1, sizeof(IRInstr *));
    for (int i = 0; i < f->nresults; i++) vals[i] = emit_load(L, L->defer_slots[i], f->result_types[i], pos);
    emit(L, IR_RET, NULL, pos, f->nresults, vals);
    free(vals);
}

void lower_defer_return(Lower *L, Node *s) {
    IRFunc *f = L->fn;
    int n = s->list.len;
    IRInstr **vals = xcalloc(f->nresults + 1, sizeof(IRInstr *));
    if (n == f->nresults) {
        for (int i = 0; i < n; i++) vals[i] = lower_expr_to(L, VEC_AT(s->list, i), f->result_types[i]);
    } else if (n == 1) {
        Node *r = VEC_AT(s->list, 0);
        IRInstr *tuple = lower_expr(L, r);
        for (int i = 0; i < f->nresults && r->type && r->type->kind == T_TUPLE; i++) {
            Type *mt = r->type->fields[i].type;
            IRInstr *m = emit_extract(L, tuple, i, mt, r->pos);
            vals[i] = lower_conversion(L, m, mt, f->result_types[i], r->pos, r);
        }
    }
    /* a bare return leaves the named results as they are */
    if (n > 0)
        for (int i = 0; i < f->nresults; i++) emit_store(L, L->defer_slots[i], vals[i], s->pos);
    free(vals);
    lower_defer_exit(L, s->pos);
}

/* ---- defer statements -------------------------------------------------------------------- */

typedef struct Operand {
    Node *node;         /* the node lower_call lowers (as a value, or its address) */
    bool addr;
    IRInstr *val;       /* at the defer statement */
    Type *type;
} Operand;

typedef struct DeferSubst {
    Node *node;
    bool addr;
    IRInstr *val;       /* in the thunk */
} DeferSubst;

static bool needs_saving(Node *e) {
    if (!e) return false;
    if (e->mode == MODE_CONST && e->cv) return false;
    if (e->mode == MODE_TYPE) return false;
    if (e->type && e->type->kind == T_UNTYPED_NIL) return false;
    Node *u = unparen(e);
    if (u->kind == N_IDENT && u->obj && u->obj->kind == OBJ_FUNC) return false;
    return true;
}

static void add_operand(Vec *ops, Node *n, bool addr) {
    if (!addr && !needs_saving(n)) return;
    Operand *o = xcalloc(1, sizeof *o);
    o->node = n;
    o->addr = addr;
    vec_push(ops, o);
}

/* The receiver as lower_receiver will take it: its address or its value. */
static void add_receiver(Vec *ops, Node *x, Selection *sel, bool want_ptr) {
    bool is_ptr = x->type && under(x->type)->kind == T_POINTER;
    bool addr = sel->npath == 0 ? (want_ptr && !is_ptr) : !is_ptr;
    if (addr && x->type && type_is_interface(x->type) && sel->npath == 0) addr = false;
    add_operand(ops, x, addr);
}

/* Mirrors lower_call: which operand nodes it evaluates. */
static void collect_operands(Node *call, Vec *ops) {
    Node *fx = unparen(call->x);
    bool args = true;
    switch (call->call_kind) {
    case CALL_BUILTIN: break;
    case CALL_METHOD:
        if (fx->kind == N_SELECTOR && fx->sel && fx->sel->obj)
            add_receiver(ops, fx->x, fx->sel, fx->sel->obj->ptr_recv);
        break;
    case CALL_IFACEMETHOD:
        if (fx->kind == N_SELECTOR && fx->sel) add_receiver(ops, fx->x, fx->sel, false);
        break;
    default:
        if (fx->kind == N_SELECTOR && fx->sel && fx->sel->kind == SEL_METHODEXPR) break;
        if (fx->kind == N_SELECTOR && fx->sel && fx->sel->kind == SEL_METHOD) {
            bool iface = type_is_interface(fx->x->type);
            add_receiver(ops, fx->x, fx->sel, !iface && fx->sel->obj && fx->sel->obj->ptr_recv);
            break;
        }
        add_operand(ops, fx, false);
        break;
    }
    if (args)
        for (int i = 0; i < call->list.len; i++) add_operand(ops, VEC_AT(call->list, i), false);
}

IRInstr *lower_defer_subst(Lower *L, Node *e, bool addr) {
    DeferSubst *s = L->defer_subst;
    for (int i = 0; s && i < L->ndefer_subst; i++)
        if (s[i].node == e && s[i].addr == addr) return s[i].val;
    return NULL;
}

static Type *func_no_args(void) { return type_func(NULL, 0, NULL, 0, false); }

/* A fresh "F.<kind>N" name (go thunks share the "gowrap" numbering with lower_chan.c's). */
static const char *thunk_name(Lower *L, const char *kind) {
    for (int k = 1;; k++) {
        const char *name = xsprintf("%s.%s%d", L->fn->name, kind, k);
        bool taken = false;
        for (int i = 0; i < L->ir->funcs.len && !taken; i++)
            taken = !strcmp(((IRFunc *)VEC_AT(L->ir->funcs, i))->name, name);
        if (!taken) return name;
    }
}

/* "F.deferwrapN" (or "F.gowrapN"): loads the saved operands from its env and makes the call. */
static IRFunc *make_thunk(Lower *L, Node *call, Operand **ops, int nops, Type *et, bool go, Pos pos) {
    IRFunc *f = ir_func_new(L->ir, thunk_name(L, go ? "gowrap" : "deferwrap"));
    f->sig = func_no_args();
    f->pkg = L->pkg;
    f->pos = pos;
    f->param_types = xcalloc(1, sizeof(Type *));
    f->result_types = xcalloc(1, sizeof(Type *));
    f->defer_thunk = !go;
    Lower saved;
    lower_enter(L, &saved, f);
    IRInstr *env = emit0(L, IR_PARAM, type_pointer(et), pos);
    env->index = -1;
    DeferSubst *subst = xcalloc(nops + 1, sizeof *subst);
    Type *u = under(et);
    for (int i = 0; i < nops; i++) {
        IRInstr *fa = emit1(L, IR_FIELDADDR, type_pointer(u->fields[i + 2].type), pos, env);
        fa->index = i + 2;
        subst[i].node = ops[i]->node;
        subst[i].addr = ops[i]->addr;
        subst[i].val = emit_load(L, fa, ops[i]->type, pos);
    }
    L->defer_subst = subst;
    L->ndefer_subst = nops;
    if (!go && call->call_kind == CALL_BUILTIN && call->builtin == BI_RECOVER)
        emit_callrt(L, "gort_recover_deferred", t_any, pos, 0);
    else
        lower_call(L, call);
    if (!block_terminated(L->cur)) emit0(L, IR_RET, NULL, pos);
    lower_leave(L, &saved);
    return f;
}

/* `defer f(g())` with a multi-value g saves g's results as one struct of the same layout;
 * lower_call in the thunk extracts the members from it as it does from the tuple. */
static Type *tuple_as_struct(Type *t) {
    Field *fs = xcalloc(t->nfields + 1, sizeof(Field));
    for (int i = 0; i < t->nfields; i++) {
        fs[i].name = xsprintf("R%d", i);
        fs[i].type = t->fields[i].type;
    }
    return type_struct(fs, t->nfields);
}

/* Evaluates the call's operands now and returns the record { thunk, link, operands... }
 * (as unsafe.Pointer), or NULL after a diagnostic. The runtime calls thunk(record): a
 * deferred call at function exit, a go statement's on the new goroutine. */
static IRInstr *call_record(Lower *L, Node *s, Node *call, bool go) {
    Vec ops = {0};
    collect_operands(call, &ops);
    int n = ops.len;
    Field *fields = xcalloc(n + 2, sizeof(Field));
    fields[0].name = "F";
    fields[0].type = t_unsafeptr;
    fields[1].name = "L";
    fields[1].type = t_unsafeptr;
    for (int i = 0; i < n; i++) {
        Operand *o = VEC_AT(ops, i);
        o->val = o->addr ? lower_addr_or_spill(L, o->node) : lower_expr(L, o->node);
        o->type = o->val && o->val->type ? o->val->type : value_type(o->node->type);
        if (o->type && o->type->kind == T_TUPLE) o->type = tuple_as_struct(o->type);
        if (!o->type) {
            diag_unsupported(s->pos, go ? "this go statement" : "this defer statement");
            return NULL;
        }
        fields[i + 2].name = xsprintf("X%d", i);
        fields[i + 2].type = o->type;
    }
    Type *et = type_struct(fields, n + 2);
    IRFunc *thunk = make_thunk(L, call, (Operand **)ops.data, n, et, go, s->pos);
    /* no site: the record is golc's, gc reports nothing for it */
    IRInstr *rec = emit_alloc(L, ALLOC_DEFER, et, NULL, s->pos, NULL);
    IRInstr *code_addr = emit_convert(L, k_funcval(thunk, thunk->sig), type_pointer(t_unsafeptr), s->pos);
    IRInstr *f0 = emit1(L, IR_FIELDADDR, type_pointer(t_unsafeptr), s->pos, rec);
    f0->index = 0;
    emit_store(L, f0, emit_load(L, code_addr, t_unsafeptr, s->pos), s->pos);
    for (int i = 0; i < n; i++) {
        Operand *o = VEC_AT(ops, i);
        IRInstr *fa = emit1(L, IR_FIELDADDR, type_pointer(o->type), s->pos, rec);
        fa->index = i + 2;
        emit_store(L, fa, o->val, s->pos);
    }
    return emit_convert(L, rec, t_unsafeptr, s->pos);
}

void lower_defer_stmt(Lower *L, Node *s) {
    Node *call = unparen(s->x);
    if (!call || call->kind != N_CALL || !L->defer_frame) {
        diag_unsupported(s->pos, "this defer statement");
        return;
    }
    IRInstr *rec = call_record(L, s, call, false);
    if (rec) emit_callrt(L, "gort_defer_push", NULL, s->pos, 2, L->defer_frame, rec);
}

/* `go` of a call lower_go cannot detach as one call instruction (a builtin: println, close,
 * delete, panic, copy, ...): the defer machinery's record and thunk, started by gort_go. */
void lower_go_thunk(Lower *L, Node *s) {
    Node *call = unparen(s->x);
    IRInstr *rec = call && call->kind == N_CALL ? call_record(L, s, call, true) : NULL;
    if (rec) emit_callrt(L, "gort_go", NULL, s->pos, 1, rec);
    else if (!call || call->kind != N_CALL) diag_unsupported(s->pos, "this go statement");
}

/* ---- recover ----------------------------------------------------------------------------- */

IRInstr *lower_recover(Lower *L, Node *call) {
    return emit_callrt(L, "gort_recover", t_any, call->pos, 0);
}
