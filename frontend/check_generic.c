/* check_generic.c — generics: type parameters, constraints, instantiation, inference.
 *
 * Strategy: monomorphisation at the source level. golc never type-checks or lowers a
 * generic body as such. Each distinct (generic object, type-argument list) gets one
 * instance, made by cloning the declaration's syntax tree and checking the clone in a scope
 * where each type parameter's name denotes its type argument (like a local alias). The
 * clone is then an ordinary, fully typed function, method or named type, so lowering,
 * escape analysis and codegen need to know nothing about generics. Instances share nothing
 * at run time.
 *
 * Representation (types.h):
 *  - A generic function or type keeps its Obj; Obj.generic points to its GenericInfo
 *    (type parameters, declaration, instance cache). A generic function's Obj.type is its
 *    signature over T_TYPEPARAM types (used for inference only); a generic type's Obj.type
 *    is a placeholder T_NAMED without an underlying type; neither is ever lowered.
 *  - T_TYPEPARAM: obj = the parameter's type name, origin = the declaring generic Obj,
 *    tparam_index, constraint (an interface type).
 *  - A constraint interface carries its type set in Type.unions (intersection of unions
 *    of ~T / T terms) and Type.is_comparable; such interfaces are never interned.
 *  - An instantiated type is a T_NAMED whose Obj is named "Pair[int,string]" — the type
 *    arguments spelled as the running program names types (%T: "main.Pair[int,string]",
 *    exactly gc's) — with origin = the generic Obj and targs. type_string prints the
 *    arguments relative to the current package for messages. Its methods are instantiated
 *    with it (signatures at once, bodies queued).
 *  - Instances whose arguments still contain type parameters ("parametric" instances, seen
 *    only in generic signatures) get an underlying type but no methods and are never lowered.
 *
 * Link names: "pkg.F[int,string]" for functions, "pkg.(*Stack[int]).Push" and
 * "pkg.Pair[int,string].String" for methods.
 *
 * Bodies of instances are checked after the package's own bodies (generic_finish_package),
 * with a checker set up for the package that declares the generic. Errors inside a generic
 * body are therefore reported when (and each time identically as) it is instantiated; an
 * uninstantiated generic body is not checked (gc checks it once, generically).
 *
 * Inference follows types2's order: typed arguments are unified with parameter types;
 * constraints with a core type then refine the bindings; untyped constant arguments
 * default last (the "largest" constant kind wins); anything left is "cannot infer T". */
#include <stdlib.h>
#include <string.h>

#include "check.h"

typedef struct GMethod {
    Node *fd;           /* the method declaration (receiver R[P...]) */
    Obj *obj;
    bool ptr;
} GMethod;

typedef struct Instance {
    Type **targs;
    Obj *obj;           /* the instance function or type name */
} Instance;

typedef struct GenericInfo {
    Obj *obj;
    Node *decl;         /* N_FUNCDECL or N_TYPESPEC */
    Vec *tparam_fields; /* N_FIELD list of the type parameters */
    Type **tparams;     /* T_TYPEPARAM */
    const char **cstr;  /* each constraint as gc prints it in "does not satisfy" */
    int n;
    Package *pkg;
    Scope *file_scope;
    Scope *local_scope; /* a type declared inside a function: the block declaring it */
    Vec instances;      /* Instance* */
    Vec methods;        /* GMethod* (generic types) */
} GenericInfo;

typedef struct PendingBody {
    GenericInfo *gi;
    Obj *obj;
    Node *fd;
    Scope *fs;
} PendingBody;

static Vec pending_bodies; /* PendingBody*, checked by generic_finish_package */

static Obj *instantiate_type(Checker *c, GenericInfo *gi, Type **targs, Pos pos);

/* ---- small helpers ---- */

static Node *unparen(Node *e) {
    while (e && e->kind == N_PAREN) e = e->x;
    return e;
}

static char *pos_str(Pos p) { return xsprintf("%s:%d:%d", src_file_name(p.file), p.line, p.col); }

static bool contains_tparam(Type *t, int depth) {
    if (!t || depth > 50) return false;
    switch (t->kind) {
    case T_TYPEPARAM: return true;
    case T_POINTER: case T_SLICE: case T_ARRAY: case T_CHAN: return contains_tparam(t->elem, depth + 1);
    case T_MAP: return contains_tparam(t->key, depth + 1) || contains_tparam(t->elem, depth + 1);
    case T_NAMED:
        for (int i = 0; i < t->ntargs; i++)
            if (contains_tparam(t->targs[i], depth + 1)) return true;
        return false;
    case T_FUNC:
        for (int i = 0; i < t->nresults; i++)
            if (contains_tparam(t->results[i].type, depth + 1)) return true;
        /* fallthrough */
    case T_STRUCT: case T_TUPLE:
        for (int i = 0; i < t->nfields; i++)
            if (contains_tparam(t->fields[i].type, depth + 1)) return true;
        return false;
    default: return false;
    }
}

/* ---- run-time spelling of types in instance names (frontend/typename.c, plus a hook) ---- */

/* gc numbers the (non-alias) types declared inside functions in instance names
 * ("main.G[main.local·3]"): the N-th such declaration of the package in source order. */
static void collect_local_types(Node *n, bool inside, Vec *out) {
    if (!n) return;
    if (n->kind == N_TYPESPEC && inside && !n->is_alias) vec_push(out, n);
    if (n->kind == N_FUNCDECL || n->kind == N_FUNCLIT) inside = true;
    Node *kids[] = { n->x, n->y, n->z, n->w, n->init, n->cond, n->post, n->body, n->els, n->tag,
                     n->assign, n->key, n->value };
    for (size_t i = 0; i < sizeof kids / sizeof kids[0]; i++) collect_local_types(kids[i], inside, out);
    Vec *lists[] = { &n->list, &n->list2 };
    for (int l = 0; l < 2; l++)
        for (int i = 0; i < lists[l]->len; i++) collect_local_types(lists[l]->data[i], inside, out);
}

static bool pos_before(Pos a, Pos b) {
    if (a.file != b.file) return a.file < b.file;
    return a.line != b.line ? a.line < b.line : a.col < b.col;
}

static int local_type_number(Obj *o) {
    static Package *pkg;
    static Vec specs;
    if (pkg != o->pkg) {
        pkg = o->pkg;
        specs.len = 0;
        for (int i = 0; i < pkg->files.len; i++) collect_local_types(pkg->files.data[i], false, &specs);
    }
    Pos at = o->decl ? o->decl->pos : o->pos;
    int n = 1;
    for (int i = 0; i < specs.len; i++)
        if (pos_before(((Node *)specs.data[i])->pos, at)) n++;
    return n;
}

/* A local type of an instance of a generic function: gc adds the instance's type arguments,
 * "main.W[int]·1"; they are the bracketed part of the instance's link name. */
static void write_enclosing_targs(StrBuf *b, Obj *o) {
    const char *open = o->func && o->func->link_name ? strchr(o->func->link_name, '[') : NULL;
    if (!open) return;
    int depth = 0;
    const char *e = open;
    for (; *e; e++) {
        depth += *e == '[' ? 1 : *e == ']' ? -1 : 0;
        if (depth == 0) break;
    }
    sb_printf(b, "%.*s", (int)(e - open + (*e ? 1 : 0)), open);
}

/* typename.c's hook: a type declared inside a function gets gc's "·N" (after the enclosing
 * instance's type arguments, if any) in instance names. */
