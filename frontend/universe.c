/* universe.c — the predeclared identifiers: basic types, true/false/iota/nil, the
 * builtin functions, error, any, comparable; and the package unsafe. */
#include <string.h>

#include "check.h"

Type *t_bool, *t_int, *t_int8, *t_int16, *t_int32, *t_int64;
Type *t_uint, *t_uint8, *t_uint16, *t_uint32, *t_uint64, *t_uintptr;
Type *t_float32, *t_float64, *t_complex64, *t_complex128, *t_string, *t_unsafeptr;
Type *t_untyped_bool, *t_untyped_int, *t_untyped_rune, *t_untyped_float, *t_untyped_complex,
    *t_untyped_string, *t_untyped_nil;
Type *t_error, *t_any, *t_invalid, *t_byte, *t_rune;
Obj *universe_iota;
static Package *unsafe_pkg;

static Obj *def(Scope *s, ObjKind kind, const char *name, Type *t, Package *pkg) {
    Obj *o = obj_new(kind, name, (Pos){0}, t, pkg);
    scope_insert(s, o);
    return o;
}

static void def_type(const char *name, Type *t) {
    Obj *o = def(universe, OBJ_TYPE, name, t, NULL);
    (void)o;
}

static const struct { const char *name; int id; } builtins[] = {
    {"append", BI_APPEND}, {"cap", BI_CAP}, {"clear", BI_CLEAR}, {"close", BI_CLOSE},
    {"complex", BI_COMPLEX}, {"copy", BI_COPY}, {"delete", BI_DELETE}, {"imag", BI_IMAG},
    {"len", BI_LEN}, {"make", BI_MAKE}, {"max", BI_MAX}, {"min", BI_MIN}, {"new", BI_NEW},
    {"panic", BI_PANIC}, {"print", BI_PRINT}, {"println", BI_PRINTLN}, {"real", BI_REAL},
    {"recover", BI_RECOVER},
};

static const struct { const char *name; int id; } unsafe_builtins[] = {
    {"Sizeof", BI_UNSAFE_SIZEOF}, {"Alignof", BI_UNSAFE_ALIGNOF},
    {"Offsetof", BI_UNSAFE_OFFSETOF}, {"Add", BI_UNSAFE_ADD}, {"Slice", BI_UNSAFE_SLICE},
    {"String", BI_UNSAFE_STRING}, {"StringData", BI_UNSAFE_STRINGDATA},
    {"SliceData", BI_UNSAFE_SLICEDATA},
};

