/* check.c — checking one package: collect the package-level declarations of all its
 * files into the package scope, resolve them (lazily, so order does not matter),
 * attach methods, check function bodies, report unused imports, compute the variable
 * initialisation order and fill the Package's function lists. */
#include <string.h>

#include "check.h"

/* ---- Obj → DeclInfo map (pointer-keyed open addressing) ---- */
static Obj **dmap_keys;
static DeclInfo **dmap_vals;
static size_t dmap_cap, dmap_len;

static size_t ptr_hash(const void *p) { return ((uintptr_t)p >> 4) * 2654435761u; }

static void dmap_put(Obj *o, DeclInfo *d) {
    if ((dmap_len + 1) * 2 > dmap_cap) {
        size_t ncap = dmap_cap ? dmap_cap * 2 : 1024;
        Obj **nk = xcalloc(ncap, sizeof *nk);
        DeclInfo **nv = xcalloc(ncap, sizeof *nv);
        for (size_t i = 0; i < dmap_cap; i++) {
            if (!dmap_keys[i]) continue;
            size_t h = ptr_hash(dmap_keys[i]) & (ncap - 1);
            while (nk[h]) h = (h + 1) & (ncap - 1);
            nk[h] = dmap_keys[i];
            nv[h] = dmap_vals[i];
        }
        dmap_keys = nk, dmap_vals = nv, dmap_cap = ncap;
    }
    size_t h = ptr_hash(o) & (dmap_cap - 1);
    while (dmap_keys[h] && dmap_keys[h] != o) h = (h + 1) & (dmap_cap - 1);
    if (!dmap_keys[h]) dmap_len++;
    dmap_keys[h] = o;
    dmap_vals[h] = d;
}

DeclInfo *decl_info(Obj *o) {
    if (!dmap_cap || !o) return NULL;
    size_t h = ptr_hash(o) & (dmap_cap - 1);
    while (dmap_keys[h]) {
        if (dmap_keys[h] == o) return dmap_vals[h];
        h = (h + 1) & (dmap_cap - 1);
    }
    return NULL;
}

/* ---- small shared helpers ---- */

static int next_obj_id = 1;

Obj *obj_new(ObjKind kind, const char *name, Pos pos, Type *type, Package *pkg) {
    Obj *o = xcalloc(1, sizeof *o);
    o->kind = kind;
    o->name = name;
    o->pos = pos;
    o->type = type;
    o->pkg = pkg;
    o->id = next_obj_id++;
    return o;
}

char *tstr(Checker *c, Type *t) { return type_string_qualified(t, c->pkg ? c->pkg->path : NULL); }

static char *pos_string(Pos p) { return xsprintf("%s:%d:%d", src_file_name(p.file), p.line, p.col); }

/* Declares o in s unless the name is blank; reports redeclarations as gc does. */
void declare(Checker *c, Scope *s, Obj *o, Node *ident) {
    if (ident) ident->obj = o;
    if (!strcmp(o->name, "_")) return;
    Obj *prev = scope_lookup_local(s, o->name);
    if (prev) {
        if (prev->pos.file)
            diag_error(o->pos, "%s redeclared in this block\n\t%s: other declaration of %s", o->name,
                       pos_string(prev->pos), o->name);
        else
            diag_error(o->pos, "%s redeclared in this block", o->name);
        return;
    }
    scope_insert(s, o);
}

void record_dep(Checker *c, Obj *o) {
    if (!c->decl || !o || o->pkg != c->pkg) return;
    if ((o->kind == OBJ_VAR && o->is_global) || o->kind == OBJ_FUNC) {
        for (int i = 0; i < c->decl->deps.len; i++)
            if (c->decl->deps.data[i] == o) return;
        vec_push(&c->decl->deps, o);
    }
}

static DeclInfo *new_decl(Checker *c, Obj *o, Node *spec, Scope *fs) {
    DeclInfo *d = xcalloc(1, sizeof *d);
    d->obj = o;
    d->spec = spec;
    d->file_scope = fs;
    dmap_put(o, d);
    vec_push(&c->all_decls, d);
    return d;
}

/* ---- collection ---- */

static Package *find_import(Package *pkg, const char *path) {
    if (!strcmp(path, "unsafe")) return unsafe_package();
    for (int i = 0; i < pkg->imports.len; i++) {
        Package *p = pkg->imports.data[i];
        if (!strcmp(p->path, path)) return p;
    }
    return NULL;
}

