// parser_test.cc — tree shapes for the whole grammar (compared through ast_dump), node
// positions as gc's syntax package sets them, and syntax errors with gc's words and columns
// (the expected texts in GcSyntaxErrors were produced by gc itself).
#include <gtest/gtest.h>

#include <string>

#include "shim_frontend.h"

using frontend_test::parse_dump;
using frontend_test::parse_errors;
using frontend_test::take_errors;

namespace {

Node *parse_ok(const std::string &src) {
    diag_reset();
    Node *f = parse_file("x.go", src.data(), src.size());
    EXPECT_NE(f, nullptr) << take_errors();
    return f;
}

// The value of `var _ = <expr>`.
Node *expr_node(const std::string &expr) {
    Node *f = parse_ok("package p\nvar _ = " + expr + "\n");
    if (!f) return nullptr;
    Node *decl = (Node *)VEC_AT(f->list2, 0);
    Node *spec = (Node *)VEC_AT(decl->list, 0);
    return (Node *)VEC_AT(spec->list, 0);
}

std::string expr(const std::string &e) {
    Node *n = expr_node(e);
    return n ? ast_dump(n) : "<error>";
}

// The statements of `func f() { <body> }`, dumped as a list.
std::string stmts(const std::string &body) {
    Node *f = parse_ok("package p\nfunc f() {\n" + body + "\n}\n");
    if (!f) return "<error>";
    Node *fn = (Node *)VEC_AT(f->list2, 0);
    std::string out;
    for (int i = 0; i < fn->body->list.len; i++) {
        if (i) out += " ";
        out += ast_dump((Node *)VEC_AT(fn->body->list, i));
    }
    return out;
}

// The type spec of `type T <rest>` without its name.
std::string typespec(const std::string &rest) {
    Node *f = parse_ok("package p\ntype T " + rest + "\n");
    if (!f) return "<error>";
    std::string d = ast_dump((Node *)VEC_AT(((Node *)VEC_AT(f->list2, 0))->list, 0));
    return d.substr(std::string("(TYPESPEC T ").size(), d.size() - std::string("(TYPESPEC T ").size() - 1);
}

std::string pos(Pos p) { return std::to_string(p.line) + ":" + std::to_string(p.col); }

}  // namespace

// ---- expressions ------------------------------------------------------------------------

TEST(Parser, BinaryPrecedence) {
    EXPECT_EQ(expr("a + b*c - d"), "(BINARY - (BINARY + (IDENT a) y=(BINARY * (IDENT b) y=(IDENT c))) y=(IDENT d))");
    EXPECT_EQ(expr("a || b && c == d"), "(BINARY || (IDENT a) y=(BINARY && (IDENT b) y=(BINARY == (IDENT c) y=(IDENT d))))");
    EXPECT_EQ(expr("^x &^ y << 2"), "(BINARY << (BINARY &^ (UNARY ^ (IDENT x)) y=(IDENT y)) y=(BASICLIT 2))");
}

TEST(Parser, ParenthesesAreKept) {
    EXPECT_EQ(expr("(a + b) * c"), "(BINARY * (PAREN (BINARY + (IDENT a) y=(IDENT b))) y=(IDENT c))");
}

TEST(Parser, PostfixChains) {
    EXPECT_EQ(expr("-x.y[1](2)"), "(UNARY - (CALL (INDEX (SELECTOR .y (IDENT x)) [(BASICLIT 1)]) [(BASICLIT 2)]))");
    EXPECT_EQ(expr("f(a, b...)"), "(CALL ... (IDENT f) [(IDENT a) (IDENT b)])");
    EXPECT_EQ(expr("x.(T)"), "(TYPEASSERT (IDENT x) y=(IDENT T))");
    EXPECT_EQ(expr("x.(interface{ M() })"), "(TYPEASSERT (IDENT x) y=(INTERFACETYPE [(FIELD names=[(IDENT M)] (FUNCTYPE))]))");
}

TEST(Parser, UnaryForms) {
    EXPECT_EQ(expr("*p"), "(STAR (IDENT p))");
    EXPECT_EQ(expr("&T{1, 2}"), "(UNARY & (COMPOSITE (IDENT T) [(BASICLIT 1) (BASICLIT 2)]))");
    EXPECT_EQ(expr("<-<-ch"), "(UNARY <- (UNARY <- (IDENT ch)))");
}

TEST(Parser, ReceiveVersusChannelType) {
    // the spec: <-chan int(c) is <-(chan int(c))
    EXPECT_EQ(expr("<-chan int(nil)"), "(UNARY <- (CALL (CHANTYPE (IDENT int)) [(IDENT nil)]))");
    EXPECT_EQ(expr("(<-chan int)(nil)"), "(CALL (PAREN (CHANTYPE recv (IDENT int))) [(IDENT nil)])");
    EXPECT_EQ(expr("chan<- chan int(nil)"), "(CALL (CHANTYPE send (CHANTYPE (IDENT int))) [(IDENT nil)])");
    EXPECT_EQ(typespec("<-chan <-chan int"), "(CHANTYPE recv (CHANTYPE recv (IDENT int)))");
}