void universe_init(void) {
    if (universe) return;
    universe = scope_new(NULL);
    t_invalid = type_basic(T_INVALID, 0, 1);
    t_bool = type_basic(T_BOOL, 1, 1);
    t_int = type_basic(T_INT, 8, 8);
    t_int8 = type_basic(T_INT8, 1, 1);
    t_int16 = type_basic(T_INT16, 2, 2);
    t_int32 = type_basic(T_INT32, 4, 4);
    t_int64 = type_basic(T_INT64, 8, 8);
    t_uint = type_basic(T_UINT, 8, 8);
    t_uint8 = type_basic(T_UINT8, 1, 1);
    t_uint16 = type_basic(T_UINT16, 2, 2);
    t_uint32 = type_basic(T_UINT32, 4, 4);
    t_uint64 = type_basic(T_UINT64, 8, 8);
    t_uintptr = type_basic(T_UINTPTR, 8, 8);
    t_float32 = type_basic(T_FLOAT32, 4, 4);
    t_float64 = type_basic(T_FLOAT64, 8, 8);
    t_complex64 = type_basic(T_COMPLEX64, 8, 4);
    t_complex128 = type_basic(T_COMPLEX128, 16, 8);
    t_string = type_basic(T_STRING, 16, 8);
    t_unsafeptr = type_basic(T_UNSAFEPTR, 8, 8);
    t_byte = type_basic(T_UINT8, 1, 1);
    t_rune = type_basic(T_INT32, 4, 4);
    t_untyped_bool = type_basic(T_UNTYPED_BOOL, 1, 1);
    t_untyped_int = type_basic(T_UNTYPED_INT, 8, 8);
    t_untyped_rune = type_basic(T_UNTYPED_RUNE, 4, 4);
    t_untyped_float = type_basic(T_UNTYPED_FLOAT, 8, 8);
    t_untyped_complex = type_basic(T_UNTYPED_COMPLEX, 16, 8);
    t_untyped_string = type_basic(T_UNTYPED_STRING, 16, 8);
    t_untyped_nil = type_basic(T_UNTYPED_NIL, 8, 8);

    def_type("bool", t_bool);
    def_type("int", t_int);
    def_type("int8", t_int8);
    def_type("int16", t_int16);
    def_type("int32", t_int32);
    def_type("int64", t_int64);
    def_type("uint", t_uint);
    def_type("uint8", t_uint8);
    def_type("uint16", t_uint16);
    def_type("uint32", t_uint32);
    def_type("uint64", t_uint64);
    def_type("uintptr", t_uintptr);
    def_type("float32", t_float32);
    def_type("float64", t_float64);
    def_type("complex64", t_complex64);
    def_type("complex128", t_complex128);
    def_type("string", t_string);
    def_type("byte", t_byte);
    def_type("rune", t_rune);

    t_any = type_interface(NULL, 0);
    def_type("any", t_any);

    /* type error interface { Error() string } */
    Obj *err = obj_new(OBJ_TYPE, "error", (Pos){0}, NULL, NULL);
    t_error = type_named(err);
    err->type = t_error;
    Field res = {.name = "", .type = t_string};
    Method m = {.name = "Error", .sig = type_func(NULL, 0, &res, 1, false)};
    type_set_underlying(t_error, type_interface(&m, 1));
    scope_insert(universe, err);

    /* comparable: an interface only usable as a constraint; generics are unsupported, so
     * it exists to be named in messages */
    Obj *cmp = obj_new(OBJ_TYPE, "comparable", (Pos){0}, NULL, NULL);
    Type *tc = type_named(cmp);
    cmp->type = tc;
    type_set_underlying(tc, type_new(T_INTERFACE));
    tc->underlying->size = 16;
    tc->underlying->align = 8;
    scope_insert(universe, cmp);

    Obj *t = def(universe, OBJ_CONST, "true", t_untyped_bool, NULL);
    t->cv = cv_make_bool(true);
    Obj *f = def(universe, OBJ_CONST, "false", t_untyped_bool, NULL);
    f->cv = cv_make_bool(false);
    universe_iota = def(universe, OBJ_CONST, "iota", t_untyped_int, NULL);
    universe_iota->cv = cv_make_int64(0);
    def(universe, OBJ_NIL, "nil", t_untyped_nil, NULL);
    for (size_t i = 0; i < sizeof builtins / sizeof builtins[0]; i++) {
        Obj *b = def(universe, OBJ_BUILTIN, builtins[i].name, t_invalid, NULL);
        b->builtin = builtins[i].id;
    }

    unsafe_pkg = xcalloc(1, sizeof *unsafe_pkg);
    unsafe_pkg->path = "unsafe";
    unsafe_pkg->name = "unsafe";
    unsafe_pkg->scope = scope_new(universe);
    unsafe_pkg->checked = true;
    Obj *ptr = obj_new(OBJ_TYPE, "Pointer", (Pos){0}, t_unsafeptr, unsafe_pkg);
    scope_insert(unsafe_pkg->scope, ptr);
    for (size_t i = 0; i < sizeof unsafe_builtins / sizeof unsafe_builtins[0]; i++) {
        Obj *b = def(unsafe_pkg->scope, OBJ_BUILTIN, unsafe_builtins[i].name, t_invalid, unsafe_pkg);
        b->builtin = unsafe_builtins[i].id;
    }
}

Package *unsafe_package(void) {
    universe_init();
    return unsafe_pkg;
}
