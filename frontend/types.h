/* types.h — Go types, declared objects, scopes, packages and constant values.
 *
 * Types are canonical where Go's identity rules make them so: the checker interns
 * composite types (types_slice(int) returns the same Type* every time), so pointer
 * equality is type identity for all types. Named types are unique per declaration.
 * Sizes and alignments are computed for the 64-bit targets golc supports (amd64, arm64
 * have the same layout rules), with Go's rules: bool/int8 1, int16 2, int32/float32/rune 4,
 * int/uint/uintptr/int64/float64/pointers/map/chan/func 8, string 16, slice 24,
 * interface 16, complex64 8 (align 4), complex128 16 (align 8); struct fields in order
 * with padding, size rounded to the alignment, and a final zero-size field padded by 1
 * byte as gc does. */
#ifndef GOLC_TYPES_H
#define GOLC_TYPES_H

#include "ast.h"
#include "bigint.h"

typedef enum TypeKind {
    T_INVALID,
    /* basic */
    T_BOOL, T_INT, T_INT8, T_INT16, T_INT32, T_INT64,
    T_UINT, T_UINT8, T_UINT16, T_UINT32, T_UINT64, T_UINTPTR,
    T_FLOAT32, T_FLOAT64, T_COMPLEX64, T_COMPLEX128,
    T_STRING, T_UNSAFEPTR,
    /* untyped constant kinds */
    T_UNTYPED_BOOL, T_UNTYPED_INT, T_UNTYPED_RUNE, T_UNTYPED_FLOAT, T_UNTYPED_COMPLEX,
    T_UNTYPED_STRING, T_UNTYPED_NIL,
    /* composite */
    T_ARRAY, T_SLICE, T_STRUCT, T_POINTER, T_FUNC, T_INTERFACE, T_MAP, T_CHAN,
    T_NAMED,     /* a defined type: obj, underlying, methods */
    T_TUPLE,     /* multiple results of a call: fields[i].type */
    T_TYPEPARAM, /* a type parameter (generics: checker rejects uses for now) */
} TypeKind;

typedef struct Field {
    const char *name;  /* "" for blank/unnamed tuple members; embedded: the type's name */
    Type *type;
    int64_t offset;    /* struct layout */
    bool embedded;
    bool exported;
    const char *tag;   /* struct tag (unquoted) or NULL */
    Obj *obj;          /* the field's object (for positions and package of unexported names) */
} Field;

/* Generics (check_generic.c): a constraint interface's type set is the intersection of its
 * unions; a union is a list of terms (~T or T). */
typedef struct TypeTerm {
    Type *type;
    bool tilde;
} TypeTerm;
typedef struct TypeUnion {
    TypeTerm *terms;
    int nterms;
} TypeUnion;

typedef struct Method {
    const char *name;
    Type *sig;         /* T_FUNC without the receiver */
    Obj *obj;          /* the func Obj (concrete methods) or NULL (interface methods) */
    bool ptr_recv;     /* declared with a pointer receiver */
} Method;

struct Type {
    TypeKind kind;
    int64_t size;
    int align;
    Type *elem;        /* array, slice, pointer, map value, chan element */
    Type *key;         /* map key */
    int64_t len;       /* array length */
    Field *fields;     /* struct fields, tuple members, func params */
    int nfields;
    Field *results;    /* func results */
    int nresults;
    bool variadic;     /* func: last param is ...T (its type is []T) */
    int chan_dir;      /* 0 both, 1 send-only, 2 receive-only */
    /* T_INTERFACE: method set sorted by name (embedded interfaces flattened) */
    Method *imethods;
    int nimethods;
    /* T_NAMED */
    Obj *obj;          /* the type name */
    Type *underlying;  /* never T_NAMED */
    Vec methods;       /* Method* declared on the named type (value and pointer receivers) */
    /* Added by generics (check_generic.c documents the representation; additive): */
    Obj *origin;       /* T_NAMED instance: the generic type's Obj; T_TYPEPARAM: the generic
                          function or type that declares it */
    Type **targs;      /* T_NAMED instance: its type arguments */
    int ntargs;
    int tparam_index;  /* T_TYPEPARAM: its position in the type parameter list */
    Type *constraint;  /* T_TYPEPARAM: its constraint (an interface type) */
    TypeUnion *unions; /* T_INTERFACE: type-set terms (constraint interfaces only) */
    int nunions;
    bool is_comparable;/* T_INTERFACE: embeds comparable (constraint interfaces only) */
    /* bookkeeping */
    int id;            /* unique small integer, stable within a compilation */
    void *cg;          /* codegen's cache (LLVM type / descriptor); opaque here */
};