static void local_type_suffix(StrBuf *b, Type *t) {
    if (t->obj && t->obj->pkg && t->obj->pkg->scope && !t->origin &&
        scope_lookup_local(t->obj->pkg->scope, t->obj->name) != t->obj) {
        write_enclosing_targs(b, t->obj);
        sb_printf(b, "\xc2\xb7%d", local_type_number(t->obj)); /* "·N" */
    }
}

static char *instance_name(const char *base, Type **targs, int n) {
    StrBuf b = {0};
    sb_printf(&b, "%s[", base);
    for (int i = 0; i < n; i++) {
        if (i) sb_putc(&b, ',');
        type_write_runtime_name(&b, targs[i], local_type_suffix);
    }
    sb_putc(&b, ']');
    return b.data;
}

/* ---- cloning syntax trees (sharing inside the tree is preserved) ---- */

typedef struct CloneMap {
    Node **from, **to;
    int len, cap;
} CloneMap;

static Node *clone_node(CloneMap *m, Node *n);

static void clone_vec(CloneMap *m, Vec *v) {
    if (!v->len) {
        *v = (Vec){0};
        return;
    }
    Vec out = {0};
    for (int i = 0; i < v->len; i++) vec_push(&out, clone_node(m, v->data[i]));
    *v = out;
}

static Node *clone_node(CloneMap *m, Node *n) {
    if (!n) return NULL;
    for (int i = 0; i < m->len; i++)
        if (m->from[i] == n) return m->to[i];
    Node *c = xmalloc(sizeof *c);
    *c = *n;
    if (m->len == m->cap) {
        m->cap = m->cap ? m->cap * 2 : 64;
        m->from = xrealloc(m->from, sizeof(Node *) * (size_t)m->cap);
        m->to = xrealloc(m->to, sizeof(Node *) * (size_t)m->cap);
    }
    m->from[m->len] = n;
    m->to[m->len++] = c;
    /* checker annotations start empty */
    c->type = NULL;
    c->mode = 0;
    c->cv = NULL;
    c->obj = NULL;
    c->sel = NULL;
    c->target = NULL;
    c->call_kind = 0;
    c->builtin = 0;
    c->scope = NULL;
    c->implicit_objs = (Vec){0};
    Node **kids[] = {&c->x, &c->y, &c->z, &c->w, &c->init, &c->cond, &c->post, &c->body, &c->els, &c->tag,
                     &c->assign, &c->key, &c->value, &c->recv, &c->label, &c->name_node};
    for (size_t i = 0; i < sizeof kids / sizeof kids[0]; i++) *kids[i] = clone_node(m, *kids[i]);
    clone_vec(m, &c->list);
    clone_vec(m, &c->list2);
    clone_vec(m, &c->names);
    clone_vec(m, &c->tparams);
    return c;
}

static Node *clone_tree(Node *n) {
    CloneMap m = {0};
    Node *c = clone_node(&m, n);
    free(m.from);
    free(m.to);
    return c;
}

/* Imports used only inside generic bodies must not be reported unused even when the body
 * is never instantiated: mark them from the syntax. */
static void mark_imports(Node *n, Scope *fs, int depth) {
    if (!n || depth > 500) return;
    if (n->kind == N_SELECTOR && n->x && n->x->kind == N_IDENT) {
        Obj *o = scope_lookup_local(fs, n->x->name);
        if (o && o->kind == OBJ_PKG) o->used = true;
    }
    Node *kids[] = {n->x, n->y, n->z, n->w, n->init, n->cond, n->post, n->body, n->els, n->tag, n->assign,
                    n->key, n->value, n->recv};
    for (size_t i = 0; i < sizeof kids / sizeof kids[0]; i++) mark_imports(kids[i], fs, depth + 1);
    Vec *vs[] = {&n->list, &n->list2, &n->tparams};
    for (size_t i = 0; i < 3; i++)
        for (int j = 0; j < vs[i]->len; j++) mark_imports(vs[i]->data[j], fs, depth + 1);
}

/* ---- constraints ---- */

static Type *comparable_type(void) {
    Obj *o = scope_lookup_local(universe, "comparable");
    return o ? o->type : NULL;
}

static void write_union(StrBuf *b, TypeUnion *u, const char *rel) {
    for (int i = 0; i < u->nterms; i++) {
        if (i) sb_puts(b, " | ");
        if (u->terms[i].tilde) sb_putc(b, '~');
        sb_puts(b, type_string_qualified(u->terms[i].type, rel));
    }
}

static TypeUnion *union_of(Vec *terms) {
    TypeUnion *u = xcalloc(1, sizeof *u);
    u->nterms = terms->len;
    u->terms = xcalloc((size_t)terms->len + 1, sizeof *u->terms);
    for (int i = 0; i < terms->len; i++) u->terms[i] = *(TypeTerm *)terms->data[i];
    return u;
}

static void add_term(Checker *c, Node *x, Type *checked, Vec *terms) {
    TypeTerm *t = xcalloc(1, sizeof *t);
    if (x->kind == N_UNARY && x->op == TK_TILDE) {
        t->tilde = true;
        t->type = check_type(c, x->x);
        if (t->type != t_invalid && under(t->type) != t->type && t->type->kind != T_TYPEPARAM)
            diag_error(spos(x), "invalid use of ~ (underlying type of %s is %s)", tstr(c, t->type),
                       tstr(c, under(t->type)));
    } else {
        t->type = checked ? checked : check_type(c, x);
        Type *u = under(t->type);
        if (u && u->kind == T_INTERFACE && u->nunions == 1) {
            /* Integer | Float: a constraint term contributes its own terms */
            for (int i = 0; i < u->unions[0].nterms; i++) vec_push(terms, &u->unions[0].terms[i]);
            return;
        }
    }
    if (t->type != t_invalid) vec_push(terms, t);
}

void generic_union_elem(Checker *c, Node *x, Type *checked, Vec *unions) {
    Vec terms = {0};
    if (x->kind == N_UNION) {
        for (int i = 0; i < x->list.len; i++) add_term(c, x->list.data[i], NULL, &terms);
    } else {
        add_term(c, x, checked, &terms);
    }
    vec_push(unions, union_of(&terms));
}

void generic_embed_constraint(Type *iface, Vec *unions, bool *comparable) {
    Type *u = under(iface);
    if (!u || u->kind != T_INTERFACE) return;
    if (u->is_comparable || iface == comparable_type()) *comparable = true;
    for (int i = 0; i < u->nunions; i++) vec_push(unions, &u->unions[i]);
}

Type *generic_constraint_iface(Method *ms, int n, Vec *unions, bool comparable) {
    if (!unions->len && !comparable) return NULL;
    Type *t = type_new(T_INTERFACE);
    t->imethods = ms;
    t->nimethods = n;
    for (int i = 0; i + 1 < n; i++) /* sorted by name like type_interface */
        for (int j = i + 1; j < n; j++)
            if (strcmp(ms[j].name, ms[i].name) < 0) {
                Method tmp = ms[i];
                ms[i] = ms[j];
                ms[j] = tmp;
            }
    t->nunions = unions->len;
    t->unions = xcalloc((size_t)unions->len + 1, sizeof *t->unions);
    for (int i = 0; i < unions->len; i++) t->unions[i] = *(TypeUnion *)unions->data[i];
    t->is_comparable = comparable;
    t->size = 16;
    t->align = 8;
    return t;
}

/* The constraint of a type parameter declared as `P x`: an interface type. *shown is how gc
 * names it in "does not satisfy" messages. */
