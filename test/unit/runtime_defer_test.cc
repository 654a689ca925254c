// Defer records and panics in the C runtime (runtime/defer.c): the order deferred calls run
// in, on a normal return and while panicking, and gc's printing of nested panics. Recovery
// (recover's frame check and the longjmp) needs generated code; test/run/panic_*.go and
// defer_*.go cover it end to end.
#include <gtest/gtest.h>

#include <cstring>
#include <string>
#include <unistd.h>

#include "shim_runtime.h"

namespace {
std::string order;

// A defer record as lowering lays it out: { code, link, captured values... }.
struct Record {
    void (*code)(Record *);
    void *link;
    const char *text;
};

struct alignas(16) Frame {
    unsigned char bytes[GORT_DEFER_FRAME_BYTES];
};

extern "C" void append_text(Record *r) { order += r->text; }
extern "C" void write_text(Record *r) { (void)!write(2, r->text, std::strlen(r->text)); }

GoString gs(const char *s) { return GoString{reinterpret_cast<const uint8_t *>(s), int64_t(std::strlen(s))}; }

GoType string_type() {
    GoType t;
    std::memset(&t, 0, sizeof t);
    t.kind = GOKIND_STRING;
    t.name = gs("string");
    return t;
}

GoType str_t = string_type();
GoString second = gs("b");

extern "C" void panic_again(Record *) { gort_gopanic(&str_t, &second); }
}  // namespace

TEST(RuntimeDefer, ReturnRunsNewestFirst) {
    Frame f;
    Record a{append_text, nullptr, "1"}, b{append_text, nullptr, "2"}, c{append_text, nullptr, "3"};
    order.clear();
    gort_defer_enter(&f);
    gort_defer_push(&f, &a);
    gort_defer_push(&f, &b);
    gort_defer_push(&f, &c);
    gort_defer_return(&f);
    EXPECT_EQ(order, "321");
}

TEST(RuntimeDefer, NestedFramesUnlinkOnReturn) {
    Frame outer, inner;
    Record a{append_text, nullptr, "outer"}, b{append_text, nullptr, "inner,"};
    order.clear();
    gort_defer_enter(&outer);
    gort_defer_push(&outer, &a);
    gort_defer_enter(&inner);
    gort_defer_push(&inner, &b);
    gort_defer_return(&inner);
    EXPECT_EQ(order, "inner,");
    gort_defer_return(&outer);
    EXPECT_EQ(order, "inner,outer");
}

TEST(RuntimeDefer, RecoverOutsidePanicIsNil) {
    GoIface r = gort_recover(__builtin_frame_address(0));
    EXPECT_EQ(r.type, nullptr);
    EXPECT_EQ(r.data, nullptr);
}

// Death-test bodies (the EXPECT_EXIT macro cannot take braces with commas).
static void panic_through_two_frames() {
    static Frame outer, inner;
    static Record a{write_text, nullptr, "outer deferred\n"};
    static Record b{write_text, nullptr, "inner deferred 1\n"};
    static Record c{write_text, nullptr, "inner deferred 2\n"};
    static GoString boom = gs("boom");
    gort_defer_enter(&outer);
    gort_defer_push(&outer, &a);
    gort_defer_enter(&inner);
    gort_defer_push(&inner, &b);
    gort_defer_push(&inner, &c);
    gort_gopanic(&str_t, &boom);
}

static void panic_in_deferred_call() {
    static Frame f;
    static Record a{write_text, nullptr, "still runs\n"};
    static Record b{panic_again, nullptr, nullptr};
    static GoString first = gs("a");
    gort_defer_enter(&f);
    gort_defer_push(&f, &a);
    gort_defer_push(&f, &b);
    gort_gopanic(&str_t, &first);
}

TEST(RuntimeDefer, PanicRunsDeferredCallsOfEveryFrameThenPrints) {
    EXPECT_EXIT(panic_through_two_frames(), testing::ExitedWithCode(2),
                "^inner deferred 2\ninner deferred 1\nouter deferred\npanic: boom\n\ngoroutine 1 \\[running\\]:\n");
}

TEST(RuntimeDefer, PanicDuringPanicPrintsBoth) {
    EXPECT_EXIT(panic_in_deferred_call(), testing::ExitedWithCode(2),
                "^still runs\npanic: a\n\tpanic: b\n\ngoroutine 1 \\[running\\]:\n");
}