/* Predeclared types (universe). */
extern Type *t_bool, *t_int, *t_int8, *t_int16, *t_int32, *t_int64;
extern Type *t_uint, *t_uint8, *t_uint16, *t_uint32, *t_uint64, *t_uintptr;
extern Type *t_float32, *t_float64, *t_complex64, *t_complex128, *t_string, *t_unsafeptr;
extern Type *t_untyped_bool, *t_untyped_int, *t_untyped_rune, *t_untyped_float,
    *t_untyped_complex, *t_untyped_string, *t_untyped_nil;
extern Type *t_error;   /* the predeclared error interface (named "error") */
extern Type *t_any;     /* interface{} (alias any) */
extern Type *t_invalid;
/* The aliases byte and rune: distinct Type objects of kind T_UINT8 / T_INT32 only so that
 * messages print "byte"/"rune" like gc; type_identical(t_byte, t_uint8) holds, so compare
 * types with type_identical (or kinds), not pointers, when byte/rune may be involved.
 * Composite types intern through the canonical type ([]byte == []uint8 as pointers). */
extern Type *t_byte, *t_rune;

/* Interned constructors. */
Type *type_pointer(Type *elem);
Type *type_slice(Type *elem);
Type *type_array(Type *elem, int64_t len);
Type *type_map(Type *key, Type *val);
Type *type_chan(Type *elem, int dir);
Type *type_func(Field *params, int nparams, Field *results, int nresults, bool variadic);
Type *type_tuple(Field *fields, int n);
Type *type_struct(Field *fields, int n);      /* computes offsets, size, align */
Type *type_interface(Method *methods, int n); /* sorts, flattens nothing: pass the full set */
Type *type_named(Obj *obj);                   /* underlying set later by the checker */

void type_layout(Type *t);           /* (re)computes size/align/offsets once known */
Type *under(Type *t);                 /* underlying type (identity for non-named) */
bool type_identical(Type *a, Type *b);
bool type_is_integer(Type *t);        /* by underlying, typed or untyped */
bool type_is_unsigned(Type *t);
bool type_is_float(Type *t);
bool type_is_complex(Type *t);
bool type_is_numeric(Type *t);
bool type_is_string(Type *t);
bool type_is_boolean(Type *t);
bool type_is_untyped(Type *t);
bool type_is_interface(Type *t);
bool type_comparable(Type *t);
bool type_has_pointers(Type *t);      /* does a value of t contain pointers the GC must see */
Type *type_default(Type *t);          /* untyped → default type (int, rune→int32, float64...) */
char *type_string(Type *t);           /* as gc prints it: "int", "[]main.T", "map[string]int",
                                         "struct { X int }", "func(int) string", "*main.T" */
char *type_string_qualified(Type *t, const char *relative_pkg); /* omit that package's prefix */
/* typename.c: the run-time spelling (%T, panics): aliases resolved, "struct { X int }",
 * "interface {}", named types qualified by package name. The hook, when given, may append to
 * each named type's name (generic instance names number function-local types). */
typedef void (*TypeNameHook)(StrBuf *b, Type *named);
char *type_runtime_name(Type *t);
void type_write_runtime_name(StrBuf *b, Type *t, TypeNameHook named);

/* Method lookup including promotion through embedded fields; see Selection. */

/* ---- objects ---- */
typedef enum ObjKind {
    OBJ_BAD, OBJ_CONST, OBJ_TYPE, OBJ_VAR, OBJ_FUNC, OBJ_PKG, OBJ_BUILTIN, OBJ_NIL, OBJ_LABEL,
} ObjKind;

typedef struct Package Package;

