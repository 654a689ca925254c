/* lower.c — lowering of a whole program: IR functions for every function and method of every
 * package (created up front so calls can refer forward), globals, function bodies, and the
 * synthesized program initialiser; plus the small emit helpers the other lower*.c files use.
 *
 * Order matters in three places: (1) every IRFunc and IRGlobal exists before any body is
 * lowered; (2) "(*T).M" wrappers for value-receiver methods are made eagerly, so codegen
 * finds them through IRFunc.ptr_wrapper when it builds type descriptors' method tables;
 * (3) the initialiser visits packages in Program.packages order (dependencies first), and in
 * each package runs Package.init_order then the init() functions in source order. */
#include "lower.h"
#include "constant.h"

#include <stdarg.h>
#include <string.h>

/* ---- emit helpers ------------------------------------------------------------------------ */

bool block_terminated(IRBlock *b) {
    return b && b->instrs.len > 0 && ir_is_terminator(((IRInstr *)VEC_AT(b->instrs, b->instrs.len - 1))->op);
}

IRBlock *new_block(Lower *L, const char *name) { return ir_block_new(L->fn, name); }

void set_block(Lower *L, IRBlock *b) { L->cur = b; }

/* Code after a terminator (return, panic, goto...) still gets lowered, into a block without
 * predecessors, so that it is checked and codegen can simply drop it. */
static IRBlock *current(Lower *L) {
    if (!L->cur || block_terminated(L->cur)) L->cur = new_block(L, "dead");
    return L->cur;
}

IRInstr *emit(Lower *L, IROp op, Type *type, Pos pos, int nargs, IRInstr **args) {
    IRInstr *in = ir_instr_new(op, type, pos);
    if (nargs > 0) {
        in->args = xcalloc(nargs, sizeof(IRInstr *));
        memcpy(in->args, args, nargs * sizeof(IRInstr *));
        /* a NULL operand only follows a reported error (unsupported construct): keep the IR
         * well-formed; codegen never runs after errors */
        for (int i = 0; i < nargs; i++)
            if (!in->args[i]) in->args[i] = k_int(0);
    }
    in->nargs = nargs;
    if (op == IR_CALL || op == IR_CALLIND) in->loop_depth = L->loop_depth;  /* for inlining */
    return ir_append(current(L), in);
}

IRInstr *emit0(Lower *L, IROp op, Type *type, Pos pos) { return emit(L, op, type, pos, 0, NULL); }
IRInstr *emit1(Lower *L, IROp op, Type *type, Pos pos, IRInstr *a) { return emit(L, op, type, pos, 1, &a); }
IRInstr *emit2(Lower *L, IROp op, Type *type, Pos pos, IRInstr *a, IRInstr *b) {
    IRInstr *v[2] = { a, b };
    return emit(L, op, type, pos, 2, v);
}
IRInstr *emit3(Lower *L, IROp op, Type *type, Pos pos, IRInstr *a, IRInstr *b, IRInstr *c) {
    IRInstr *v[3] = { a, b, c };
    return emit(L, op, type, pos, 3, v);
}

IRInstr *emit_alloc(Lower *L, AllocKind kind, Type *elem, IRInstr *count, Pos pos, Node *site) {
    IRInstr *in = count ? emit1(L, IR_ALLOC, type_pointer(elem), pos, count)
                        : emit0(L, IR_ALLOC, type_pointer(elem), pos);
    in->alloc_kind = kind;
    in->elem = elem;
    in->site = site;
    in->loop_depth = L->loop_depth;
    return in;
}

IRInstr *emit_var(Lower *L, Obj *var, Pos pos) {
    IRInstr *in = emit_alloc(L, ALLOC_VAR, var->type, NULL, pos, NULL);
    in->var = var;
    var->ir = in;
    return in;
}

IRInstr *emit_temp(Lower *L, Type *elem, Pos pos) { return emit_alloc(L, ALLOC_TEMP, elem, NULL, pos, NULL); }

IRInstr *emit_load(Lower *L, IRInstr *addr, Type *t, Pos pos) { return emit1(L, IR_LOAD, t, pos, addr); }

void emit_store(Lower *L, IRInstr *addr, IRInstr *val, Pos pos) {
    if (!addr || !val) return; /* after a reported error */
    emit2(L, IR_STORE, NULL, pos, addr, val);
}

IRInstr *emit_extract(Lower *L, IRInstr *agg, int index, Type *t, Pos pos) {
    IRInstr *in = emit1(L, IR_EXTRACT, t, pos, agg);
    in->index = index;
    return in;
}