TEST(Parser, Slices) {
    EXPECT_EQ(expr("a[i:]"), "(SLICE (IDENT a) y=(IDENT i))");
    EXPECT_EQ(expr("s[:j:k]"), "(SLICE slice3 (IDENT s) z=(IDENT j) w=(IDENT k))");
    EXPECT_EQ(expr("s[:]"), "(SLICE (IDENT s))");
}

TEST(Parser, CompositeLiterals) {
    EXPECT_EQ(expr("T{a: 1, b: {2}}"),
              "(COMPOSITE (IDENT T) [(KEYVALUE (IDENT a) y=(BASICLIT 1)) (KEYVALUE (IDENT b) y=(COMPOSITE [(BASICLIT 2)]))])");
    EXPECT_EQ(expr("[]int{1, 2,}"), "(COMPOSITE (ARRAYTYPE y=(IDENT int)) [(BASICLIT 1) (BASICLIT 2)])");
    EXPECT_EQ(expr("map[string][]int{\"a\": {1}}"),
              "(COMPOSITE (MAPTYPE (IDENT string) y=(ARRAYTYPE y=(IDENT int))) [(KEYVALUE (BASICLIT \"a\") y=(COMPOSITE [(BASICLIT 1)]))])");
    EXPECT_EQ(expr("[...]int{1}"), "(COMPOSITE (ARRAYTYPE (ELLIPSIS) y=(IDENT int)) [(BASICLIT 1)])");
    EXPECT_EQ(expr("struct{}{}"), "(COMPOSITE (STRUCTTYPE))");
    EXPECT_EQ(expr("pkg.T{}"), "(COMPOSITE (SELECTOR .T (IDENT pkg)))");
    EXPECT_EQ(expr("G[int]{}"), "(COMPOSITE (INDEX (IDENT G) [(IDENT int)]))");
}

TEST(Parser, FuncLiteral) {
    EXPECT_EQ(expr("func(x int) int { return x }"),
              "(FUNCLIT (FUNCTYPE [(FIELD names=[(IDENT x)] (IDENT int))] list2=[(FIELD (IDENT int))]) body=(BLOCK [(RETURN [(IDENT x)])]))");
}

TEST(Parser, Literals) {
    EXPECT_EQ(expr("'a' + \"s\" + `r` + 1.5i"),
              "(BINARY + (BINARY + (BINARY + (BASICLIT 'a') y=(BASICLIT \"s\")) y=(BASICLIT `r`)) y=(BASICLIT 1.5i))");
    Node *n = expr_node("0x1p-2");
    ASSERT_NE(n, nullptr);
    EXPECT_EQ(n->lit_kind, TK_FLOAT);
    EXPECT_EQ(expr_node("'x'")->lit_kind, TK_CHAR);
    EXPECT_EQ(expr_node("2i")->lit_kind, TK_IMAG);
}

TEST(Parser, GenericInstantiation) {
    EXPECT_EQ(expr("F[int, string](1)"), "(CALL (INDEX (IDENT F) [(IDENT int) (IDENT string)]) [(BASICLIT 1)])");
    EXPECT_EQ(expr("F[[]int]"), "(INDEX (IDENT F) [(ARRAYTYPE y=(IDENT int))])");
    EXPECT_EQ(expr("m[k]"), "(INDEX (IDENT m) [(IDENT k)])");
}

TEST(Parser, Conversions) {
    EXPECT_EQ(expr("[]byte(s)"), "(CALL (ARRAYTYPE y=(IDENT byte)) [(IDENT s)])");
    EXPECT_EQ(expr("(*T)(p)"), "(CALL (PAREN (STAR (IDENT T))) [(IDENT p)])");
    EXPECT_EQ(expr("(func())(f)"), "(CALL (PAREN (FUNCTYPE)) [(IDENT f)])");
    // without parentheses the (f) is the result list, as the spec warns
    EXPECT_EQ(typespec("func()(f)"), "(FUNCTYPE list2=[(FIELD (IDENT f))])");
    EXPECT_EQ(expr("interface{}(x)"), "(CALL (INTERFACETYPE) [(IDENT x)])");
}

// ---- statements -------------------------------------------------------------------------

TEST(Parser, SimpleStatements) {
    EXPECT_EQ(stmts("x := 1"), "(ASSIGN := [(IDENT x)] list2=[(BASICLIT 1)])");
    EXPECT_EQ(stmts("a, b = b, a"), "(ASSIGN = [(IDENT a) (IDENT b)] list2=[(IDENT b) (IDENT a)])");
    EXPECT_EQ(stmts("x += 2; i++; ch <- v"),
              "(ASSIGN += [(IDENT x)] list2=[(BASICLIT 2)]) (INCDEC ++ (IDENT i)) (SENDSTMT (IDENT ch) y=(IDENT v))");
    EXPECT_EQ(stmts("x <<= 1; y &^= 2"), "(ASSIGN <<= [(IDENT x)] list2=[(BASICLIT 1)]) (ASSIGN &^= [(IDENT y)] list2=[(BASICLIT 2)])");
    EXPECT_EQ(stmts("f()"), "(EXPRSTMT (CALL (IDENT f)))");
    EXPECT_EQ(stmts("{ }; ;"), "(BLOCK)");
}

