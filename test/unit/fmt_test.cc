// fmt_test.cc — fmt's C formatting engine against gc's fmt. The expected strings were produced
// by gc: `go run stdlib/fmt/testdata/gen_cases.go` prints this table (Go arguments paired with
// the C++ expressions below that build the same values from hand-made type descriptors).
#include <gtest/gtest.h>

#include <cmath>
#include <cstdint>
#include <cstring>
#include <initializer_list>
#include <string>
#include <vector>

#include "test/unit/shim_fmt.h"

namespace {

GoString GS(const char *s) { return GoString{(const uint8_t *)s, (int64_t)strlen(s)}; }

GoType *basic(int64_t kind, int64_t size, const char *name) {
    GoType *t = new GoType();
    t->size = size;
    t->align = size > 8 ? 8 : (size ? size : 1);
    t->kind = kind;
    t->name = GS(name);
    t->pkgpath = GS("");
    return t;
}
GoType *named(int64_t kind, int64_t size, const char *name) {
    GoType *t = basic(kind, size, name);
    t->flags = GOTYPE_NAMED;
    t->pkgpath = GS("main");
    return t;
}
GoType *composite(int64_t kind, int64_t size, const char *name, const GoType *elem, int64_t len = 0) {
    GoType *t = basic(kind, size, name);
    t->elem = elem;
    t->len = len;
    return t;
}
GoType *structure(const char *name, std::initializer_list<GoField> fields, int64_t size) {
    GoType *t = name[0] == 's' ? basic(GOKIND_STRUCT, size, name) : named(GOKIND_STRUCT, size, name);
    GoField *fs = new GoField[fields.size()];
    int i = 0;
    for (const GoField &f : fields) fs[i++] = f;
    t->fields = fs;
    t->len = (int64_t)fields.size();
    return t;
}
GoField field(const char *name, const GoType *type, int64_t offset, bool exported = true,
              bool embedded = false) {
    GoField f;
    f.name = GS(name);
    f.type = type;
    f.offset = offset;
    f.embedded = embedded;
    f.exported = exported;
    return f;
}
void set_methods(GoType *t, std::initializer_list<GoMethod> ms) {
    GoMethod *m = new GoMethod[ms.size()];
    int i = 0;
    for (const GoMethod &x : ms) m[i++] = x;
    t->methods = m;
    t->nmethods = (int64_t)ms.size();
}

struct MyErr { GoString msg; };

extern "C" GoString color_String(void *, void *recv) {
    return GS(*(int64_t *)recv == 0 ? "red" : "green");
}
extern "C" GoString myerr_Error(void *, void *recv) { return ((MyErr *)recv)->msg; }
extern "C" GoString both_Error(void *, void *) { return GS("err"); }
extern "C" GoString both_String(void *, void *) { return GS("str"); }

GoType *T_int = basic(GOKIND_INT, 8, "int");
GoType *T_int8 = basic(GOKIND_INT8, 1, "int8");
GoType *T_int16 = basic(GOKIND_INT16, 2, "int16");
GoType *T_int32 = basic(GOKIND_INT32, 4, "int32");
GoType *T_uint = basic(GOKIND_UINT, 8, "uint");
GoType *T_uint8 = basic(GOKIND_UINT8, 1, "uint8");
GoType *T_uint16 = basic(GOKIND_UINT16, 2, "uint16");
GoType *T_uint32 = basic(GOKIND_UINT32, 4, "uint32");
GoType *T_uint64 = basic(GOKIND_UINT64, 8, "uint64");
GoType *T_uintptr = basic(GOKIND_UINTPTR, 8, "uintptr");
GoType *T_float32 = basic(GOKIND_FLOAT32, 4, "float32");
GoType *T_float64 = basic(GOKIND_FLOAT64, 8, "float64");
GoType *T_complex64 = basic(GOKIND_COMPLEX64, 8, "complex64");
GoType *T_complex128 = basic(GOKIND_COMPLEX128, 16, "complex128");
GoType *T_bool = basic(GOKIND_BOOL, 1, "bool");
GoType *T_string = basic(GOKIND_STRING, 16, "string");
GoType *T_ptr_int = composite(GOKIND_POINTER, 8, "*int", T_int);
GoType *T_slice_int = composite(GOKIND_SLICE, 24, "[]int", T_int);
GoType *T_slice_string = composite(GOKIND_SLICE, 24, "[]string", T_string);
GoType *T_slice_byte = composite(GOKIND_SLICE, 24, "[]uint8", T_uint8);
GoType *T_array3_int = composite(GOKIND_ARRAY, 24, "[3]int", T_int, 3);
GoType *T_any = basic(GOKIND_INTERFACE, 16, "interface {}");
GoType *T_error = [] {
    GoType *t = basic(GOKIND_INTERFACE, 16, "error");
    set_methods(t, {GoMethod{GS("Error"), nullptr}});
    return t;
}();
GoType *T_Point = structure("main.Point", {field("X", T_int, 0), field("Y", T_int, 8)}, 16);
GoType *T_ptr_Point = composite(GOKIND_POINTER, 8, "*main.Point", T_Point);
GoType *T_pair = structure("main.pair", {field("a", T_int, 0, false), field("B", T_string, 8)}, 24);
GoType *T_Outer = structure("main.Outer",
                            {field("Point", T_Point, 0, true, true), field("Name", T_string, 16)}, 32);
GoType *T_MyInt = named(GOKIND_INT, 8, "main.MyInt");
GoType *T_Color = [] {
    GoType *t = named(GOKIND_INT, 8, "main.Color");
    set_methods(t, {GoMethod{GS("String"), (const void *)color_String}});
    return t;
}();
GoType *T_slice_Color = composite(GOKIND_SLICE, 24, "[]main.Color", T_Color);
GoType *T_MyErr = structure("main.MyErr", {field("msg", T_string, 0, false)}, 16);
GoType *T_ptr_MyErr = [] {
    GoType *t = composite(GOKIND_POINTER, 8, "*main.MyErr", T_MyErr);
    set_methods(t, {GoMethod{GS("Error"), (const void *)myerr_Error}});
    return t;
}();
GoType *T_Both = [] {
    GoType *t = named(GOKIND_INT, 8, "main.Both");
    set_methods(t, {GoMethod{GS("Error"), (const void *)both_Error},
                    GoMethod{GS("String"), (const void *)both_String}});
    return t;
}();
GoType *T_Paint = structure("main.Paint", {field("C", T_Color, 0), field("c", T_Color, 8, false)}, 16);
GoType *T_Box = structure("main.Box", {field("V", T_any, 0)}, 16);
GoType *T_Fail = structure("main.Fail", {field("E", T_error, 0)}, 16);

template <typename T> GoIface box(const GoType *t, T v) { return GoIface{t, new T(v)}; }

GoIface I(int64_t v) { return box(T_int, v); }
GoIface I8(int8_t v) { return box(T_int8, v); }
GoIface I16(int16_t v) { return box(T_int16, v); }
GoIface I32(int32_t v) { return box(T_int32, v); }
GoIface U(uint64_t v) { return box(T_uint64, v); }
GoIface UI(uint64_t v) { return box(T_uint, v); }
GoIface U8(uint8_t v) { return box(T_uint8, v); }
GoIface U16(uint16_t v) { return box(T_uint16, v); }
GoIface U32(uint32_t v) { return box(T_uint32, v); }
GoIface UPtr(uint64_t v) { return box(T_uintptr, v); }
GoIface F(double v) { return box(T_float64, v); }
GoIface F32(float v) { return box(T_float32, v); }
GoIface C64(float re, float im) { return GoIface{T_complex64, new float[2]{re, im}}; }
GoIface C128(double re, double im) { return GoIface{T_complex128, new double[2]{re, im}}; }
GoIface B(bool v) { return box(T_bool, (uint8_t)v); }
GoIface S(const char *s) { return box(T_string, GS(s)); }
GoIface Nil() { return GoIface{nullptr, nullptr}; }
GoIface Ptr(void *p) { return GoIface{T_ptr_int, p}; }
GoIface NilPtr() { return GoIface{T_ptr_int, nullptr}; }
template <typename E> GoSlice slice_of(std::initializer_list<E> xs) {
    E *p = new E[xs.size() + 1];
    int i = 0;
    for (const E &x : xs) p[i++] = x;
    return GoSlice{p, (int64_t)xs.size(), (int64_t)xs.size()};
}
GoIface IntSlice(std::initializer_list<int64_t> xs) { return box(T_slice_int, slice_of(xs)); }
GoIface IntSliceNil() { return box(T_slice_int, GoSlice{nullptr, 0, 0}); }
GoIface ColorSlice(std::initializer_list<int64_t> xs) { return box(T_slice_Color, slice_of(xs)); }
GoIface StrSlice(std::initializer_list<const char *> xs) {
    std::vector<GoString> v;
    for (const char *s : xs) v.push_back(GS(s));
    GoString *p = new GoString[v.size()];
    for (size_t i = 0; i < v.size(); i++) p[i] = v[i];
    return box(T_slice_string, GoSlice{p, (int64_t)v.size(), (int64_t)v.size()});
}
GoIface Bytes(const char *s) {
    size_t n = strlen(s);
    uint8_t *p = new uint8_t[n + 1];
    memcpy(p, s, n);
    return box(T_slice_byte, GoSlice{p, (int64_t)n, (int64_t)n});
}
GoIface BytesNil() { return box(T_slice_byte, GoSlice{nullptr, 0, 0}); }
GoIface IntArray3(std::initializer_list<int64_t> xs) {
    int64_t *p = new int64_t[3];
    int i = 0;
    for (int64_t x : xs) p[i++] = x;
    return GoIface{T_array3_int, p};
}
struct PointRep { int64_t x, y; };
GoIface PointV(int64_t x, int64_t y) { return box(T_Point, PointRep{x, y}); }
GoIface PointP(int64_t x, int64_t y) { return GoIface{T_ptr_Point, new PointRep{x, y}}; }
struct PairRep { int64_t a; GoString b; };
GoIface PairV(int64_t a, const char *b) { return box(T_pair, PairRep{a, GS(b)}); }
struct OuterRep { PointRep p; GoString name; };
GoIface OuterV(int64_t x, int64_t y, const char *n) { return box(T_Outer, OuterRep{{x, y}, GS(n)}); }
GoIface MyIntV(int64_t v) { return box(T_MyInt, v); }
GoIface ColorV(int64_t v) { return box(T_Color, v); }
GoIface BothV(int64_t v) { return box(T_Both, v); }
GoIface ErrP(const char *msg) { return GoIface{T_ptr_MyErr, new MyErr{GS(msg)}}; }
struct PaintRep { int64_t c1, c2; };
GoIface PaintV(int64_t a, int64_t b) { return box(T_Paint, PaintRep{a, b}); }
GoIface BoxV(GoIface v) { return box(T_Box, v); }
// An itab: the concrete type first, then the code of the interface's methods.
struct ErrItab { const GoType *type; const void *error_fn; };
ErrItab myerr_error_itab = {T_ptr_MyErr, (const void *)myerr_Error};
struct IfaceRep { const void *tab; void *data; };
GoIface FailNil() { return box(T_Fail, IfaceRep{nullptr, nullptr}); }
GoIface FailV(const char *msg) { return box(T_Fail, IfaceRep{&myerr_error_itab, new MyErr{GS(msg)}}); }

struct Case {
    char mode;  // 'f' Sprintf, 'p' Sprint, 'l' Sprintln
    const char *format;
    std::vector<GoIface> args;
    const char *want;
};

std::vector<Case> gc_cases() {
    return {
    {'f', "%d", {I(42)}, "42"},
    {'f', "%5d|%-5d|%05d", {I(-42), I(-42), I(-42)}, "  -42|-42  |-0042"},
    {'f', "%+d % d %x", {I(42), I(42), I(42)}, "+42  42 2a"},
    {'f', "%x %X %#x %#X", {I(255), I(255), I(255), I(255)}, "ff FF 0xff 0XFF"},
    {'f', "%o %#o %O %b", {I(8), I(8), I(8), I(5)}, "10 010 0o10 101"},
    {'f', "%#b %b", {I(5), I(-5)}, "0b101 -101"},
    {'f', "%.5d|%.0d|%5.0d|", {I(42), I(0), I(0)}, "00042||     |"},
    {'f', "%08.3d|%+08d|% 08d", {I(42), I(-42), I(42)}, "     042|-0000042| 0000042"},
    {'f', "%d %d", {I(INT64_MIN), U(18446744073709551615ull)}, "-9223372036854775808 18446744073709551615"},
    {'f', "%d %d %d %d %d %d", {I8(-128), I16(-300), I32(70000), U8(200), U16(60000), U32(4000000000u)}, "-128 -300 70000 200 60000 4000000000"},
    {'f', "%#v %#v %v", {UI(255), U8(7), UPtr(4096)}, "0xff 0x7 4096"},
    {'f', "%c|%c|%c", {I32(65), I32(128512), I(-1)}, "A|\360\237\230\200|\357\277\275"},
    {'f', "%q %q %q %q", {I32(65), I32(128512), I32(10), I32(39)}, "'A' '\360\237\230\200' '\\n' '\\''"},
    {'f', "%+q %+q", {I32(128512), I32(233)}, "'\\U0001f600' '\\u00e9'"},
    {'f', "%U %#U %U %#U", {I32(65), I32(65), I(128512), I(128512)}, "U+0041 U+0041 'A' U+1F600 U+1F600 '\360\237\230\200'"},
    {'f', "%.6U|%10U|", {I32(65), I32(65)}, "U+000041|    U+0041|"},
    {'f', "%s|%v|%q|%x|%X", {S("hello"), S("hello"), S("hello"), S("hello"), S("hello")}, "hello|hello|\"hello\"|68656c6c6f|68656C6C6F"},
    {'f', "%5s|%-5s|%05s|", {S("hi"), S("hi"), S("hi")}, "   hi|hi   |000hi|"},
    {'f', "%.2s|%8s|", {S("h\303\251llo"), S("h\303\251llo")}, "h\303\251|   h\303\251llo|"},
    {'f', "%q %q %q", {S("a\011b\"c\\"), S("\303\251\001\177"), S("\377x")}, "\"a\\tb\\\"c\\\\\" \"\303\251\\x01\\x7f\" \"\\xffx\""},
    {'f', "%+q %#q %#q", {S("\303\251"), S("back`q"), S("raw")}, "\"\\u00e9\" \"back`q\" `raw`"},
    {'f', "% x|%#x|% #X|%08x", {S("hi!"), S("hi"), S("hi"), S("hi")}, "68 69 21|0x6869|0X68 0X69|00006869"},
    {'f', "%.2x|%10.1q|", {S("hello"), S("hello")}, "6865|       \"h\"|"},
    {'f', "%t %v %5t|%-6v|", {B(true), B(false), B(true), B(false)}, "true false  true|false |"},
    {'f', "%f|%.2f|%8.3f|%-8.2f|%08.2f|%+.1f", {F(3.14159), F(3.14159), F(3.14159), F(3.14159), F(3.14159), F(3.14159)}, "3.141590|3.14|   3.142|3.14    |00003.14|+3.1"},
    {'f', "%06.2f|%e|%E|%.3e|%g|%G", {F(-3.14159), F(-3.14159), F(-3.14159), F(-3.14159), F(-3.14159), F(-3.14159)}, "-03.14|-3.141590e+00|-3.141590E+00|-3.142e+00|-3.14159|-3.14159"},
    {'f', "%v %v %v %v %v %v", {F(1), F(0.1), F(1e+21), F(1e-07), F(1.23456789e+08), F(100000)}, "1 0.1 1e+21 1e-07 1.23456789e+08 100000"},
    {'f', "%#v %#g %#.3g", {F(1), F(2.5), F(100)}, "1 2.50000 100."},
    {'f', "%#f %#e %#g", {F(1), F(1), F(0)}, "1.000000 1.000000e+00 0.00000"},
    {'f', "%.3g|%10.4g|%-10.2e|%.0f|%.0e", {F(1234.5678), F(1234.5678), F(1234.5678), F(1234.5678), F(1234.5678)}, "1.23e+03|      1235|1.23e+03  |1235|1e+03"},
    {'f', "%v %v %v", {F32(0.1f), F32(3.4e+38f), F(0.1)}, "0.1 3.4e+38 0.1"},
    {'f', "%v %v %v", {F(INFINITY), F(-INFINITY), F(NAN)}, "+Inf -Inf NaN"},
    {'f', "%010v|%+v|% v|%-8f|", {F(INFINITY), F(NAN), F(NAN), F(-INFINITY)}, "      +Inf|NaN| NaN|-Inf    |"},
    {'f', "% f|%+f|% .1f", {F(2), F(-2), F(0)}, " 2.000000|-2.000000| 0.0"},
    {'f', "%g %g %g", {F(1e+06), F(1e+20), F(1.5e-05)}, "1e+06 1e+20 1.5e-05"},
    {'f', "%v %.2f %v", {C128(1, 2), C128(-1.5, -0.5), C64(1, -1)}, "(1+2i) (-1.50-0.50i) (1-1i)"},
    {'f', "%+v|%8.1f|%d", {C128(1, 2), C128(1, 2), C128(1, 2)}, "(1+2i)|(     1.0    +2.0i)|%!d(complex128=(1+2i))"},
    {'f', "%p %#p %v", {Ptr((void *)0xc000012340), Ptr((void *)0xc000012340), Ptr((void *)0xc000012340)}, "0xc000012340 c000012340 0xc000012340"},
    {'f', "%p|%v|%d|%#v", {NilPtr(), NilPtr(), NilPtr(), NilPtr()}, "0x0|<nil>|0|(*int)(nil)"},
    {'f', "%x %#v", {Ptr((void *)0xc000012340), Ptr((void *)0xc000012340)}, "c000012340 (*int)(0xc000012340)"},
    {'f', "%v %d %T", {Nil(), Nil(), Nil()}, "<nil> %!d(<nil>) <nil>"},
    {'f', "%v %d %#v", {IntSlice({1, 2, 3}), IntSlice({1, 2, 3}), IntSlice({1, 2, 3})}, "[1 2 3] [1 2 3] []int{1, 2, 3}"},
    {'f', "%v %#v %#v", {IntSliceNil(), IntSliceNil(), IntSlice({})}, "[] []int(nil) []int{}"},
    {'f', "%x %03d", {IntSlice({10, 255}), IntSlice({1, 2})}, "[a ff] [001 002]"},
    {'f', "%v %q %#v", {StrSlice({"a", "b c"}), StrSlice({"a", "b c"}), StrSlice({"a", "b c"})}, "[a b c] [\"a\" \"b c\"] []string{\"a\", \"b c\"}"},
    {'f', "%v %s %q %x %#v", {Bytes("hi"), Bytes("hi"), Bytes("hi"), Bytes("hi"), Bytes("hi")}, "[104 105] hi \"hi\" 6869 []byte{0x68, 0x69}"},
    {'f', "%v %#v %o", {BytesNil(), BytesNil(), Bytes("\001\002")}, "[] []byte(nil) [1 2]"},
    {'f', "%v %#v", {IntArray3({1, 2, 3}), IntArray3({1, 2, 3})}, "[1 2 3] [3]int{1, 2, 3}"},
    {'f', "%v %+v %#v", {PointV(1, 2), PointV(1, 2), PointV(1, 2)}, "{1 2} {X:1 Y:2} main.Point{X:1, Y:2}"},
    {'f', "%v %+v %#v", {PointP(1, 2), PointP(1, 2), PointP(1, 2)}, "&{1 2} &{X:1 Y:2} &main.Point{X:1, Y:2}"},
    {'f', "%d %x", {PointV(1, 2), PointV(10, 11)}, "{1 2} {a b}"},
    {'f', "%s %5v", {PointV(1, 2), PointV(-3, 4)}, "{%!s(int=1) %!s(int=2)} {   -3     4}"},
    {'f', "%v %+v %#v", {PairV(7, "x"), PairV(7, "x"), PairV(7, "x")}, "{7 x} {a:7 B:x} main.pair{a:7, B:\"x\"}"},
    {'f', "%v %+v", {OuterV(1, 2, "n"), OuterV(1, 2, "n")}, "{{1 2} n} {Point:{X:1 Y:2} Name:n}"},
    {'f', "%v %#v %T", {MyIntV(5), MyIntV(5), MyIntV(5)}, "5 5 main.MyInt"},
    {'f', "%v %s %q %x %d", {ColorV(0), ColorV(1), ColorV(1), ColorV(1), ColorV(1)}, "red green \"green\" 677265656e 1"},
    {'f', "%8v|%-8s|", {ColorV(1), ColorV(1)}, "   green|green   |"},
    {'f', "%v %+v", {PaintV(1, 1), PaintV(1, 1)}, "{green 1} {C:green c:1}"},
    {'f', "%v %s %q", {ErrP("boom"), ErrP("boom"), ErrP("boom")}, "boom boom \"boom\""},
    {'f', "%v %d", {BothV(1), BothV(1)}, "err 1"},
    {'f', "%v %v %#v %+v", {BoxV(Nil()), BoxV(I(3)), BoxV(Nil()), BoxV(I(3))}, "{<nil>} {3} main.Box{V:interface {}(nil)} {V:3}"},
    {'f', "%v %v %#v", {FailNil(), FailV("bad"), FailNil()}, "{<nil>} {bad} main.Fail{E:error(nil)}"},
    {'f', "%v", {ColorSlice({0, 1})}, "[red green]"},
    {'f', "%T %T %T %T %T %T", {I(1), S("a"), PointV(1, 2), IntSlice({1}), F(2.5), B(true)}, "int string main.Point []int float64 bool"},
    {'f', "%T %10T|", {PointP(1, 2), ErrP("x")}, "*main.Point *main.MyErr|"},
    {'f', "%d %s", {S("hi"), I(5), I(6)}, "%!d(string=hi) %!s(int=5)%!(EXTRA int=6)"},
    {'f', "%d %s %t", {B(true), F(1.5), PointV(1, 2)}, "%!d(bool=true) %!s(float64=1.5) {%!t(int=1) %!t(int=2)}"},
    {'f', "%d %s|%!|%z", {}, "%!d(MISSING) %!s(MISSING)|%!!(MISSING)|%!z(MISSING)"},
    {'f', "%!|%z|", {}, "%!!(MISSING)|%!z(MISSING)|"},
    {'f', "%d", {I(1), S("a"), Nil()}, "1%!(EXTRA string=a, <nil>)"},
    {'f', "%[2]d %[1]d %d %[5]d|%[x]d|%[0]d", {I(1), I(2)}, "2 1 2 %!d(BADINDEX)|%!d(BADINDEX)|%!d(BADINDEX)"},
    {'f', "%*d|%.*f|", {I(8), I(3), F(3.14159)}, "       3|%!(BADPREC)%!f(MISSING)|"},
    {'f', "%*d|%*d|%.*f|", {I(-8), I(42), S("x"), I(42), I(-1), F(3.14159)}, "42      |%!(BADWIDTH)42|%!(BADPREC)3.141590|"},
    {'f', "%*d", {I(10000000), I(1)}, "%!(BADWIDTH)1"},
    {'f', "%5%|%-5%|%", {}, "%|%|%!(NOVERB)"},
    {'f', "%", {}, "%!(NOVERB)"},
    {'f', "abc%", {I(5)}, "abc%!(NOVERB)%!(EXTRA int=5)"},
    {'f', "%[2]*[1]d|%[3]d%d", {I(1), I(2), I(3)}, " 1|3%!d(MISSING)"},
    {'f', "%[1]d %[1]x %[1]o %#[1]x", {I(7)}, "7 7 7 0x7"},
    {'f', "%w %w", {S("hi"), I(3)}, "%!w(string=hi) %!w(int=3)"},
    {'f', "%c %x %q", {U8(65), U8(200), U8(65)}, "A c8 'A'"},
    {'p', "", {I(1), I(2), S("a"), S("b"), I(3), F(4.5), Nil(), B(true)}, "1 2ab3 4.5 <nil> true"},
    {'p', "", {S("x"), I(1), S("y"), PointV(1, 2), ColorV(1), ErrP("e")}, "x1y{1 2} green e"},
    {'l', "", {I(1), S("a"), S("b"), F(2.5), Nil(), PointP(3, 4), IntSlice({5})}, "1 a b 2.5 <nil> &{3 4} [5]\012"},
    {'l', "", {}, "\012"},
    {'p', "", {}, ""},
    };
}

std::string run(const Case &c) {
    FmtBuf b = {};
    const GoIface *args = c.args.empty() ? nullptr : c.args.data();
    int64_t n = (int64_t)c.args.size();
    switch (c.mode) {
    case 'f': fmt_engine_sprintf(&b, (const uint8_t *)c.format, (int64_t)strlen(c.format), args, n, false); break;
    case 'p': fmt_engine_sprint(&b, args, n); break;
    default: fmt_engine_sprintln(&b, args, n); break;
    }
    std::string s(b.data ? (const char *)b.data : "", (size_t)b.len);
    fmtbuf_free(&b);
    return s;
}

}  // namespace

TEST(FmtEngine, MatchesGcOutput) {
    std::vector<Case> cases = gc_cases();
    EXPECT_GE(cases.size(), 60u);
    for (size_t i = 0; i < cases.size(); i++) {
        EXPECT_EQ(run(cases[i]), std::string(cases[i].want))
            << "case " << i << ": mode " << cases[i].mode << " format \"" << cases[i].format << "\"";
    }
}

TEST(FmtEngine, ErrorfAcceptsPercentW) {
    std::vector<GoIface> args = {ErrP("inner"), I(3)};
    FmtBuf b = {};
    const char *f = "wrap: %w|%w";
    fmt_engine_sprintf(&b, (const uint8_t *)f, (int64_t)strlen(f), args.data(), 2, true);
    EXPECT_EQ(std::string((const char *)b.data, (size_t)b.len), "wrap: inner|%!w(int=3)");
    fmtbuf_free(&b);
}