static Type *check_constraint(Checker *c, Node *x, const char **shown) {
    Vec unions = {0};
    if (!x || x->kind == N_BAD) {
        *shown = "any";
        return t_any;
    }
    if (x->kind == N_UNION || (x->kind == N_UNARY && x->op == TK_TILDE)) {
        generic_union_elem(c, x, NULL, &unions);
    } else {
        Type *t = check_type(c, x);
        if (t == t_invalid) {
            *shown = "invalid type";
            return t_any;
        }
        if (under(t)->kind == T_INTERFACE) {
            *shown = tstr(c, t);
            if (t == comparable_type()) {
                bool cmp = true;
                return generic_constraint_iface(NULL, 0, &unions, cmp);
            }
            return t;
        }
        generic_union_elem(c, x, t, &unions);
    }
    StrBuf b = {0};
    write_union(&b, unions.data[0], c->pkg ? c->pkg->path : NULL);
    *shown = b.data;
    return generic_constraint_iface(NULL, 0, &unions, false);
}

/* The core type of a constraint: the single underlying type all its terms share (types2's
 * coreTerm, for the common single-union case). *tilde tells whether it is a ~term. */
static Type *core_term(Type *constraint, bool *tilde) {
    Type *u = under(constraint);
    if (!u || u->kind != T_INTERFACE || u->nunions != 1 || u->unions[0].nterms == 0) return NULL;
    TypeUnion *un = &u->unions[0];
    if (un->nterms == 1) {
        *tilde = un->terms[0].tilde;
        return un->terms[0].type;
    }
    Type *first = under(un->terms[0].type);
    for (int i = 1; i < un->nterms; i++)
        if (!type_identical(under(un->terms[i].type), first)) return NULL;
    *tilde = true;
    return first;
}

/* ---- declaring generic functions and types ---- */

/* Declares the type parameters of gi in a new scope (child of parent) and checks their
 * constraints there (constraints may mention any of the parameters). */
static Scope *declare_tparams(Checker *c, GenericInfo *gi, Scope *parent) {
    Scope *s = scope_new(parent);
    int n = 0;
    for (int i = 0; i < gi->tparam_fields->len; i++) n += ((Node *)gi->tparam_fields->data[i])->names.len;
    gi->n = n;
    gi->tparams = xcalloc((size_t)n + 1, sizeof *gi->tparams);
    gi->cstr = xcalloc((size_t)n + 1, sizeof *gi->cstr);
    int k = 0;
    for (int i = 0; i < gi->tparam_fields->len; i++) {
        Node *f = gi->tparam_fields->data[i];
        for (int j = 0; j < f->names.len; j++) {
            Node *id = f->names.data[j];
            Obj *o = obj_new(OBJ_TYPE, id->name, id->pos, NULL, gi->pkg);
            Type *tp = type_new(T_TYPEPARAM);
            tp->obj = o;
            tp->origin = gi->obj;
            tp->tparam_index = k;
            o->type = tp;
            o->decl = id;
            gi->tparams[k++] = tp;
            declare(c, s, o, id);
        }
    }
    Checker saved = *c;
    c->scope = s;
    k = 0;
    for (int i = 0; i < gi->tparam_fields->len; i++) {
        Node *f = gi->tparam_fields->data[i];
        const char *shown = "any";
        Type *ct = check_constraint(c, f->x, &shown);
        for (int j = 0; j < f->names.len; j++, k++) {
            gi->tparams[k]->constraint = ct;
            gi->cstr[k] = shown;
        }
    }
    Scope *cs = c->scope;
    *c = saved;
    (void)cs;
    return s;
}

static GenericInfo *new_info(Checker *c, Obj *o, Node *decl, Vec *tparam_fields) {
    GenericInfo *gi = xcalloc(1, sizeof *gi);
    gi->obj = o;
    gi->decl = decl;
    gi->tparam_fields = tparam_fields;
    gi->pkg = c->pkg;
    DeclInfo *d = decl_info(o);
    gi->file_scope = d ? d->file_scope : c->file_scope;
    o->generic = gi;
    mark_imports(decl, gi->file_scope, 0);
    return gi;
}

void generic_declare_func(Checker *c, Obj *o, Node *fd) {
    GenericInfo *gi = new_info(c, o, fd, &fd->x->tparams);
    Checker saved = *c;
    c->file_scope = gi->file_scope;
    Scope *s = declare_tparams(c, gi, gi->file_scope);
    c->scope = s;
    Scope *fs = scope_new(s);
    fs->is_func = true;
    o->type = check_signature(c, fd->x, NULL, fs, false);
    *c = saved;
    if (!strcmp(o->name, "main") || !strcmp(o->name, "init"))
        diag_error(o->pos, "func %s must have no type parameters", o->name);
}

/* Also for a generic type declared inside a function (check_decl.c): its constraints and
 * instances are checked in the block that declares it, so they see its local names. A
 * generic alias (`type A[P any] = T`) is instantiated like a type, but an instance is T
 * with the arguments substituted, not a new named type. */
void generic_declare_type(Checker *c, Obj *o, Node *spec) {
    GenericInfo *gi = new_info(c, o, spec, &spec->tparams);
    if (!decl_info(o)) gi->local_scope = c->scope;
    Type *placeholder = type_named(o);
    placeholder->underlying = t_invalid;
    o->type = placeholder;
    Checker saved = *c;
    c->file_scope = gi->file_scope;
    declare_tparams(c, gi, gi->local_scope ? gi->local_scope : gi->file_scope);
    *c = saved;
}

/* ---- substitution ---- */

static Type *subst(Checker *c, Type *t, GenericInfo *gi, Type **targs, int depth) {
    if (!t || depth > 50) return t;
    switch (t->kind) {
    case T_TYPEPARAM:
        if (t->origin == gi->obj && t->tparam_index < gi->n && targs[t->tparam_index]) return targs[t->tparam_index];
        return t;
    case T_POINTER: {
        Type *e = subst(c, t->elem, gi, targs, depth + 1);
        return e == t->elem ? t : type_pointer(e);
    }
    case T_SLICE: {
        Type *e = subst(c, t->elem, gi, targs, depth + 1);
        return e == t->elem ? t : type_slice(e);
    }
    case T_ARRAY: {
        Type *e = subst(c, t->elem, gi, targs, depth + 1);
        return e == t->elem ? t : type_array(e, t->len);
    }
    case T_CHAN: {
        Type *e = subst(c, t->elem, gi, targs, depth + 1);
        return e == t->elem ? t : type_chan(e, t->chan_dir);
    }
    case T_MAP: {
        Type *k = subst(c, t->key, gi, targs, depth + 1), *e = subst(c, t->elem, gi, targs, depth + 1);
        return k == t->key && e == t->elem ? t : type_map(k, e);
    }
    case T_FUNC: case T_STRUCT: case T_TUPLE: {
        if (!contains_tparam(t, 0)) return t;
        Field *fs = xcalloc((size_t)t->nfields + 1, sizeof *fs);
        for (int i = 0; i < t->nfields; i++) {
            fs[i] = t->fields[i];
            fs[i].type = subst(c, t->fields[i].type, gi, targs, depth + 1);
        }
        if (t->kind == T_STRUCT) return type_struct(fs, t->nfields);
        if (t->kind == T_TUPLE) return type_tuple(fs, t->nfields);
        Field *rs = xcalloc((size_t)t->nresults + 1, sizeof *rs);
        for (int i = 0; i < t->nresults; i++) {
            rs[i] = t->results[i];
            rs[i].type = subst(c, t->results[i].type, gi, targs, depth + 1);
        }
        return type_func(fs, t->nfields, rs, t->nresults, t->variadic);
    }
    case T_NAMED: {
        if (!t->origin || !contains_tparam(t, 0)) return t;
        GenericInfo *ogi = t->origin->generic;
        Type **na = xcalloc((size_t)t->ntargs + 1, sizeof *na);
        for (int i = 0; i < t->ntargs; i++) na[i] = subst(c, t->targs[i], gi, targs, depth + 1);
        Obj *inst = instantiate_type(c, ogi, na, t->obj ? t->obj->pos : (Pos){0});
        return inst ? inst->type : t;
    }
    case T_INTERFACE: {
        if (!t->nunions) return t;
        Vec unions = {0};
        for (int i = 0; i < t->nunions; i++) {
            TypeUnion *u = xcalloc(1, sizeof *u);
            u->nterms = t->unions[i].nterms;
            u->terms = xcalloc((size_t)u->nterms + 1, sizeof *u->terms);
            for (int j = 0; j < u->nterms; j++) {
                u->terms[j] = t->unions[i].terms[j];
                u->terms[j].type = subst(c, u->terms[j].type, gi, targs, depth + 1);
            }
            vec_push(&unions, u);
        }
        Method *ms = t->nimethods ? xcalloc((size_t)t->nimethods, sizeof *ms) : NULL;
        for (int i = 0; i < t->nimethods; i++) ms[i] = t->imethods[i];
        return generic_constraint_iface(ms, t->nimethods, &unions, t->is_comparable);
    }
    default: return t;
    }
}