TEST(Parser, IfElseChains) {
    EXPECT_EQ(stmts("if x := f(); x > 0 { } else if y { } else { }"),
              "(IF init=(ASSIGN := [(IDENT x)] list2=[(CALL (IDENT f))]) cond=(BINARY > (IDENT x) y=(BASICLIT 0)) "
              "body=(BLOCK) els=(IF cond=(IDENT y) body=(BLOCK) els=(BLOCK)))");
}

TEST(Parser, CompositeLiteralInHeaders) {
    // a '{' after a type name in a header opens the block; parentheses make a literal
    EXPECT_EQ(stmts("if T == (T{}) {}"), "(IF cond=(BINARY == (IDENT T) y=(PAREN (COMPOSITE (IDENT T)))) body=(BLOCK))");
    EXPECT_EQ(stmts("if x == y {}"), "(IF cond=(BINARY == (IDENT x) y=(IDENT y)) body=(BLOCK))");
    EXPECT_EQ(stmts("for _, v := range []int{1} {}"),
              "(RANGE := key=(IDENT _) value=(IDENT v) (COMPOSITE (ARRAYTYPE y=(IDENT int)) [(BASICLIT 1)]) [(IDENT _) (IDENT v)] body=(BLOCK))");
    EXPECT_EQ(stmts("switch f(T{}) {}"), "(SWITCH tag=(CALL (IDENT f) [(COMPOSITE (IDENT T))]) body=(BLOCK))");
}

TEST(Parser, ForLoops) {
    EXPECT_EQ(stmts("for i := 0; i < n; i++ { }"),
              "(FOR init=(ASSIGN := [(IDENT i)] list2=[(BASICLIT 0)]) cond=(BINARY < (IDENT i) y=(IDENT n)) post=(INCDEC ++ (IDENT i)) body=(BLOCK))");
    EXPECT_EQ(stmts("for { break }"), "(FOR body=(BLOCK [(BRANCH break)]))");
    EXPECT_EQ(stmts("for cond {}"), "(FOR cond=(IDENT cond) body=(BLOCK))");
    EXPECT_EQ(stmts("for ;; {}"), "(FOR body=(BLOCK))");
}

TEST(Parser, RangeLoops) {
    EXPECT_EQ(stmts("for k, v := range m { }"),
              "(RANGE := key=(IDENT k) value=(IDENT v) (IDENT m) [(IDENT k) (IDENT v)] body=(BLOCK))");
    EXPECT_EQ(stmts("for range ch { }"), "(RANGE (IDENT ch) body=(BLOCK))");
    EXPECT_EQ(stmts("for x = range s {}"), "(RANGE = key=(IDENT x) (IDENT s) [(IDENT x)] body=(BLOCK))");
    EXPECT_EQ(stmts("for range 10 {}"), "(RANGE (BASICLIT 10) body=(BLOCK))");
}

TEST(Parser, Switches) {
    EXPECT_EQ(stmts("switch x := f(); x { case 1, 2: fallthrough; default: }"),
              "(SWITCH init=(ASSIGN := [(IDENT x)] list2=[(CALL (IDENT f))]) tag=(IDENT x) "
              "body=(BLOCK [(CASE [(BASICLIT 1) (BASICLIT 2)] list2=[(BRANCH fallthrough)]) (CASE default)]))");
    EXPECT_EQ(stmts("switch { case a > b: }"), "(SWITCH body=(BLOCK [(CASE [(BINARY > (IDENT a) y=(IDENT b))])]))");
}

TEST(Parser, TypeSwitches) {
    EXPECT_EQ(stmts("switch v := x.(type) { case int: case nil: }"),
              "(TYPESWITCH assign=(ASSIGN := [(IDENT v)] list2=[(TYPEASSERT (IDENT x))]) body=(BLOCK [(CASE [(IDENT int)]) (CASE [(IDENT nil)])]))");
    EXPECT_EQ(stmts("switch x.(type) {}"), "(TYPESWITCH assign=(EXPRSTMT (TYPEASSERT (IDENT x))) body=(BLOCK))");
    EXPECT_EQ(stmts("switch y := 1; x.(type) { case []int, func(): }"),
              "(TYPESWITCH init=(ASSIGN := [(IDENT y)] list2=[(BASICLIT 1)]) assign=(EXPRSTMT (TYPEASSERT (IDENT x))) "
              "body=(BLOCK [(CASE [(ARRAYTYPE y=(IDENT int)) (FUNCTYPE)])]))");
}

TEST(Parser, Select) {
    EXPECT_EQ(stmts("select { case v := <-ch: case ch <- 1: case <-done: default: }"),
              "(SELECT body=(BLOCK [(CASE init=(ASSIGN := [(IDENT v)] list2=[(UNARY <- (IDENT ch))])) "
              "(CASE init=(SENDSTMT (IDENT ch) y=(BASICLIT 1))) (CASE init=(EXPRSTMT (UNARY <- (IDENT done)))) (CASE default)]))");
}