IRInstr *emit_binop(Lower *L, Tok op, Type *t, IRInstr *a, IRInstr *b, Pos pos) {
    IRInstr *in = emit2(L, IR_BINOP, t, pos, a, b);
    in->op2 = op;
    return in;
}

IRInstr *emit_cmp(Lower *L, Tok op, IRInstr *a, IRInstr *b, Pos pos) {
    IRInstr *in = emit2(L, IR_CMP, t_bool, pos, a, b);
    in->op2 = op;
    return in;
}

IRInstr *emit_convert(Lower *L, IRInstr *v, Type *to, Pos pos) {
    if (!v || !to || v->type == to) return v;
    return emit1(L, IR_CONVERT, to, pos, v);
}

IRInstr *emit_callrt(Lower *L, const char *name, Type *result, Pos pos, int nargs, ...) {
    IRInstr *args[16];
    va_list ap;
    va_start(ap, nargs);
    for (int i = 0; i < nargs && i < 16; i++) args[i] = va_arg(ap, IRInstr *);
    va_end(ap);
    IRInstr *in = emit(L, IR_CALLRT, result, pos, nargs, args);
    in->rt_name = name;
    return in;
}

void emit_jump(Lower *L, IRBlock *to, Pos pos) {
    IRInstr *in = emit0(L, IR_JUMP, NULL, pos);
    in->succ[0] = to;
}

void emit_branch(Lower *L, IRInstr *cond, IRBlock *t, IRBlock *f, Pos pos) {
    IRInstr *in = emit1(L, IR_BRANCH, NULL, pos, cond);
    in->succ[0] = t;
    in->succ[1] = f;
}

void emit_panic_call(Lower *L, const char *name, Pos pos, int nargs, ...) {
    IRInstr *args[8];
    va_list ap;
    va_start(ap, nargs);
    for (int i = 0; i < nargs && i < 8; i++) args[i] = va_arg(ap, IRInstr *);
    va_end(ap);
    IRInstr *in = emit(L, IR_CALLRT, NULL, pos, nargs, args);
    in->rt_name = name;
    emit0(L, IR_UNREACHABLE, NULL, pos);
}

/* ---- free values ------------------------------------------------------------------------- */

static Pos nopos;

IRInstr *k_const(Type *t, ConstVal *cv) {
    IRInstr *in = ir_instr_new(IR_CONST, value_type(t), nopos);
    in->cv = cv;
    return in;
}
IRInstr *k_typed_int(Type *t, int64_t v) { return k_const(t, cv_make_int64(v)); }
IRInstr *k_int(int64_t v) { return k_typed_int(t_int, v); }
IRInstr *k_zero(Type *t) { return k_const(t, NULL); }
IRInstr *k_bool(bool b) { return k_const(t_bool, cv_make_bool(b)); }

/* byte and rune are aliases: at run time (%T, type identity in interfaces) they are uint8
 * and int32 */
Type *canonical_type(Type *t) {
    if (t && t->kind == T_UINT8 && t != t_uint8 && type_identical(t, t_uint8)) return t_uint8;
    if (t && t->kind == T_INT32 && t != t_int32 && type_identical(t, t_int32)) return t_int32;
    return t;
}

IRInstr *k_typedesc(Type *t) {
    t = canonical_type(t);
    IRInstr *in = ir_instr_new(IR_TYPEDESC, t_unsafeptr, nopos);
    in->ref_type = t;
    return in;
}

IRInstr *k_funcval(IRFunc *f, Type *t) {
    IRInstr *in = ir_instr_new(IR_FUNCVAL, t, nopos);
    in->func = f;
    return in;
}

/* ---- types ------------------------------------------------------------------------------- */

Type *value_type(Type *t) {
    if (!t) return NULL;
    if (t->kind == T_UNTYPED_NIL) return t_unsafeptr;
    if (type_is_untyped(t)) return type_default(t);
    return t;
}

bool is_pointer_shaped(Type *t) {
    switch (under(t)->kind) {
    case T_POINTER: case T_UNSAFEPTR: case T_MAP: case T_CHAN: case T_FUNC: return true;
    default: return false;
    }
}

Type *tuple_of_results(Type *sig) {
    return type_tuple(sig->results, sig->nresults);
}

Type *result_type_of(Type *sig) {
    if (!sig || sig->nresults == 0) return NULL;
    if (sig->nresults == 1) return sig->results[0].type;
    return tuple_of_results(sig);
}