/* ---- constraint satisfaction ---- */

static bool term_matches(TypeTerm *term, Type *t) {
    if (term->tilde) return type_identical(under(term->type), under(t));
    return type_identical(term->type, t);
}

static char *method_cause(Checker *c, Type *t, Type *iface) {
    const char *missing = NULL;
    int why = 0;
    Type *iu = under(iface);
    if (!iu || iu->nimethods == 0) return NULL;
    Type *plain = type_interface(iu->imethods, iu->nimethods);
    if (implements(t, plain, &missing, &why)) return NULL;
    if (!missing) return xstrdup("");
    if (why == 1) return xsprintf("(method %s has pointer receiver)", missing);
    if (why == 2) return xsprintf("(wrong type for method %s)", missing);
    (void)c;
    return xsprintf("(missing method %s)", missing);
}

/* NULL if t satisfies constraint (type parameters already substituted); else gc's message. */
static char *unsatisfied(Checker *c, Type *t, Type *constraint, const char *shown) {
    if (!t || t == t_invalid || contains_tparam(t, 0)) return NULL;
    Type *u = under(constraint);
    if (!u || u->kind != T_INTERFACE) return NULL;
    char *ts = tstr(c, t);
    char *mc = method_cause(c, t, constraint);
    if (mc) return xsprintf("%s does not satisfy %s %s", ts, shown, mc);
    if (u->is_comparable && !type_comparable(t)) return xsprintf("%s does not satisfy %s", ts, shown);
    for (int i = 0; i < u->nunions; i++) {
        TypeUnion *un = &u->unions[i];
        bool ok = false;
        for (int j = 0; j < un->nterms && !ok; j++) ok = term_matches(&un->terms[j], t);
        if (!ok) {
            StrBuf b = {0};
            write_union(&b, un, c->pkg ? c->pkg->path : NULL);
            return xsprintf("%s does not satisfy %s (%s missing in %s)", ts, shown, ts, b.data);
        }
    }
    return NULL;
}

/* Verifies every type argument; reports at poss[i] (or pos) and returns false on failure. */
static bool verify(Checker *c, GenericInfo *gi, Type **targs, Pos *poss, Pos pos) {
    for (int i = 0; i < gi->n; i++) {
        Type *ct = subst(c, gi->tparams[i]->constraint, gi, targs, 0);
        char *msg = unsatisfied(c, targs[i], ct, gi->cstr[i]);
        if (msg) {
            diag_error(poss ? poss[i] : pos, "%s", msg);
            return false;
        }
    }
    return true;
}

/* ---- instances ---- */

static Obj *find_instance(GenericInfo *gi, Type **targs) {
    for (int i = 0; i < gi->instances.len; i++) {
        Instance *in = gi->instances.data[i];
        bool same = true;
        for (int j = 0; j < gi->n && same; j++) same = type_identical(in->targs[j], targs[j]);
        if (same) return in->obj;
    }
    return NULL;
}

static void add_instance(GenericInfo *gi, Type **targs, Obj *o) {
    Instance *in = xcalloc(1, sizeof *in);
    in->targs = xcalloc((size_t)gi->n + 1, sizeof *in->targs);
    memcpy(in->targs, targs, sizeof *targs * (size_t)gi->n);
    in->obj = o;
    vec_push(&gi->instances, in);
}

/* A scope in which the names `names` (N_IDENTs) denote targs. */
static Scope *bind_scope(GenericInfo *gi, Vec *names, Type **targs) {
    Scope *s = scope_new(gi->local_scope ? gi->local_scope : gi->file_scope);
    for (int i = 0; i < names->len && i < gi->n; i++) {
        Node *id = names->data[i];
        if (!strcmp(id->name, "_")) continue;
        Obj *o = obj_new(OBJ_TYPE, id->name, id->pos, targs[i], gi->pkg);
        o->used = true;
        id->obj = o;
        if (!scope_lookup_local(s, id->name)) scope_insert(s, o);
    }
    return s;
}

static Vec *tparam_names(GenericInfo *gi) {
    Vec *v = xcalloc(1, sizeof *v);
    for (int i = 0; i < gi->tparam_fields->len; i++) {
        Node *f = gi->tparam_fields->data[i];
        for (int j = 0; j < f->names.len; j++) vec_push(v, f->names.data[j]);
    }
    return v;
}

static Checker sub_checker(GenericInfo *gi, Scope *scope) {
    Checker s = {0};
    s.pkg = gi->pkg;
    s.iota = -1;
    s.file_scope = gi->file_scope;
    s.scope = scope;
    return s;
}

static void queue_body(GenericInfo *gi, Obj *o, Node *fd, Scope *fs) {
    if (!fd->body) return;
    PendingBody *p = xcalloc(1, sizeof *p);
    p->gi = gi;
    p->obj = o;
    p->fd = fd;
    p->fs = fs;
    vec_push(&pending_bodies, p);
}

static bool any_tparam(Type **targs, int n) {
    for (int i = 0; i < n; i++)
        if (contains_tparam(targs[i], 0)) return true;
    return false;
}