TEST(Parser, LabelsAndBranches) {
    EXPECT_EQ(stmts("L: for { continue L }; goto L"),
              "(LABELED label=(IDENT L) (FOR body=(BLOCK [(BRANCH continue label=(IDENT L))]))) (BRANCH goto label=(IDENT L))");
    EXPECT_EQ(stmts("{ L: }"), "(BLOCK [(LABELED label=(IDENT L) (EMPTY))])");
}

TEST(Parser, GoDeferReturn) {
    EXPECT_EQ(stmts("go f(); defer g()"), "(GO (CALL (IDENT f))) (DEFER (CALL (IDENT g)))");
    EXPECT_EQ(stmts("return 1, 2"), "(RETURN [(BASICLIT 1) (BASICLIT 2)])");
    EXPECT_EQ(stmts("func() {}()"), "(EXPRSTMT (CALL (FUNCLIT (FUNCTYPE) body=(BLOCK))))");
}

TEST(Parser, LocalDeclarations) {
    EXPECT_EQ(stmts("var x int; const c = 1; type t int"),
              "(DECLSTMT (GENDECL var [(VALUESPEC names=[(IDENT x)] (IDENT int))])) "
              "(DECLSTMT (GENDECL const [(VALUESPEC names=[(IDENT c)] [(BASICLIT 1)])])) "
              "(DECLSTMT (GENDECL type [(TYPESPEC t (IDENT int))]))");
}

// ---- declarations and types ---------------------------------------------------------------

TEST(Parser, FileAndImports) {
    Node *f = parse_ok("package p\nimport (\"fmt\"; m \"math\"; . \"os\"; _ \"x\")\nimport \"strings\"\n");
    ASSERT_NE(f, nullptr);
    EXPECT_STREQ(f->name, "p");
    ASSERT_EQ(f->list.len, 5);
    Node *m = (Node *)VEC_AT(f->list, 1);
    EXPECT_EQ(m->kind, N_IMPORTSPEC);
    EXPECT_STREQ(m->name, "m");
    EXPECT_STREQ(m->lit, "math");
    EXPECT_STREQ(((Node *)VEC_AT(f->list, 2))->name, ".");
    EXPECT_STREQ(((Node *)VEC_AT(f->list, 3))->name, "_");
    EXPECT_EQ(((Node *)VEC_AT(f->list, 0))->name, nullptr);
    EXPECT_EQ(f->list2.len, 2);
    EXPECT_EQ(((Node *)VEC_AT(f->list2, 0))->op, TK_IMPORT);
}

TEST(Parser, ConstGroupsCarryIota) {
    Node *f = parse_ok("package p\nconst (\n\tA = iota\n\tB\n\tC, D = 1, 2\n)\n");
    ASSERT_NE(f, nullptr);
    Node *d = (Node *)VEC_AT(f->list2, 0);
    ASSERT_EQ(d->list.len, 3);
    EXPECT_EQ(((Node *)VEC_AT(d->list, 1))->iota, 1);
    EXPECT_EQ(((Node *)VEC_AT(d->list, 1))->list.len, 0);
    EXPECT_EQ(((Node *)VEC_AT(d->list, 2))->iota, 2);
}

TEST(Parser, FunctionsAndMethods) {
    EXPECT_EQ(parse_dump("package p\nfunc (t *T[K, V]) Get(k K) (v V, ok bool) { return }\n"),
              "(FILE p list2=[(FUNCDECL Get recv=(FIELD names=[(IDENT t)] (STAR (INDEX (IDENT T) [(IDENT K) (IDENT V)]))) "
              "(FUNCTYPE [(FIELD names=[(IDENT k)] (IDENT K))] list2=[(FIELD names=[(IDENT v)] (IDENT V)) (FIELD names=[(IDENT ok)] (IDENT bool))]) "
              "body=(BLOCK [(RETURN)]))])");
    EXPECT_EQ(parse_dump("package p\nfunc f(a, b int, c ...string) int\n"),
              "(FILE p list2=[(FUNCDECL f (FUNCTYPE [(FIELD names=[(IDENT a) (IDENT b)] (IDENT int)) "
              "(FIELD names=[(IDENT c)] (ELLIPSIS (IDENT string)))] list2=[(FIELD (IDENT int))]))])");
}

TEST(Parser, GenericFunctions) {
    EXPECT_EQ(parse_dump("package p\nfunc Map[S ~[]E, E any, R any](s S, f func(E) R) []R { return nil }\n"),
              "(FILE p list2=[(FUNCDECL Map (FUNCTYPE tparams=[(FIELD names=[(IDENT S)] (UNION [(UNARY ~ (ARRAYTYPE y=(IDENT E)))])) "
              "(FIELD names=[(IDENT E)] (IDENT any)) (FIELD names=[(IDENT R)] (IDENT any))] "
              "[(FIELD names=[(IDENT s)] (IDENT S)) (FIELD names=[(IDENT f)] (FUNCTYPE [(FIELD (IDENT E))] list2=[(FIELD (IDENT R))]))] "
              "list2=[(FIELD (ARRAYTYPE y=(IDENT R)))]) body=(BLOCK [(RETURN [(IDENT nil)])]))])");
}