Type *recv_type_of(Obj *m) {
    Type *base = m->recv_type;
    if (!base && m->decl && m->decl->recv && m->decl->recv->x) {
        Type *t = m->decl->recv->x->type;
        if (t) return t; /* already *T or T as written */
    }
    if (!base) return NULL;
    return m->ptr_recv ? type_pointer(base) : base;
}

/* ---- functions and globals --------------------------------------------------------------- */

static const char *c_name_for(Package *pkg, const char *name) {
    StrBuf b = {0};
    for (const char *p = pkg->path; *p; p++) sb_putc(&b, *p == '/' || *p == '.' || *p == '-' ? '_' : *p);
    sb_printf(&b, "_%s", name);
    return b.data;
}

static const char *link_name_for(Package *pkg, Obj *fn) {
    bool method = fn->recv_type || (fn->decl && fn->decl->recv);
    if (fn->link_name && !method) return fn->link_name;
    /* methods are always named here: "pkg.T.m" / "pkg.(*T).m" (unique per receiver type) */
    Type *recv = method ? recv_type_of(fn) : NULL;
    if (recv) {
        bool ptr = under(recv)->kind == T_POINTER && recv->kind != T_NAMED;
        Type *base = ptr ? recv->elem : recv;
        const char *tn = base->kind == T_NAMED && base->obj ? base->obj->name : type_string(base);
        return ptr ? xsprintf("%s.(*%s).%s", pkg->path, tn, fn->name)
                   : xsprintf("%s.%s.%s", pkg->path, tn, fn->name);
    }
    if (fn->link_name) return fn->link_name;
    if (fn->recv_type && fn->recv_type->obj) {
        const char *tn = fn->recv_type->obj->name;
        return fn->ptr_recv ? xsprintf("%s.(*%s).%s", pkg->path, tn, fn->name)
                            : xsprintf("%s.%s.%s", pkg->path, tn, fn->name);
    }
    return xsprintf("%s.%s", pkg->path, fn->name);
}

static IRFunc *declare_func(Lower *L, Package *pkg, Obj *fn, int init_index) {
    const char *name = init_index >= 0 ? xsprintf("%s.init.%d", pkg->path, init_index) : link_name_for(pkg, fn);
    IRFunc *f = ir_func_new(L->ir, name);
    f->obj = fn;
    f->pkg = pkg;
    f->sig = fn->type;
    f->pos = fn->pos;
    Type *sig = fn->type;
    Type *recv = (fn->recv_type || (fn->decl && fn->decl->recv)) ? recv_type_of(fn) : NULL;
    int np = (sig ? sig->nfields : 0) + (recv ? 1 : 0);
    f->param_types = xcalloc(np ? np : 1, sizeof(Type *));
    int k = 0;
    if (recv) f->param_types[k++] = recv;
    for (int i = 0; sig && i < sig->nfields; i++) f->param_types[k++] = sig->fields[i].type;
    f->nparams = k;
    f->nresults = sig ? sig->nresults : 0;
    f->result_types = xcalloc(f->nresults ? f->nresults : 1, sizeof(Type *));
    for (int i = 0; i < f->nresults; i++) f->result_types[i] = sig->results[i].type;
    Node *decl = fn->decl;
    if (decl && decl->kind == N_FUNCDECL && !decl->body) {
        f->external = true;
        f->c_name = c_name_for(pkg, fn->name);
    }
    fn->ir = f;
    return f;
}

static void declare_globals(Lower *L, Package *pkg) {
    for (int i = 0; i < pkg->files.len; i++) {
        Node *file = VEC_AT(pkg->files, i);
        for (int j = 0; j < file->list2.len; j++) {
            Node *d = VEC_AT(file->list2, j);
            if (d->kind != N_GENDECL || d->op != TK_VAR) continue;
            for (int k = 0; k < d->list.len; k++) {
                Node *spec = VEC_AT(d->list, k);
                for (int m = 0; m < spec->names.len; m++) {
                    Node *id = VEC_AT(spec->names, m);
                    Obj *o = id->obj;
                    if (!o || !strcmp(o->name, "_") || o->ir) continue;
                    IRGlobal *g = xcalloc(1, sizeof *g);
                    g->name = xsprintf("%s.%s", pkg->path, o->name);
                    g->type = o->type;
                    g->obj = o;
                    o->ir = g;
                    vec_push(&L->ir->globals, g);
                }
            }
        }
    }
}

static bool is_init_func(Package *pkg, Obj *fn) {
    for (int i = 0; i < pkg->init_funcs.len; i++)
        if (VEC_AT(pkg->init_funcs, i) == fn) return true;
    return false;
}