static void instantiate_method(GenericInfo *gi, GMethod *gm, Type *named) {
    Node *fd = clone_tree(gm->fd);
    Node *te = fd->recv->x;
    while (te && (te->kind == N_PAREN || te->kind == N_STAR)) te = te->x;
    Scope *s = bind_scope(gi, &te->list, named->targs);
    Scope *fs = scope_new(s);
    fs->is_func = true;
    fd->scope = fs;
    Checker sub = sub_checker(gi, s);
    Obj *m = obj_new(OBJ_FUNC, fd->name, gm->obj->pos, NULL, gi->pkg);
    m->decl = fd;
    fd->obj = m;
    if (fd->name_node) fd->name_node->obj = m;
    Type *rt = gm->ptr ? type_pointer(named) : named;
    fd->recv->type = rt;
    if (fd->recv->names.len > 0) {
        Node *id = fd->recv->names.data[0];
        Obj *ro = obj_new(OBJ_VAR, id->name, id->pos, rt, gi->pkg);
        ro->is_param = true;
        ro->used = true;
        ro->decl = id;
        declare(&sub, fs, ro, id);
    }
    m->type = check_signature(&sub, fd->x, fd->recv, fs, true);
    m->ptr_recv = gm->ptr;
    m->recv_type = named;
    const char *tn = named->obj->name, *path = gi->pkg->path;
    m->link_name = gm->ptr ? xsprintf("%s.(*%s).%s", path, tn, fd->name) : xsprintf("%s.%s.%s", path, tn, fd->name);
    if (!strcmp(fd->name, "_")) return;
    for (int j = 0; j < named->methods.len; j++)
        if (!strcmp(((Method *)named->methods.data[j])->name, fd->name)) return; /* reported on the generic */
    Method *mm = xcalloc(1, sizeof *mm);
    mm->name = fd->name;
    mm->sig = m->type;
    mm->obj = m;
    mm->ptr_recv = gm->ptr;
    vec_push(&named->methods, mm);
    vec_push(&gi->pkg->funcs, m);
    queue_body(gi, m, fd, fs);
}

/* The instance of generic type gi for targs (already counted and verified by the caller). */
static Obj *instantiate_type(Checker *c, GenericInfo *gi, Type **targs, Pos pos) {
    (void)c;
    (void)pos;
    Obj *o = find_instance(gi, targs);
    if (o) return o;
    Node *spec = gi->decl;
    if (spec->is_alias) {
        o = obj_new(OBJ_TYPE, gi->obj->name, gi->obj->pos, NULL, gi->pkg);
        o->decl = spec;
        o->type = t_invalid;  /* while the right-hand side is checked: A[T] = []A[T] is invalid */
        add_instance(gi, targs, o);
        Checker sub = sub_checker(gi, bind_scope(gi, tparam_names(gi), targs));
        Type *t = check_type(&sub, clone_tree(spec)->x);
        o->type = t->kind == T_NAMED && !t->underlying ? t_invalid : t;
        return o;
    }
    o = obj_new(OBJ_TYPE, instance_name(gi->obj->name, targs, gi->n), gi->obj->pos, NULL, gi->pkg);
    o->decl = spec;
    Type *named = type_named(o);
    named->origin = gi->obj;
    named->ntargs = gi->n;
    named->targs = xcalloc((size_t)gi->n + 1, sizeof *named->targs);
    memcpy(named->targs, targs, sizeof *targs * (size_t)gi->n);
    o->type = named;
    add_instance(gi, targs, o);
    Node *clone = clone_tree(spec);
    Scope *s = bind_scope(gi, tparam_names(gi), targs);
    /* the clone's own tparam names are fresh nodes: bind_scope used the original's, which
     * is fine since only their names matter */
    Checker sub = sub_checker(gi, s);
    Type *u = check_type(&sub, clone->x);
    if (u->kind == T_NAMED && !u->underlying) u = t_invalid;
    type_set_underlying(named, u);
    if (!any_tparam(targs, gi->n))
        for (int i = 0; i < gi->methods.len; i++) instantiate_method(gi, gi->methods.data[i], named);
    return o;
}

static Obj *instantiate_func(GenericInfo *gi, Type **targs) {
    Obj *o = find_instance(gi, targs);
    if (o) return o;
    Node *fd = clone_tree(gi->decl);
    fd->x->tparams = (Vec){0};
    Scope *s = bind_scope(gi, tparam_names(gi), targs);
    Scope *fs = scope_new(s);
    fs->is_func = true;
    fd->scope = fs;
    o = obj_new(OBJ_FUNC, gi->obj->name, gi->obj->pos, NULL, gi->pkg);
    o->decl = fd;
    fd->obj = o;
    if (fd->name_node) fd->name_node->obj = o;
    o->link_name = xsprintf("%s.%s", gi->pkg->path, instance_name(gi->obj->name, targs, gi->n));
    add_instance(gi, targs, o);
    Checker sub = sub_checker(gi, s);
    o->type = check_signature(&sub, fd->x, NULL, fs, true);
    vec_push(&gi->pkg->funcs, o);
    queue_body(gi, o, fd, fs);
    return o;
}

void generic_register_method(Checker *c, Node *fd, Obj *o, bool ptr, Node *te) {
    Node *base = unparen(te->x);
    Obj *to = base && base->kind == N_IDENT ? lookup_ident(c, base) : NULL;
    if (!to) return;
    resolve_obj(c, to);
    GenericInfo *gi = to->generic;
    if (to->kind != OBJ_TYPE || !gi) {
        if (to->kind == OBJ_TYPE)
            diag_error(spos(base), "%s is not a generic type", base->name);
        else
            diag_error(spos(base), "%s is not a type", base->name);
        return;
    }
    if (to->pkg != c->pkg) {
        diag_error(spos(base), "cannot define new methods on non-local type %s", base->name);
        return;
    }
    if (te->list.len != gi->n) {
        diag_error(spos(te), "receiver declares %d type parameter%s, but receiver base type declares %d",
                   te->list.len, te->list.len == 1 ? "" : "s", gi->n);
        return;
    }
    for (int i = 0; i < gi->methods.len; i++) {
        GMethod *g = gi->methods.data[i];
        if (!strcmp(g->fd->name, fd->name) && strcmp(fd->name, "_")) {
            diag_error(o->pos, "method %s.%s already declared at %s", to->name, fd->name, pos_str(g->obj->pos));
            return;
        }
    }
    o->generic = gi;
    mark_imports(fd, gi->file_scope, 0);
    GMethod *gm = xcalloc(1, sizeof *gm);
    gm->fd = fd;
    gm->obj = o;
    gm->ptr = ptr;
    vec_push(&gi->methods, gm);
    for (int i = 0; i < gi->instances.len; i++) {
        Instance *in = gi->instances.data[i];
        if (!any_tparam(in->targs, gi->n)) instantiate_method(gi, gm, in->obj->type);
    }
}

void generic_finish_package(Checker *c) {
    (void)c;
    for (int i = 0; i < pending_bodies.len; i++) {
        PendingBody *p = pending_bodies.data[i];
        Checker sub = sub_checker(p->gi, p->fs);
        sub.ftype = p->fd->x;
        check_func_body(&sub, p->obj, p->obj->type, p->fd->body, p->fs);
    }
    pending_bodies.len = 0;
}

/* ---- finding the generic object an expression names ---- */

/* The generic function or type that e (an identifier or pkg.Name) denotes, or NULL; sets
 * the annotations of e (and of the package identifier) when it is one. */
static Obj *generic_named_by(Checker *c, Node *e) {
    e = unparen(e);
    if (!e) return NULL;
    Obj *o = NULL;
    if (e->kind == N_IDENT) {
        for (Scope *s = c->scope ? c->scope : c->file_scope; s && !o; s = s->parent) o = scope_lookup_local(s, e->name);
        if (!o || (o->kind != OBJ_FUNC && o->kind != OBJ_TYPE)) return NULL;
        resolve_obj(c, o);
        if (!o->generic || (o->kind == OBJ_FUNC && o->decl && o->decl->recv)) return NULL;
        e->obj = o;
        o->used = true;
        record_dep(c, o);
        return o;
    }
    if (e->kind == N_SELECTOR && e->x && e->x->kind == N_IDENT) {
        Obj *po = NULL;
        for (Scope *s = c->scope ? c->scope : c->file_scope; s && !po; s = s->parent) po = scope_lookup_local(s, e->x->name);
        if (!po || po->kind != OBJ_PKG || !po->imported || !po->imported->scope) return NULL;
        o = scope_lookup_local(po->imported->scope, e->name);
        if (!o || !o->generic || !(e->name[0] >= 'A' && e->name[0] <= 'Z')) return NULL;
        po->used = true;
        e->x->obj = po;
        e->x->mode = MODE_PKG;
        e->obj = o;
        return o;
    }
    return NULL;
}