static void collect_imports(Checker *c, Node *file, Scope *fs, Vec *import_objs) {
    for (int i = 0; i < file->list.len; i++) {
        Node *spec = file->list.data[i];
        Package *imp = find_import(c->pkg, spec->lit);
        if (!imp) {
            /* the loader reported why; a placeholder keeps uses of the name quiet */
            imp = xcalloc(1, sizeof *imp);
            imp->path = spec->lit;
            const char *slash = strrchr(spec->lit, '/');
            imp->name = slash ? slash + 1 : spec->lit;
            if (!spec->name) {
                Obj *o = obj_new(OBJ_PKG, imp->name, spec->pos, NULL, c->pkg);
                o->imported = imp;
                o->decl = spec;
                o->used = true;
                declare(c, fs, o, NULL);
                continue;
            }
        }
        const char *name = spec->name ? spec->name : imp->name;
        if (!strcmp(name, "_")) continue;
        if (!strcmp(name, ".")) {
            diag_unsupported(spec->pos, "dot import");
            continue;
        }
        Obj *o = obj_new(OBJ_PKG, name, spec->pos, NULL, c->pkg);
        o->imported = imp;
        o->decl = spec;
        declare(c, fs, o, NULL);
        vec_push(import_objs, o);
    }
}

static void collect_value_specs(Checker *c, Node *gd, Scope *fs) {
    Node *last_type = NULL;
    Vec *last_values = NULL;
    for (int s = 0; s < gd->list.len; s++) {
        Node *spec = gd->list.data[s];
        bool is_const = gd->op == TK_CONST;
        if (is_const && spec->list.len == 0 && !spec->x && last_values) {
            /* implicit repetition of the previous expression list */
        } else if (is_const) {
            last_type = spec->x;
            last_values = &spec->list;
        }
        Vec *values = is_const ? last_values : &spec->list;
        Node *texpr = is_const ? last_type : spec->x;
        int nv = values ? values->len : 0;
        for (int i = 0; i < spec->names.len; i++) {
            Node *id = spec->names.data[i];
            Obj *o = obj_new(is_const ? OBJ_CONST : OBJ_VAR, id->name, id->pos, NULL, c->pkg);
            o->decl = spec;
            o->is_global = !is_const;
            declare(c, c->pkg->scope, o, id);
            DeclInfo *d = new_decl(c, o, spec, fs);
            d->index = i;
            d->type_expr = texpr;
            if (nv == spec->names.len) d->init = values->data[i];
            else if (nv == 1 && !is_const) d->init = values->data[0];
            else if (nv > i) d->init = values->data[i];
        }
        if (is_const && spec->names.len > 0) {
            Node *first = spec->names.data[0];
            if (nv < spec->names.len) {
                if (nv == 0 && !texpr)
                    diag_error(spos(first), "missing init expr for const declaration");
                else if (nv == 0 || nv < spec->names.len)
                    diag_error(spos((Node *)spec->names.data[nv > 0 ? nv : 0]),
                               "missing init expr for const declaration");
            } else if (nv > spec->names.len) {
                diag_error(spos((Node *)values->data[spec->names.len]),
                           "extra init expr");
            }
        }
    }
}

static Vec method_decls; /* N_FUNCDECL with receivers, per package being checked */
Vec *check_method_decls(void) { return &method_decls; }

static void collect_decls(Checker *c, Node *file, Scope *fs) {
    for (int i = 0; i < file->list2.len; i++) {
        Node *d = file->list2.data[i];
        if (d->kind == N_GENDECL) {
            if (d->op == TK_CONST || d->op == TK_VAR) {
                collect_value_specs(c, d, fs);
            } else if (d->op == TK_TYPE) {
                for (int s = 0; s < d->list.len; s++) {
                    Node *spec = d->list.data[s];
                    Obj *o = obj_new(OBJ_TYPE, spec->name, spec->name_node ? spec->name_node->pos : spec->pos,
                                     NULL, c->pkg);
                    o->decl = spec;
                    spec->obj = o;
                    declare(c, c->pkg->scope, o, spec->name_node);
                    new_decl(c, o, spec, fs);
                }
            } else if (d->op == TK_IMPORT) {
                /* imports live in file->list */
            }
        } else if (d->kind == N_FUNCDECL) {
            Pos npos = d->name_node ? d->name_node->pos : d->pos;
            Obj *o = obj_new(OBJ_FUNC, d->name, npos, NULL, c->pkg);
            o->decl = d;
            d->obj = o;
            if (d->name_node) d->name_node->obj = o;
            if (d->recv) {
                vec_push(&method_decls, d);
                DeclInfo *di = new_decl(c, o, d, fs);
                (void)di;
                continue;
            }
            if (d->tparams.len > 0) diag_unsupported(d->pos, "generic function");
            if (!strcmp(d->name, "init")) {
                if (d->x && (d->x->list.len || d->x->list2.len))
                    diag_error(npos, "func init must have no arguments and no return values");
                vec_push(&c->pkg->init_funcs, o);
            } else if (!strcmp(d->name, "main") && !strcmp(c->pkg->name, "main") && d->x &&
                       (d->x->list.len || d->x->list2.len)) {
                diag_error(npos, "func main must have no arguments and no return values");
                declare(c, c->pkg->scope, o, NULL);
            } else {
                declare(c, c->pkg->scope, o, NULL);
            }
            new_decl(c, o, d, fs);
        }
    }
}