TEST(Parser, UnnamedParameters) {
    EXPECT_EQ(typespec("func(int, string) (bool, error)"),
              "(FUNCTYPE [(FIELD (IDENT int)) (FIELD (IDENT string))] list2=[(FIELD (IDENT bool)) (FIELD (IDENT error))])");
    EXPECT_EQ(typespec("func(a, b, []int)"), "(FUNCTYPE [(FIELD (IDENT a)) (FIELD (IDENT b)) (FIELD (ARRAYTYPE y=(IDENT int)))])");
    EXPECT_EQ(typespec("func(p.T, ...int)"), "(FUNCTYPE [(FIELD (SELECTOR .T (IDENT p))) (FIELD (ELLIPSIS (IDENT int)))])");
}

TEST(Parser, ArrayVersusTypeParameters) {
    EXPECT_EQ(typespec("[N]int"), "(ARRAYTYPE (IDENT N) y=(IDENT int))");
    EXPECT_EQ(typespec("[N*M]int"), "(ARRAYTYPE (BINARY * (IDENT N) y=(IDENT M)) y=(IDENT int))");
    EXPECT_EQ(typespec("[P any] []P"), "tparams=[(FIELD names=[(IDENT P)] (IDENT any))] (ARRAYTYPE y=(IDENT P))");
    EXPECT_EQ(typespec("[P *C,] int"), "tparams=[(FIELD names=[(IDENT P)] (STAR (IDENT C)))] (IDENT int)");
    EXPECT_EQ(typespec("[P *C | D, Q any] int"),
              "tparams=[(FIELD names=[(IDENT P)] (UNION [(STAR (IDENT C)) (IDENT D)])) (FIELD names=[(IDENT Q)] (IDENT any))] (IDENT int)");
    EXPECT_EQ(typespec("[P, Q any] struct{}"), "tparams=[(FIELD names=[(IDENT P) (IDENT Q)] (IDENT any))] (STRUCTTYPE)");
}

TEST(Parser, Constraints) {
    EXPECT_EQ(typespec("[P ~int | ~string] int"),
              "tparams=[(FIELD names=[(IDENT P)] (UNION [(UNARY ~ (IDENT int)) (UNARY ~ (IDENT string))]))] (IDENT int)");
    EXPECT_EQ(typespec("[P interface{ ~[]E }, E any] struct{}"),
              "tparams=[(FIELD names=[(IDENT P)] (INTERFACETYPE [(FIELD (UNION [(UNARY ~ (ARRAYTYPE y=(IDENT E)))]))])) "
              "(FIELD names=[(IDENT E)] (IDENT any))] (STRUCTTYPE)");
}

TEST(Parser, InterfaceElements) {
    EXPECT_EQ(typespec("interface{ M(int) error; ~int | float64; io.Reader; comparable }"),
              "(INTERFACETYPE [(FIELD names=[(IDENT M)] (FUNCTYPE [(FIELD (IDENT int))] list2=[(FIELD (IDENT error))])) "
              "(FIELD (UNION [(UNARY ~ (IDENT int)) (IDENT float64)])) (FIELD (SELECTOR .Reader (IDENT io))) (FIELD (IDENT comparable))])");
}

TEST(Parser, StructFields) {
    EXPECT_EQ(typespec("struct{ a, b int; c [2]int; F[int]; *E; p.Q \"tag\" }"),
              "(STRUCTTYPE [(FIELD names=[(IDENT a) (IDENT b)] (IDENT int)) (FIELD names=[(IDENT c)] (ARRAYTYPE (BASICLIT 2) y=(IDENT int))) "
              "(FIELD embedded (INDEX (IDENT F) [(IDENT int)])) (FIELD embedded (STAR (IDENT E))) "
              "(FIELD embedded (SELECTOR .Q (IDENT p)) tag=(BASICLIT \"tag\"))])");
}

TEST(Parser, AliasesAndOtherTypes) {
    EXPECT_EQ(typespec("= [2]int"), "alias (ARRAYTYPE (BASICLIT 2) y=(IDENT int))");
    EXPECT_EQ(typespec("[P any] = []P"), "alias tparams=[(FIELD names=[(IDENT P)] (IDENT any))] (ARRAYTYPE y=(IDENT P))");
    EXPECT_EQ(typespec("map[K]chan<- V"), "(MAPTYPE (IDENT K) y=(CHANTYPE send (IDENT V)))");
    EXPECT_EQ(typespec("*[]map[string]func() error"),
              "(STAR (ARRAYTYPE y=(MAPTYPE (IDENT string) y=(FUNCTYPE list2=[(FIELD (IDENT error))]))))");
}

// ---- positions ------------------------------------------------------------------------------