static char *tparam_list_string(Checker *c, GenericInfo *gi) {
    StrBuf b = {0};
    sb_putc(&b, '[');
    for (int i = 0; i < gi->n; i++) {
        if (i) sb_puts(&b, i > 0 && !strcmp(gi->cstr[i], gi->cstr[i - 1]) ? ", " : ", ");
        sb_puts(&b, gi->tparams[i]->obj->name);
        if (i + 1 < gi->n && !strcmp(gi->cstr[i], gi->cstr[i + 1])) continue;
        sb_printf(&b, " %s", gi->cstr[i]);
    }
    sb_putc(&b, ']');
    (void)c;
    return b.data;
}

bool generic_report_uninstantiated(Checker *c, Node *e) {
    Node *x = unparen(e);
    if (!x || !x->obj || !x->obj->generic || (x->kind != N_IDENT && x->kind != N_SELECTOR)) return false;
    Obj *o = x->obj;
    if (o->kind == OBJ_FUNC && o->decl && o->decl->recv) return false;
    GenericInfo *gi = o->generic;
    if (o->kind == OBJ_TYPE)
        diag_error(spos(e), "cannot use generic type %s%s without instantiation", expr_string(x), tparam_list_string(c, gi));
    else
        diag_error(spos(e), "cannot use generic function %s without instantiation", expr_string(x));
    e->mode = MODE_INVALID;
    e->type = t_invalid;
    return true;
}

/* Checks the explicit type arguments of e (N_INDEX) for gi; *n receives their count.
 * Returns NULL after an error. */
static Type **explicit_targs(Checker *c, Node *e, GenericInfo *gi, int *n, Pos **poss) {
    int k = e->list.len;
    Type **targs = xcalloc((size_t)gi->n + k + 1, sizeof *targs);
    Pos *ps = xcalloc((size_t)gi->n + k + 1, sizeof *ps);
    bool ok = true;
    for (int i = 0; i < k; i++) {
        Node *a = e->list.data[i];
        targs[i] = check_type(c, a);
        ps[i] = spos(a);
        if (targs[i] == t_invalid) ok = false;
    }
    *n = k;
    *poss = ps;
    return ok ? targs : NULL;
}

/* ---- generic types: T[A, B] ---- */

static Type *type_instance(Checker *c, Node *e, Obj *o) {
    GenericInfo *gi = o->generic;
    int k;
    Pos *poss;
    Type **targs = explicit_targs(c, e, gi, &k, &poss);
    if (!targs) return t_invalid;
    if (k != gi->n) {
        diag_error(spos(e), "%s type arguments for type %s: have %d, want %d", k < gi->n ? "not enough" : "too many",
                   o->name, k, gi->n);
        return t_invalid;
    }
    if (!any_tparam(targs, k) && !verify(c, gi, targs, poss, e->pos)) return t_invalid;
    Obj *inst = instantiate_type(c, gi, targs, e->pos);
    return inst ? inst->type : t_invalid;
}

Type *generic_type_index(Checker *c, Node *e) {
    Obj *o = generic_named_by(c, e->x);
    if (!o) {
        check_expr_or_type(c, e->x);
        if (e->x->mode == MODE_TYPE && e->x->type != t_invalid)
            diag_error(spos(e->x), "%s is not a generic type", expr_string(e->x));
        else if (e->x->mode != MODE_INVALID)
            diag_error(spos(e), "%s is not a type", expr_string(e));
        return t_invalid;
    }
    if (o->kind != OBJ_TYPE) {
        diag_error(spos(e), "%s is not a type", expr_string(e));
        return t_invalid;
    }
    e->x->mode = MODE_TYPE;
    e->x->type = o->type;
    return type_instance(c, e, o);
}

/* ---- inference ---- */

typedef struct Infer {
    GenericInfo *gi;
    Type **bound;
} Infer;

static bool unify(Infer *in, Type *p, Type *a, int depth) {
    if (!p || !a || depth > 50) return false;
    if (p->kind == T_TYPEPARAM && p->origin == in->gi->obj) {
        Type **b = &in->bound[p->tparam_index];
        if (!*b) {
            *b = a;
            return true;
        }
        if (type_identical(*b, a)) return true;
        /* inexact unification: a defined type and a type literal with the same structure
         * unify, and the defined type is kept */
        if ((*b)->kind != T_NAMED && a->kind == T_NAMED && type_identical(*b, under(a))) {
            *b = a;
            return true;
        }
        if ((*b)->kind == T_NAMED && a->kind != T_NAMED && type_identical(under(*b), a)) return true;
        return false;
    }
    if (!contains_tparam(p, 0)) return true; /* assignability is checked afterwards */
    if (p->kind == T_NAMED && a->kind != T_NAMED) {
        /* inexact unification: a type literal unifies with a defined type's underlying type
         * (a func literal passed as an iter.Seq[V]) */
        Type *pu = under(p);
        return pu && pu != p && pu->kind != T_NAMED && unify(in, pu, a, depth + 1);
    }
    if (p->kind == T_NAMED) {
        if (a->kind != T_NAMED || a->origin != p->origin || a->ntargs != p->ntargs) return false;
        for (int i = 0; i < p->ntargs; i++)
            if (!unify(in, p->targs[i], a->targs[i], depth + 1)) return false;
        return true;
    }
    if (a->kind == T_NAMED) a = under(a);
    if (!a || p->kind != a->kind) return false;
    switch (p->kind) {
    case T_POINTER: case T_SLICE: case T_CHAN: return unify(in, p->elem, a->elem, depth + 1);
    case T_ARRAY: return p->len == a->len && unify(in, p->elem, a->elem, depth + 1);
    case T_MAP: return unify(in, p->key, a->key, depth + 1) && unify(in, p->elem, a->elem, depth + 1);
    case T_FUNC:
        if (p->nfields != a->nfields || p->nresults != a->nresults || p->variadic != a->variadic) return false;
        for (int i = 0; i < p->nresults; i++)
            if (!unify(in, p->results[i].type, a->results[i].type, depth + 1)) return false;
        /* fallthrough */
    case T_STRUCT: case T_TUPLE:
        if (p->nfields != a->nfields) return false;
        for (int i = 0; i < p->nfields; i++)
            if (!unify(in, p->fields[i].type, a->fields[i].type, depth + 1)) return false;
        return true;
    default: return true;
    }
}

static int untyped_rank(Type *t) {
    switch (t->kind) {
    case T_UNTYPED_INT: return 1;
    case T_UNTYPED_RUNE: return 2;
    case T_UNTYPED_FLOAT: return 3;
    case T_UNTYPED_COMPLEX: return 4;
    default: return 0;
    }
}