static void declare_package(Lower *L, Package *pkg) {
    declare_globals(L, pkg);
    int ninit = 0;
    for (int i = 0; i < pkg->funcs.len; i++) {
        Obj *fn = VEC_AT(pkg->funcs, i);
        if (fn->ir) continue;
        bool init = is_init_func(pkg, fn) || (!fn->recv_type && !strcmp(fn->name, "init") && !(fn->decl && fn->decl->recv));
        declare_func(L, pkg, fn, init ? ninit++ : -1);
    }
}

/* Params become variables: PARAM values first (all in the entry block), then an ALLOC_VAR
 * and a STORE for each named one. Named results are zeroed variables. */
static void lower_params(Lower *L, IRFunc *f, Node *decl) {
    Node *ftype = decl->x;
    Vec fields = {0};
    if (decl->recv) vec_push(&fields, decl->recv);
    for (int i = 0; ftype && i < ftype->list.len; i++) vec_push(&fields, VEC_AT(ftype->list, i));
    int index = 0;
    for (int i = 0; i < fields.len; i++) {
        Node *field = VEC_AT(fields, i);
        int n = field->names.len ? field->names.len : 1;
        for (int j = 0; j < n; j++, index++) {
            Type *t = index < f->nparams ? f->param_types[index] : NULL;
            IRInstr *p = emit0(L, IR_PARAM, t, decl->pos);
            p->index = index;
            Node *id = field->names.len ? VEC_AT(field->names, j) : NULL;
            Obj *o = id ? id->obj : NULL;
            if (!o || !strcmp(o->name, "_")) continue;
            IRInstr *var = emit_var(L, o, id->pos);
            emit_store(L, var, p, id->pos);
        }
    }
    free(fields.data);
    for (int i = 0; ftype && i < ftype->list2.len; i++) {
        Node *field = VEC_AT(ftype->list2, i);
        for (int j = 0; j < field->names.len; j++) {
            Node *id = VEC_AT(field->names, j);
            Obj *o = id->obj;
            if (!o) continue;
            /* "_" results are still result slots: a bare return yields their zero value */
            vec_push(&L->result_vars, emit_var(L, o, id->pos));
        }
    }
}

static void reset_func_state(Lower *L, IRFunc *f) {
    L->fn = f;
    L->cur = NULL;
    L->result_vars.len = 0;
    L->targets.len = 0;
    L->labels.len = 0;
    L->loop_depth = 0;
    L->pending_label = NULL;
    L->fallthrough_to = NULL;
    L->body = NULL;
    L->defer_frame = NULL;
}

void lower_func_body(Lower *L, IRFunc *f, Node *decl) {
    reset_func_state(L, f);
    set_block(L, new_block(L, "entry"));
    L->body = decl->body;
    lower_bind_captures(L, decl->pos);
    lower_params(L, f, decl);
    lower_defer_prologue(L, decl->body, decl->pos);
    lower_block(L, decl->body);
    if (!block_terminated(L->cur)) {
        Pos end = decl->body ? decl->body->end_pos : decl->pos;
        if (f->nresults == 0 && L->defer_frame) lower_defer_exit(L, end);
        else if (f->nresults == 0) emit0(L, IR_RET, NULL, end);
        else emit0(L, IR_UNREACHABLE, NULL, end); /* the checker reported "missing return" */
    }
}

/* ---- package initialisation -------------------------------------------------------------- */

static void lower_global_spec(Lower *L, Node *spec) {
    int nn = spec->names.len, nv = spec->list.len;
    if (nv == 0) return; /* zero-initialised by the loader */
    if (nv == nn) {
        for (int i = 0; i < nn; i++) {
            Node *id = VEC_AT(spec->names, i);
            Node *val = VEC_AT(spec->list, i);
            Obj *o = id->obj;
            bool blank = !o || !strcmp(o->name, "_");
            IRInstr *v = lower_expr_to(L, val, blank ? value_type(val->type) : o->type);
            if (!blank && v) emit_store(L, var_addr(L, o, id->pos), v, id->pos);
        }
        return;
    }
    /* var a, b = f() */
    Node *val = VEC_AT(spec->list, 0);
    IRInstr *tuple = lower_expr(L, val);
    for (int i = 0; i < nn && tuple; i++) {
        Node *id = VEC_AT(spec->names, i);
        Obj *o = id->obj;
        if (!o || !strcmp(o->name, "_")) continue;
        Type *mt = val->type && val->type->kind == T_TUPLE && i < val->type->nfields ? val->type->fields[i].type : o->type;
        IRInstr *m = emit_extract(L, tuple, i, mt, id->pos);
        emit_store(L, var_addr(L, o, id->pos), lower_conversion(L, m, mt, o->type, id->pos, val), id->pos);
    }
}