TEST(Parser, ExpressionPositions) {
    // gc's syntax package: operators, '(' of calls, '[' of index, '.' of selectors, '{' of literals
    EXPECT_EQ(pos(expr_node("a + b")->pos), "2:11");
    EXPECT_EQ(pos(expr_node("f(x)")->pos), "2:10");
    EXPECT_EQ(pos(expr_node("s[i]")->pos), "2:10");
    EXPECT_EQ(pos(expr_node("p.f")->pos), "2:10");
    EXPECT_EQ(pos(expr_node("T{}")->pos), "2:10");
    EXPECT_EQ(pos(expr_node("-x")->pos), "2:9");
    Node *call = expr_node("f(x)");
    EXPECT_EQ(pos(call->end_pos), "2:12");
    EXPECT_EQ(pos(node_start_pos(expr_node("a.b[1] + c"))), "2:9");
}

TEST(Parser, StatementPositions) {
    Node *f = parse_ok("package p\nfunc f() {\n\tx := 1\n\ti++\n\tL:\n\tfor {\n\t}\n}\n");
    ASSERT_NE(f, nullptr);
    Node *body = ((Node *)VEC_AT(f->list2, 0))->body;
    EXPECT_EQ(pos(body->pos), "2:10");
    EXPECT_EQ(pos(body->end_pos), "8:1");
    EXPECT_EQ(pos(((Node *)VEC_AT(body->list, 0))->pos), "3:4");  // at :=
    EXPECT_EQ(pos(((Node *)VEC_AT(body->list, 1))->pos), "4:3");  // at ++
    Node *l = (Node *)VEC_AT(body->list, 2);
    EXPECT_EQ(pos(l->pos), "5:3");                                 // at ':'
    EXPECT_EQ(pos(l->label->pos), "5:2");
    EXPECT_EQ(pos(l->x->pos), "6:2");
}

// ---- expression rendering -----------------------------------------------------------------

TEST(Parser, ExprStringEscapeStyle) {
    EXPECT_STREQ(expr_string(expr_node("&T{1}")), "&T{...}");
    EXPECT_STREQ(expr_string(expr_node("make([]int, n)")), "make([]int, n)");
    EXPECT_STREQ(expr_string(expr_node("func() {}")), "func literal");
    EXPECT_STREQ(expr_string(expr_node("x + y*z")), "x + y * z");
    EXPECT_STREQ(expr_string(expr_node("(x + y) * z")), "(x + y) * z");
    EXPECT_STREQ(expr_string(expr_node("s[i:j]")), "s[i:j]");
    EXPECT_STREQ(expr_string(expr_node("p.f")), "p.f");
    EXPECT_STREQ(expr_string(expr_node("[]int{1}")), "[]int{...}");
    EXPECT_STREQ(expr_string(expr_node("\"abc\"")), "\"abc\"");
    EXPECT_STREQ(expr_string(expr_node("T(x)")), "T(x)");
    EXPECT_STREQ(expr_string(expr_node("map[string]int{}")), "map[string]int{}");  // gc: empty stays {}
    EXPECT_STREQ(expr_string(expr_node("&T{}")), "&T{}");
    EXPECT_STREQ(expr_string(expr_node("f(a, b...)")), "f(a, b...)");
    EXPECT_STREQ(expr_string(expr_node("<-ch")), "<-ch");
    EXPECT_STREQ(expr_string(expr_node("x.(T)")), "x.(T)");
}

TEST(Parser, ExprStringTypes2Style) {
    EXPECT_STREQ(expr_string_types2(expr_node("&T{1}")), "&T{…}");
    EXPECT_STREQ(expr_string_types2(expr_node("map[string]int{\"a\": 1}")), "map[string]int{…}");
    EXPECT_STREQ(expr_string_types2(expr_node("func() {}")), "func() {}");
    EXPECT_STREQ(expr_string_types2(expr_node("func(x int) int { return x }")), "func(x int) int {…}");
}

TEST(Parser, TokString) {
    EXPECT_STREQ(tok_string(TK_IDENT), "name");
    EXPECT_STREQ(tok_string(TK_COMMA), "comma");
    EXPECT_STREQ(tok_string(TK_AND_NOT_ASSIGN), "&^=");
    EXPECT_STREQ(tok_string(TK_FUNC), "func");
    EXPECT_STREQ(node_kind_name(N_TYPESWITCH), "TYPESWITCH");
}

// ---- errors -------------------------------------------------------------------------------