/* Uses each constraint's core type to infer or check its parameter; false after an error. */
static bool core_pass(Checker *c, Infer *in, const char *fname, Pos pos, bool *changed, bool methods) {
    GenericInfo *gi = in->gi;
    for (int i = 0; i < gi->n; i++) {
        Type *tp = gi->tparams[i];
        bool tilde = false;
        Type *core = core_term(tp->constraint, &tilde);
        Type *tx = in->bound[i];
        if (core) {
            if (tx) {
                Type *before[64];
                int nb = gi->n < 64 ? gi->n : 64;
                memcpy(before, in->bound, sizeof(Type *) * (size_t)nb);
                bool ok = unify(in, core, tilde ? under(tx) : tx, 0);
                if (ok && !tilde && !contains_tparam(core, 0)) ok = type_identical(core, tx);
                if (!ok) {
                    diag_error(pos, "in call to %s, %s (type %s) does not satisfy %s", fname, tp->obj->name, tstr(c, tx),
                               gi->cstr[i]);
                    return false;
                }
                for (int j = 0; j < nb; j++)
                    if (before[j] != in->bound[j]) *changed = true;
            } else if (contains_tparam(core, 0) || !tilde) {
                Type *s = subst(c, core, gi, in->bound, 0);
                if (!contains_tparam(s, 0)) {
                    in->bound[i] = s;
                    *changed = true;
                }
            }
        } else if (tx && methods) {
            Type *ct = subst(c, tp->constraint, gi, in->bound, 0);
            char *mc = method_cause(c, tx, ct);
            if (mc && *mc) {
                diag_error(pos, "in call to %s, %s (type %s) does not satisfy %s %s", fname, tp->obj->name, tstr(c, tx),
                           gi->cstr[i], mc);
                return false;
            }
        }
    }
    return true;
}

/* Infers all type arguments of gi for a call; bound[] may hold explicit ones. Returns false
 * after an error. */
static bool infer(Checker *c, GenericInfo *gi, Type **bound, Node *call, Type **argt, Node **argn, int nargs,
                  const char *fname) {
    Infer in = {gi, bound};
    Type *sig = gi->obj->type;
    int np = sig->nfields;
    for (int i = 0; i < nargs; i++) {
        Type *pt;
        if (sig->variadic && i >= np - 1) pt = call->has_dots ? sig->fields[np - 1].type : sig->fields[np - 1].type->elem;
        else if (i < np) pt = sig->fields[i].type;
        else break;
        Type *at = argt[i];
        if (!at || type_is_untyped(at)) continue;
        Type *before = pt->kind == T_TYPEPARAM && pt->origin == gi->obj ? bound[pt->tparam_index] : NULL;
        if (!unify(&in, pt, at, 0)) {
            Type *want = subst(c, pt, gi, bound, 0);
            if (pt->kind == T_TYPEPARAM && before)
                diag_error(spos(argn[i]), "in call to %s, type %s of %s does not match inferred type %s for %s", fname,
                           tstr(c, at), expr_string(argn[i]), tstr(c, before), tstr(c, pt));
            else if (contains_tparam(want, 0))
                diag_error(spos(argn[i]), "in call to %s, type %s of %s does not match %s", fname, tstr(c, at),
                           expr_string(argn[i]), tstr(c, want));
            else
                diag_error(spos(argn[i]), "in call to %s, type %s of %s does not match inferred type %s for %s", fname,
                           tstr(c, at), expr_string(argn[i]), tstr(c, want), tstr(c, pt));
            return false;
        }
    }
    bool changed = true;
    for (int round = 0; changed && round < 8; round++) {
        changed = false;
        if (!core_pass(c, &in, fname, call->pos, &changed, true)) return false;
    }
    /* untyped constants: the default type of the largest kind among each parameter's args */
    for (int k = 0; k < gi->n; k++) {
        if (bound[k]) continue;
        Type *best = NULL;
        Node *best_node = NULL;
        for (int i = 0; i < nargs; i++) {
            Type *pt;
            if (sig->variadic && i >= np - 1) pt = call->has_dots ? NULL : sig->fields[np - 1].type->elem;
            else if (i < np) pt = sig->fields[i].type;
            else break;
            if (!pt || pt != gi->tparams[k] || !argt[i] || !type_is_untyped(argt[i])) continue;
            Type *at = argt[i];
            if (at->kind == T_UNTYPED_NIL) continue;
            if (!best) {
                best = at;
                best_node = argn[i];
                continue;
            }
            int rb = untyped_rank(best), ra = untyped_rank(at);
            if ((rb && ra) || best->kind == at->kind) {
                if (ra > rb) best = at, best_node = argn[i];
                continue;
            }
            diag_error(spos(argn[i]), "in call to %s, mismatched types %s and %s (cannot infer %s)", fname,
                       type_string(best), type_string(at), gi->tparams[k]->obj->name);
            (void)best_node;
            return false;
        }
        if (best) bound[k] = type_default(best);
    }
    changed = true;
    for (int round = 0; changed && round < 8; round++) {
        changed = false;
        if (!core_pass(c, &in, fname, call->pos, &changed, false)) return false;
    }
    for (int k = 0; k < gi->n; k++) {
        if (!bound[k]) {
            Obj *tpo = gi->tparams[k]->obj;
            diag_error(call->pos, "in call to %s, cannot infer %s (declared at %s)", fname, tpo->name, pos_str(tpo->pos));
            return false;
        }
    }
    return true;
}

/* ---- calls of generic functions ---- */

static char *list_string(Checker *c, Type **types, int n, bool have) {
    StrBuf b = {0};
    sb_putc(&b, '(');
    for (int i = 0; i < n; i++) {
        if (i) sb_puts(&b, ", ");
        Type *t = types[i];
        if (have && t && type_is_untyped(t) && type_is_numeric(t)) sb_puts(&b, "number");
        else sb_puts(&b, tstr(c, t));
    }
    sb_putc(&b, ')');
    return b.data;
}

/* Argument passing once the instance's signature is known (arguments already checked). */
static void finish_args(Checker *c, Node *e, Type *sig, const char *fname, Type **types, int ntypes, bool spread) {
    int np = sig->nfields, nargs = e->list.len;
    Node **args = (Node **)e->list.data;
    if (e->has_dots && !sig->variadic) {
        diag_error(args[nargs - 1]->pos, "have (...) used with non-variadic function %s", fname);
        return;
    }
    bool count_ok = sig->variadic ? (e->has_dots ? ntypes == np : ntypes >= np - 1) : ntypes == np;
    if (!count_ok) {
        bool too_many = sig->variadic ? (e->has_dots && ntypes > np) : ntypes > np;
        Pos p = too_many && !spread ? args[np < nargs ? np : nargs - 1]->pos : nargs > 0 ? spos(args[nargs - 1]) : e->pos;
        Type **want = xcalloc((size_t)np + 1, sizeof *want);
        for (int i = 0; i < np; i++) want[i] = sig->fields[i].type;
        diag_error(p, "%s arguments in call to %s\n\thave %s\n\twant %s", too_many ? "too many" : "not enough", fname,
                   list_string(c, types, ntypes, true), list_string(c, want, np, false));
        return;
    }
    char *ctx = xsprintf("argument to %s", fname);
    for (int i = 0; i < ntypes; i++) {
        Type *pt = i < np ? sig->fields[i].type : NULL;
        if (sig->variadic && i >= np - 1 && !e->has_dots) pt = sig->fields[np - 1].type->elem;
        if (spread) {
            Node tmp = *args[0];
            tmp.type = types[i];
            tmp.mode = MODE_VALUE;
            char *why = NULL;
            if (!assignable(c, &tmp, pt, &why))
                diag_error(spos(args[0]), "cannot use %s (value of type %s) as %s value in %s%s%s", expr_string(args[0]),
                           tstr(c, types[i]), tstr(c, pt), ctx, why ? ": " : "", why ? why : "");
        } else {
            assign_to(c, args[i], pt, ctx);
        }
    }
}

