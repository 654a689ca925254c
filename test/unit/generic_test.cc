// generic_test.cc — generics (frontend/check_generic.c): instantiation, inference,
// constraint satisfaction and the names of instances.
#include <gtest/gtest.h>

#include <cstdlib>
#include <cstring>
#include <string>

#include "shim_checker.h"
#include "source_pipeline.h"

namespace {

struct GenChecked {
    Package *pkg = nullptr;
    std::string errors;
};

// Parses and checks src as package main; errors lose their file-name prefix.
GenChecked GenCheck(const std::string &src) {
    SourceResult r = RunSource(src, "generic_test", false, true);
    GenChecked out;
    out.pkg = r.pkg;
    out.errors = r.errors;
    return out;
}

// The link names of every function of the package, space-separated.
std::string FuncNames(Package *p) {
    std::string s;
    for (int i = 0; i < p->funcs.len; i++) {
        Obj *o = (Obj *)p->funcs.data[i];
        if (!s.empty()) s += " ";
        s += o->link_name ? o->link_name : o->name;
    }
    return s;
}

TEST(GenericCheck, InstancesAreSharedPerTypeArguments) {
    GenChecked c = GenCheck(R"(package main
func Id[T any](x T) T { return x }
type Box[T any] struct{ v T }
func (b *Box[T]) Get() T { return b.v }
func main() {
	_ = Id(1)
	_ = Id[int](2)
	_ = Id("s")
	var a Box[int]
	var b Box[int]
	_ = a.Get() + b.Get()
}
)");
    ASSERT_EQ(c.errors, "");
    std::string names = FuncNames(c.pkg);
    EXPECT_NE(names.find("main.Id[int]"), std::string::npos) << names;
    EXPECT_NE(names.find("main.Id[string]"), std::string::npos) << names;
    EXPECT_NE(names.find("main.(*Box[int]).Get"), std::string::npos) << names;
    // one instance per distinct argument list
    EXPECT_EQ(names.find("main.Id[int]"), names.rfind("main.Id[int]")) << names;
    // the generic declarations themselves are never lowered
    EXPECT_EQ(names.find("main.Id "), std::string::npos) << names;
}

TEST(GenericCheck, InstanceTypeNames) {
    GenChecked c = GenCheck(R"(package main
type Point struct{ X int }
type Pair[K comparable, V any] struct { k K; v V }
var p Pair[Point, []byte]
var q Pair[string, map[int]Point]
func main() {}
)");
    ASSERT_EQ(c.errors, "");
    Obj *p = scope_lookup_local(c.pkg->scope, "p");
    Obj *q = scope_lookup_local(c.pkg->scope, "q");
    ASSERT_TRUE(p && q);
    ASSERT_EQ(p->type->kind, T_NAMED);
    // the run-time (%T) spelling, qualified by package name, as gc prints it
    EXPECT_STREQ(p->type->obj->name, "Pair[main.Point,[]uint8]");
    EXPECT_STREQ(q->type->obj->name, "Pair[string,map[int]main.Point]");
    // messages print the arguments relative to the package
    EXPECT_STREQ(type_string_qualified(p->type, "main"), "Pair[Point,[]byte]");
    EXPECT_EQ(p->type->ntargs, 2);
    EXPECT_EQ(p->type->size, 8 + 24);
}

TEST(GenericCheck, RecursiveGenericType) {
    GenChecked c = GenCheck(R"(package main
type List[T any] struct { next *List[T]; val T }
var l List[int8]
func main() {}
)");
    ASSERT_EQ(c.errors, "");
    Obj *l = scope_lookup_local(c.pkg->scope, "l");
    Type *u = l->type->underlying;
    ASSERT_EQ(u->kind, T_STRUCT);
    EXPECT_EQ(u->fields[0].type, type_pointer(l->type)); // the same instance
    EXPECT_EQ(l->type->size, 16);
}

TEST(GenericInfer, UntypedDefaultsAndCoreTypes) {
    GenChecked c = GenCheck(R"(package main
func Max[T int | float64](a, b T) T { if a > b { return a }; return b }
func First[S ~[]E, E any](s S) E { return s[0] }
type IDs []int16
var m = Max(1, 2.5)
var f = First(IDs{1})
func main() {}
)");
    ASSERT_EQ(c.errors, "");
    EXPECT_EQ(scope_lookup_local(c.pkg->scope, "m")->type, t_float64);
    EXPECT_EQ(scope_lookup_local(c.pkg->scope, "f")->type, t_int16);
}

TEST(GenericErrors, GcMessages) {
    std::string zero = GenCheck(R"(package main
func Zero[T any]() T { var z T; return z }
func main() { _ = Zero() }
)").errors;
    EXPECT_EQ(zero.rfind("3:23: in call to Zero, cannot infer T (declared at generic_test_", 0), 0u) << zero;
    EXPECT_NE(zero.find(".go:2:11)"), std::string::npos) << zero;
    EXPECT_EQ(GenCheck(R"(package main
func Eq[T comparable](a, b T) bool { return a == b }
func main() { _ = Eq([]int{}, nil) }
)").errors,
              "3:21: []int does not satisfy comparable\n");
    EXPECT_EQ(GenCheck(R"(package main
type N interface{ ~int | ~float64 }
func S[T N](x T) {}
func main() { S("x") }
)").errors,
              "4:16: string does not satisfy N (string missing in ~int | ~float64)\n");
    EXPECT_EQ(GenCheck(R"(package main
func F[T any](x T) {}
func main() { f := F; _ = f }
)").errors,
              "3:20: cannot use generic function F without instantiation\n");
}

} // namespace