TEST(Parser, GcSyntaxErrors) {
    struct Case {
        const char *src, *errors;
    } cases[] = {
    {"package main\nx := 1\n",
     "x.go:2:1: syntax error: non-declaration statement outside function body\n"},
    {"package main\nfunc main() {\n\tif x\n\t{\n\t}\n}\n",
     "x.go:3:6: syntax error: unexpected newline, expected { after if clause\n"},
    {"package main\nfunc main() {\n\tfor i := 0; i < 10; i++\n\t{\n\t}\n}\n",
     "x.go:3:25: syntax error: unexpected newline, expected { after for clause\n"},
    {"package main\nfunc main() {\n\tx := [\n}\n",
     "x.go:4:1: syntax error: unexpected }, expected expression\n"},
    {"package main\nfunc main() {\n\tf(a b)\n}\n",
     "x.go:3:6: syntax error: unexpected name b in argument list; possibly missing comma or )\n"},
    {"package main\nfunc main() {\n\tif x := 1 {\n\t}\n}\n",
     "x.go:3:7: syntax error: cannot use x := 1 as value\n"},
    {"package main\nimport \"fmt\"\nfunc main() {}\nimport \"os\"\n",
     "x.go:4:1: syntax error: imports must appear before other declarations\n"},
    {"package main\nfunc main() {\n\tx := T{a: 1\n\t}\n}\n",
     "x.go:3:13: syntax error: unexpected newline in composite literal; possibly missing comma or }\n"},
    {"package main\nfunc main() {\n\tx++ = 3\n}\n",
     "x.go:3:6: syntax error: unexpected = at end of statement\n"},
    {"package main\nfunc main() { else {} }\n",
     "x.go:2:15: syntax error: unexpected keyword else, expected }\n"},
    {"package main\nfunc main() {\n\tfor x := range y, z {}\n}\n",
     "x.go:3:18: syntax error: unexpected comma, expected { after for clause\n"},
    {"package main\nfunc main() {\n\tvar x = func() {\n}\n",
     "x.go:5:1: syntax error: unexpected EOF, expected }\n"},
    {"package main\nfunc f(a, b int, c) {}\n",
     "x.go:2:19: syntax error: missing parameter type\n"},
    {"package main\nfunc f(a int, []string) {}\n",
     "x.go:2:15: syntax error: missing parameter name\n"},
    {"package main\nfunc main() {\n\ta, b\n}\n",
     "x.go:3:6: syntax error: unexpected newline, expected := or = or comma\n"},
    {"package main\nvar x int = 1 2\n",
     "x.go:2:15: syntax error: unexpected literal 2 after top level declaration\n"},
    {"package main\nfunc main() {\n\tif {\n\t}\n}\n",
     "x.go:3:5: syntax error: missing condition in if statement\n"},
    {"package main\nfunc main() {\n\tswitch x {\n\tcase 1\n\t}\n}\n",
     "x.go:4:8: syntax error: unexpected newline, expected :\n"},
    {"package main\ntype T struct {\n\ta int,\n}\n",
     "x.go:3:7: syntax error: unexpected comma in struct type; possibly missing semicolon or newline or }\n"},
    {"package main\nfunc main() {\n\tx := f(\n\ty := 2\n}\n",
     "x.go:4:4: syntax error: unexpected := in argument list; possibly missing comma or )\n"},
    {"package main\ntype T[P any, Q] struct{}\n",
     "x.go:2:16: syntax error: missing type constraint\n"},
    {"package main\nfunc f[T any, ](x T) {}\nfunc g[]() {}\n",
     "x.go:3:8: syntax error: empty type parameter list\n"},
    {"main\n",
     "x.go:1:1: syntax error: package statement must be first\n"},
    {"package\n",
     "x.go:2:1: syntax error: unexpected EOF, expected name\n"},
    {"package main\ntype I interface {\n\tM(\n}\n",
     "x.go:4:1: syntax error: unexpected }, expected )\n"},
    {"package main\nvar _ = a[1, 2]\nvar _ = f[int, string](1)\nvar _ = <-ch\nvar _ = chan<- int(nil)\n",
     "x.go:2:14: syntax error: unexpected literal 2, expected ]\n"},
    };
    for (const Case &c : cases) EXPECT_EQ(parse_errors(c.src), c.errors) << c.src;
}

TEST(Parser, LexicalErrorsDoNotFailTheParse) {
    // gc goes on to type-check after lexical errors alone; parse_file returns the tree
    diag_reset();
    std::string src = "package p\nvar x = 0x1.0\nvar y = 'ab'\n";
    Node *f = parse_file("x.go", src.data(), src.size());
    EXPECT_NE(f, nullptr);
    EXPECT_EQ(take_errors(),
              "x.go:2:14: hexadecimal mantissa requires a 'p' exponent\nx.go:3:9: more than one character in rune literal\n");
}

TEST(Parser, MalformedLiteralsAreMarkedBad) {
    diag_reset();
    std::string src = "package p\nvar x = 0x\nvar y = 0x1\n";
    Node *f = parse_file("x.go", src.data(), src.size());
    ASSERT_NE(f, nullptr);
    Node *x = (Node *)VEC_AT(((Node *)VEC_AT(((Node *)VEC_AT(f->list2, 0))->list, 0))->list, 0);
    Node *y = (Node *)VEC_AT(((Node *)VEC_AT(((Node *)VEC_AT(f->list2, 1))->list, 0))->list, 0);
    EXPECT_TRUE(x->bad);
    EXPECT_FALSE(y->bad);
    take_errors();
}

TEST(Parser, SyntaxErrorsFailTheParse) {
    diag_reset();
    std::string src = "package p\nfunc f() { x := }\n";
    EXPECT_EQ(parse_file("x.go", src.data(), src.size()), nullptr);
    EXPECT_EQ(diag_syntax_error_count(), 1);
    take_errors();
}