static void lower_program_init(Lower *L) {
    IRFunc *f = ir_func_new(L->ir, "golc.program_init");
    f->result_types = xcalloc(1, sizeof(Type *));
    f->param_types = xcalloc(1, sizeof(Type *));
    L->ir->init = f;
    reset_func_state(L, f);
    set_block(L, new_block(L, "entry"));
    for (int i = 0; i < L->prog->packages.len; i++) {
        Package *pkg = VEC_AT(L->prog->packages, i);
        L->pkg = pkg;
        f->pkg = pkg;
        for (int j = 0; j < pkg->init_order.len; j++) lower_global_spec(L, VEC_AT(pkg->init_order, j));
        for (int j = 0; j < pkg->init_funcs.len; j++) {
            Obj *fn = VEC_AT(pkg->init_funcs, j);
            if (!fn->ir) continue;
            IRInstr *call = emit0(L, IR_CALL, NULL, fn->pos);
            call->func = fn->ir;
        }
    }
    f->pkg = NULL;
    emit0(L, IR_RET, NULL, nopos);
}

/* ---- entry ------------------------------------------------------------------------------- */

IRProgram *frontend_lower(Program *prog) {
    Lower *L = xcalloc(1, sizeof *L);
    L->ir = xcalloc(1, sizeof *L->ir);
    L->prog = prog;
    for (int i = 0; i < prog->packages.len; i++) declare_package(L, VEC_AT(prog->packages, i));
    /* value-receiver wrappers, eagerly (see the file comment) */
    int nfuncs = L->ir->funcs.len;
    for (int i = 0; i < nfuncs; i++) {
        IRFunc *f = VEC_AT(L->ir->funcs, i);
        if (!f->obj || f->nparams == 0) continue;
        Obj *o = f->obj;
        if (!(o->recv_type || (o->decl && o->decl->recv))) continue;
        Type *recv = f->param_types[0];
        if (!recv || under(recv)->kind == T_POINTER || is_pointer_shaped(recv)) continue;
        L->pkg = f->pkg;
        lower_method_wrapper(L, f, recv);
    }
    for (int i = 0; i < prog->packages.len; i++) {
        Package *pkg = VEC_AT(prog->packages, i);
        L->pkg = pkg;
        for (int j = 0; j < pkg->funcs.len; j++) {
            Obj *fn = VEC_AT(pkg->funcs, j);
            IRFunc *f = fn->ir;
            if (!f || f->external || f->blocks.len || !fn->decl || !fn->decl->body) continue;
            lower_func_body(L, f, fn->decl);
        }
    }
    lower_program_init(L);
    lower_finish_asserts(L);
    if (prog->main) {
        Obj *m = scope_lookup_local(prog->main->scope, "main");
        if (m && m->kind == OBJ_FUNC) L->ir->main = m->ir;
    }
    return L->ir;
}

/* ---- synthesized functions ---------------------------------------------------------------- */

void lower_enter(Lower *L, Lower *saved, IRFunc *f) {
    *saved = *L;
    L->fn = f;
    L->cur = NULL;
    L->loop_depth = 0;
    L->result_vars = (Vec){0};
    L->targets = (Vec){0};
    L->labels = (Vec){0};
    L->defer_frame = NULL;
    L->defer_slots = NULL;
    set_block(L, new_block(L, "entry"));
}

void lower_leave(Lower *L, const Lower *saved) {
    Vec boxed = L->boxed, ai = L->assert_ifaces, af = L->assert_funcs, am = L->assert_miss;
    *L = *saved;
    L->boxed = boxed;
    L->assert_ifaces = ai;
    L->assert_funcs = af;
    L->assert_miss = am;
}

void emit_return_call(Lower *L, IRFunc *f, IRInstr *call, Pos pos) {
    if (f->nresults == 0) {
        emit0(L, IR_RET, NULL, pos);
    } else if (f->nresults == 1) {
        emit1(L, IR_RET, NULL, pos, call);
    } else {
        IRInstr **rs = xcalloc(f->nresults, sizeof(IRInstr *));
        for (int i = 0; i < f->nresults; i++) rs[i] = emit_extract(L, call, i, f->result_types[i], pos);
        emit(L, IR_RET, NULL, pos, f->nresults, rs);
        free(rs);
    }
}