/* The standard library's iterator functions (range-over-func) that golc's stdlib leaves out:
 * calling one is reported as unsupported rather than as an undefined name. */
static bool iterator_func(Checker *c, Node *head) {
    static const char *const names[][2] = {
        {"maps", "Keys"}, {"maps", "Values"}, {"maps", "All"}, {"maps", "Insert"}, {"maps", "Collect"},
        {"slices", "All"}, {"slices", "Values"}, {"slices", "Backward"}, {"slices", "Collect"},
        {"slices", "AppendSeq"}, {"slices", "Sorted"}, {"slices", "SortedFunc"}, {"slices", "SortedStableFunc"},
        {"slices", "Chunk"},
    };
    if (head->kind != N_SELECTOR || !head->x || head->x->kind != N_IDENT) return false;
    Obj *po = NULL;
    for (Scope *s = c->scope ? c->scope : c->file_scope; s && !po; s = s->parent) po = scope_lookup_local(s, head->x->name);
    if (!po || po->kind != OBJ_PKG || !po->imported || !po->imported->scope) return false;
    if (scope_lookup_local(po->imported->scope, head->name)) return false;
    for (size_t i = 0; i < sizeof names / sizeof names[0]; i++) {
        if (!strcmp(po->imported->path, names[i][0]) && !strcmp(head->name, names[i][1])) {
            po->used = true;
            diag_unsupported(spos(head), xsprintf("%s.%s (iterator functions)", names[i][0], names[i][1]));
            return true;
        }
    }
    return false;
}

bool generic_check_call(Checker *c, Node *e, Type *hint) {
    (void)hint;
    Node *f = unparen(e->x);
    Node *head = f && f->kind == N_INDEX ? f->x : f;
    if (!head || (head->kind != N_IDENT && head->kind != N_SELECTOR)) return false;
    if (iterator_func(c, head)) {
        for (int i = 0; i < e->list.len; i++) check_multi_expr(c, e->list.data[i]);
        e->mode = MODE_INVALID;
        e->type = t_invalid;
        return true;
    }
    Obj *o = generic_named_by(c, head);
    if (!o || o->kind != OBJ_FUNC) return false;
    GenericInfo *gi = o->generic;
    char *fname = expr_string(head);
    Type **bound = xcalloc((size_t)gi->n + 1, sizeof *bound);
    Pos *poss = NULL;
    int nexplicit = 0;
    bool bad = false;
    if (f->kind == N_INDEX) {
        Type **ex = explicit_targs(c, f, gi, &nexplicit, &poss);
        if (!ex) bad = true;
        else if (nexplicit > gi->n) {
            diag_error(poss[gi->n], "got %d type arguments but want %d", nexplicit, gi->n);
            bad = true;
        } else {
            for (int i = 0; i < nexplicit; i++) bound[i] = ex[i];
        }
    }
    /* arguments first: their types drive inference */
    int nargs = e->list.len;
    Type **types = NULL;
    int ntypes = nargs;
    bool spread = false;
    Node **argn = (Node **)e->list.data;
    if (nargs == 1) {
        Node *a = argn[0];
        check_multi_expr(c, a);
        if (a->mode != MODE_INVALID && a->type && a->type->kind == T_TUPLE && a->mode != MODE_NOVALUE) {
            spread = true;
            ntypes = a->type->nfields;
            types = xcalloc((size_t)ntypes + 1, sizeof *types);
            argn = xcalloc((size_t)ntypes + 1, sizeof *argn);
            for (int i = 0; i < ntypes; i++) {
                types[i] = a->type->fields[i].type;
                argn[i] = a;
            }
        } else {
            expr_single_value(c, a);
        }
    } else {
        for (int i = 0; i < nargs; i++) check_expr(c, argn[i], NULL);
    }
    if (!spread) {
        types = xcalloc((size_t)nargs + 1, sizeof *types);
        for (int i = 0; i < nargs; i++) {
            Node *a = argn[i];
            if (a->mode == MODE_NOVALUE) {
                diag_error(spos(a), "%s (no value) used as value", expr_string(a));
                a->mode = MODE_INVALID;
            }
            if (a->mode == MODE_INVALID) bad = true;
            types[i] = a->type;
        }
    }
    if (bad) {
        e->mode = MODE_INVALID;
        e->type = t_invalid;
        return true;
    }
    if (nexplicit < gi->n && !infer(c, gi, bound, e, types, argn, ntypes, fname)) {
        e->mode = MODE_INVALID;
        e->type = t_invalid;
        return true;
    }
    if (!verify(c, gi, bound, nexplicit == gi->n ? poss : NULL, e->pos)) {
        e->mode = MODE_INVALID;
        e->type = t_invalid;
        return true;
    }
    Obj *inst = instantiate_func(gi, bound);
    head->obj = o;
    f->obj = inst;
    f->type = inst->type;
    f->mode = MODE_VALUE;
    if (e->x != f) {
        e->x->obj = inst;
        e->x->type = inst->type;
        e->x->mode = MODE_VALUE;
    }
    e->call_kind = CALL_FUNC;
    Type *sig = inst->type;
    finish_args(c, e, sig, fname, types, ntypes, spread);
    if (sig->nresults == 0) {
        e->mode = MODE_NOVALUE;
        e->type = NULL;
    } else {
        e->mode = MODE_VALUE;
        e->type = sig->nresults == 1 ? sig->results[0].type : type_tuple(sig->results, sig->nresults);
    }
    return true;
}

/* x[...] in an expression: an explicit instantiation of a generic function or type. */
bool generic_check_index(Checker *c, Node *e) {
    Node *head = unparen(e->x);
    if (!head || (head->kind != N_IDENT && head->kind != N_SELECTOR)) return false;
    Obj *o = generic_named_by(c, head);
    if (!o) return false;
    GenericInfo *gi = o->generic;
    head->mode = o->kind == OBJ_TYPE ? MODE_TYPE : MODE_VALUE;
    head->type = o->type;
    if (o->kind == OBJ_TYPE) {
        Type *t = type_instance(c, e, o);
        e->type = t;
        e->mode = t == t_invalid ? MODE_INVALID : MODE_TYPE;
        return true;
    }
    int k;
    Pos *poss;
    Type **ex = explicit_targs(c, e, gi, &k, &poss);
    e->mode = MODE_INVALID;
    e->type = t_invalid;
    if (!ex) return true;
    if (k > gi->n) {
        diag_error(poss[gi->n], "got %d type arguments but want %d", k, gi->n);
        return true;
    }
    if (k < gi->n) {
        /* no arguments to infer from: only core types can help */
        Type **bound = xcalloc((size_t)gi->n + 1, sizeof *bound);
        for (int i = 0; i < k; i++) bound[i] = ex[i];
        Infer in = {gi, bound};
        bool changed = true;
        for (int round = 0; changed && round < 8; round++) {
            changed = false;
            if (!core_pass(c, &in, expr_string(head), e->pos, &changed, true)) return true;
        }
        for (int i = 0; i < gi->n; i++)
            if (!bound[i]) {
                Obj *tpo = gi->tparams[i]->obj;
                diag_error(e->pos, "cannot infer %s (declared at %s)", tpo->name, pos_str(tpo->pos));
                return true;
            }
        ex = bound;
        poss = NULL;
    }
    if (!verify(c, gi, ex, poss, e->pos)) return true;
    Obj *inst = instantiate_func(gi, ex);
    e->obj = inst;
    e->type = inst->type;
    e->mode = MODE_VALUE;
    return true;
}