struct Obj {
    ObjKind kind;
    const char *name;
    Pos pos;
    Type *type;
    Package *pkg;       /* NULL for universe objects */
    Node *decl;         /* declaring node: N_VALUESPEC / N_TYPESPEC / N_FUNCDECL / N_FIELD / N_IDENT */
    ConstVal *cv;       /* OBJ_CONST */
    int builtin;        /* OBJ_BUILTIN: BuiltinId */
    Package *imported;  /* OBJ_PKG */
    /* variables */
    bool is_global;     /* package-level var */
    bool is_param;      /* parameter or receiver */
    bool is_result;     /* named or unnamed result */
    bool is_field;      /* struct field */
    bool addr_taken;    /* &x, x.m() with pointer receiver, x[:] on an array, ... (lowering
                           uses it to decide whether a var needs a memory alloc site) */
    bool used;          /* for "declared and not used" */
    Obj *func;          /* enclosing function Obj (for locals) — NULL for globals */
    /* functions and methods */
    Type *recv_type;    /* method: the receiver's base named type */
    bool ptr_recv;      /* method declared with a pointer receiver */
    const char *link_name; /* symbol name: "main.f", "main.T.m", "main.(*T).m" */
    void *ir;           /* lowering's IRFunc* / IRGlobal* for this object */
    void *generic;      /* added by generics: GenericInfo* (check_generic.c) of a generic function,
                           generic type, or method of a generic type; NULL otherwise */
    int id;
};

/* ---- selections (x.f, x.m) ---- */
typedef enum SelKind { SEL_FIELD, SEL_METHOD, SEL_METHODEXPR } SelKind;
struct Selection {
    SelKind kind;
    Type *recv;         /* type of x */
    Obj *obj;           /* field Obj or method func Obj (NULL for interface methods) */
    int *path;          /* field indices from x's (dereferenced) struct through embedded fields;
                           for SEL_FIELD the last index is the field itself */
    int npath;
    bool indirect;      /* some step of the path goes through a pointer (auto-deref) */
    int method_index;   /* SEL_METHOD on an interface: index in imethods */
    bool addr_recv;     /* method needs &x (pointer receiver on addressable value) */
    bool deref_recv;    /* method has a value receiver and x is a pointer */
};

/* ---- scopes ---- */
struct Scope {
    Scope *parent;
    Vec names;          /* const char* */
    Vec objs;           /* Obj* (parallel to names) */
    bool is_func;       /* a function's outermost scope */
    void *index;        /* scope.c: hash index once the scope is large (opaque) */
};
Scope *scope_new(Scope *parent);
Obj *scope_lookup_local(Scope *s, const char *name);
Obj *scope_lookup(Scope *s, const char *name);   /* walks parents */
void scope_insert(Scope *s, Obj *o);
extern Scope *universe;

/* ---- packages ---- */
struct Package {
    const char *path;   /* import path: "main", "fmt", "unicode/utf8" */
    const char *name;   /* package clause name */
    const char *dir;    /* directory it was loaded from */
    Vec files;          /* N_FILE nodes */
    Scope *scope;       /* package scope */
    Vec imports;        /* Package* (direct imports) */
    Vec init_order;     /* Node* N_VALUESPEC in the order package vars must be initialised,
                           as computed by the checker (spec order + dependencies) */
    Vec funcs;          /* Obj* of every function and method declared (incl. init funcs) */
    Vec init_funcs;     /* Obj* of func init() in source order */
    bool checked;
};

/* ---- constants ---- */
typedef enum ConstKind { CV_BOOL, CV_STRING, CV_INT, CV_FLOAT, CV_COMPLEX } ConstKind;
struct ConstVal {
    ConstKind kind;
    bool b;
    const char *s; size_t slen; /* strings may contain NUL bytes */
    BigInt *i;                  /* CV_INT */
    BigRat *re, *im;            /* CV_FLOAT (re), CV_COMPLEX (re, im): exact rationals */
};
/* Helpers lowering uses to read a constant converted to its final type. */
int64_t cv_int64(ConstVal *c);     /* integer value (two's complement for uint64) */
double cv_float64(ConstVal *c);    /* correctly rounded */
float cv_float32(ConstVal *c);

/* ---- builtins ---- */
typedef enum BuiltinId {
    BI_APPEND, BI_CAP, BI_CLEAR, BI_CLOSE, BI_COMPLEX, BI_COPY, BI_DELETE, BI_IMAG, BI_LEN,
    BI_MAKE, BI_MAX, BI_MIN, BI_NEW, BI_PANIC, BI_PRINT, BI_PRINTLN, BI_REAL, BI_RECOVER,
    BI_UNSAFE_SIZEOF, BI_UNSAFE_ALIGNOF, BI_UNSAFE_OFFSETOF, BI_UNSAFE_ADD, BI_UNSAFE_SLICE,
    BI_UNSAFE_STRING, BI_UNSAFE_STRINGDATA, BI_UNSAFE_SLICEDATA,
} BuiltinId;

#endif