static const char *link_name_for(Package *pkg, const char *name) {
    return xsprintf("%s.%s", pkg->path, name);
}

void check_package(Package *pkg) {
    universe_init();
    Checker cs = {0}, *c = &cs;
    c->pkg = pkg;
    c->iota = -1;
    if (!pkg->scope) pkg->scope = scope_new(universe);
    method_decls = (Vec){0};
    Vec import_objs = {0};
    Scope **file_scopes = xcalloc((size_t)pkg->files.len + 1, sizeof *file_scopes);
    for (int f = 0; f < pkg->files.len; f++) {
        Node *file = pkg->files.data[f];
        if (!pkg->name) pkg->name = file->name;
        file_scopes[f] = scope_new(pkg->scope);
        file->scope = file_scopes[f];
    }
    for (int f = 0; f < pkg->files.len; f++)
        collect_decls(c, pkg->files.data[f], file_scopes[f]);
    for (int f = 0; f < pkg->files.len; f++)
        collect_imports(c, pkg->files.data[f], file_scopes[f], &import_objs);
    /* an import name may not also be declared at package level */
    for (int i = 0; i < import_objs.len; i++) {
        Obj *imp = import_objs.data[i];
        Obj *clash = scope_lookup_local(pkg->scope, imp->name);
        if (clash)
            diag_error(clash->pos, "%s already declared through import of package %s (%s)",
                       imp->name, imp->imported->name, imp->decl->lit);
    }

    /* resolve every package-level object: types first, so that method sets are complete
     * before any value declaration needs them (implements checks) */
    for (int i = 0; i < c->all_decls.len; i++) {
        DeclInfo *d = c->all_decls.data[i];
        if (d->obj->kind == OBJ_TYPE) resolve_obj(c, d->obj);
    }
    collect_methods(c);
    for (int i = 0; i < c->all_decls.len; i++) {
        DeclInfo *d = c->all_decls.data[i];
        if (d->spec->kind == N_FUNCDECL && d->spec->recv) continue;
        resolve_obj(c, d->obj);
    }
    types_layout_all();

    /* function bodies */
    bool bodies_skipped = false;
    for (int i = 0; i < c->all_decls.len; i++) {
        DeclInfo *d = c->all_decls.data[i];
        if (d->obj->kind != OBJ_FUNC) continue;
        Node *fd = d->spec;
        Obj *o = d->obj;
        if (o->generic) continue; /* checked per instance (check_generic.c) */
        if (!o->type || o->type == t_invalid) { /* e.g. generic: reported already */
            bodies_skipped = true;
            continue;
        }
        if (!o->link_name) o->link_name = link_name_for(pkg, o->name);
        vec_push(&pkg->funcs, o);
        if (!fd->body) continue;
        c->file_scope = d->file_scope;
        c->decl = d; /* references from the body are dependencies for init order */
        c->ftype = fd->x;
        check_func_body(c, o, o->type, fd->body, fd->scope);
        c->decl = NULL;
    }

    generic_finish_package(c); /* bodies of the instances made so far */

    /* unused imports */
    for (int i = 0; i < import_objs.len; i++) {
        Obj *imp = import_objs.data[i];
        if (imp->used || bodies_skipped) continue; /* a skipped body may have used it */
        Node *spec = imp->decl;
        const char *base = strrchr(spec->lit, '/');
        base = base ? base + 1 : spec->lit;
        if (spec->name && strcmp(spec->name, imp->imported->name) != 0)
            diag_error(spos(spec), "\"%s\" imported as %s and not used", spec->lit, spec->name);
        else
            diag_error(spos(spec), "\"%s\" imported and not used", spec->lit);
        (void)base;
    }

    compute_init_order(c);
    types_layout_all();
    pkg->checked = true;
}