TEST(Parser, SeveralErrorsAreReported) {
    EXPECT_EQ(parse_errors("package p\nfunc f() {\n\tx := [\n}\nfunc g() {\n\tif x\n\t{\n\t}\n}\nvar v int = 1 2\n"),
              "x.go:4:1: syntax error: unexpected }, expected expression\n"
              "x.go:5:6: syntax error: unexpected name g, expected (\n"
              "x.go:6:2: syntax error: unexpected keyword if at end of statement\n"
              "x.go:10:15: syntax error: unexpected literal 2 after top level declaration\n");
}

TEST(Parser, OneSyntaxErrorPerLine) {
    EXPECT_EQ(parse_errors("package p\nfunc f() { a b c d e }\n"), "x.go:2:14: syntax error: unexpected name b at end of statement\n");
}

TEST(Parser, TooManyErrors) {
    std::string src = "package p\n";
    for (int i = 0; i < 15; i++) src += "func f() { x := }\n";
    std::string errs = parse_errors(src);
    // as gc: the first ten, then "too many errors" at the tenth
    EXPECT_NE(errs.find("x.go:11:17: syntax error: unexpected }, expected expression\n"), std::string::npos);
    EXPECT_EQ(errs.find("x.go:12:17: syntax"), std::string::npos);
    EXPECT_NE(errs.find("x.go:11:17: too many errors\n"), std::string::npos);
}

TEST(Parser, MissingPackageClause) {
    EXPECT_EQ(parse_errors("func main() {}\n"), "x.go:1:1: syntax error: package statement must be first\n");
    EXPECT_EQ(parse_errors(""), "x.go:1:1: syntax error: package statement must be first\n");
}

TEST(Parser, GoAndDeferNeedCalls) {
    EXPECT_EQ(parse_errors("package p\nfunc f() {\n\tgo f\n\tdefer (f())\n\tgo (g)\n}\n"),
              "x.go:3:5: expression in go must be function call\n"
              "x.go:4:8: expression in defer must not be parenthesized\n"
              "x.go:5:5: expression in go must not be parenthesized\n"
              "x.go:5:6: expression in go must be function call\n");
}

TEST(Parser, MissingStatementAfterLabel) {
    EXPECT_EQ(parse_errors("package p\nfunc f() {\n\tswitch {\n\tcase true:\n\t\tL:\n\tdefault:\n\t}\n}\n"),
              "x.go:5:4: syntax error: missing statement after label\n");
}

TEST(Parser, ThreeIndexSlices) {
    EXPECT_EQ(parse_errors("package p\nvar _ = s[::]\n"),
              "x.go:2:12: middle index required in 3-index slice\nx.go:2:13: final index required in 3-index slice\n");
}

TEST(Parser, MethodTypeParameters) {
    EXPECT_EQ(parse_errors("package p\nfunc (S) m[P any]() {}\ntype I interface {\n\tm[P any]()\n}\n"),
              "x.go:2:11: syntax error: method must have no type parameters\n"
              "x.go:4:3: interface method must have no type parameters\n");
}

TEST(Parser, DeepNestingIsAnErrorNotACrash) {
    std::string src = "package p\nvar x = ";
    for (int i = 0; i < 100000; i++) src += '(';
    src += "1";
    for (int i = 0; i < 100000; i++) src += ')';
    src += "\n";
    std::string errs = parse_errors(src);
    EXPECT_NE(errs.find("nesting too deep"), std::string::npos) << errs;
}

TEST(Parser, DeepBlocksAndTypes) {
    std::string src = "package p\nfunc f() {";
    for (int i = 0; i < 50000; i++) src += "{";
    src += "\n}\n";
    EXPECT_NE(parse_errors(src).find("nesting too deep"), std::string::npos);
    std::string t = "package p\ntype T ";
    for (int i = 0; i < 50000; i++) t += "[]";
    t += "int\n";
    EXPECT_NE(parse_errors(t).find("nesting too deep"), std::string::npos);
    std::string u = "package p\nvar x = ";
    for (int i = 0; i < 50000; i++) u += "!";
    u += "1\n";
    EXPECT_NE(parse_errors(u).find("nesting too deep"), std::string::npos);
}

TEST(Parser, ModerateNestingIsFine) {
    std::string src = "package p\nvar x = ";
    for (int i = 0; i < 200; i++) src += '(';
    src += "1";
    for (int i = 0; i < 200; i++) src += ')';
    src += "\n";
    EXPECT_EQ(parse_errors(src), "");
}

TEST(Parser, GarbageTerminates) {
    // every byte value and every token in random-ish order: must finish and report
    std::string src = "package p\n";
    const char *frags[] = {"func", "(", ")", "{", "}", "[", "]", "if", "for", "switch", "case", ":", "=", ":=",
                           "x", "1", "\"s", "'", "`", ",", ";", "\n", "type", "struct", "interface", "<-", "chan",
                           "...", ".", "*", "&", "map", "go", "defer", "select", "default", "var", "const", "import"};
    unsigned seed = 12345;
    for (int i = 0; i < 5000; i++) {
        seed = seed * 1103515245u + 12345u;
        src += frags[(seed >> 16) % (sizeof frags / sizeof frags[0])];
        src += ' ';
    }
    parse_errors(src);  // must terminate
    SUCCEED();
}
