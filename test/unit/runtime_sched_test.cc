// The scheduler, channels and select (runtime/sched.c, chan.c, select.c) driven through
// their ABI: goroutines are started with hand-built closure records ({code, fields...},
// code called with the record as its env, as generated code is).
#include <gtest/gtest.h>

#include <cstring>
#include <vector>

#include "shim_runtime.h"

namespace {

GoType int_type() {
    GoType t;
    std::memset(&t, 0, sizeof t);
    t.kind = GOKIND_INT64;
    t.size = 8;
    t.align = 8;
    return t;
}

const GoType kInt = int_type();

struct Chan {
    uint64_t words[GORT_CHAN_WORDS] = {};
    explicit Chan(int64_t size) { gort_makechan(words, &kInt, size); }
    void *p() { return words; }
};

// go func() { for i := 1..n { ch <- i } ; close(ch) }
struct Sender {
    void (*code)(Sender *);
    void *ch;
    int64_t n;
};
void sender_code(Sender *r) {
    for (int64_t i = 1; i <= r->n; i++) gort_chansend(r->ch, &i);
    gort_closechan(r->ch);
}

// go func() { for v := range in { out <- v * 10 } }
struct Relay {
    void (*code)(Relay *);
    void *in, *out;
};
void relay_code(Relay *r) {
    int64_t v;
    while (gort_chanrecv(r->in, &v)) {
        v *= 10;
        gort_chansend(r->out, &v);
    }
}

// go func() { sleep(ns); ch <- tag }
struct Sleeper {
    void (*code)(Sleeper *);
    void *ch;
    int64_t ns, tag;
};
void sleeper_code(Sleeper *r) {
    gort_sleep(r->ns);
    gort_chansend(r->ch, &r->tag);
}

}  // namespace

TEST(RuntimeSched, UnbufferedHandOff) {
    Chan c(0);
    Sender s{sender_code, c.p(), 5};
    gort_go(&s);
    std::vector<int64_t> got;
    int64_t v = -1;
    while (gort_chanrecv(c.p(), &v)) got.push_back(v);
    EXPECT_EQ(got, (std::vector<int64_t>{1, 2, 3, 4, 5}));
    EXPECT_EQ(v, 0);  // a receive from a closed, drained channel yields the zero value
    EXPECT_EQ(gort_numgoroutine(), 1);
}

TEST(RuntimeSched, BufferedKeepsOrderAndCounts) {
    Chan c(3);
    for (int64_t i = 7; i < 10; i++) gort_chansend(c.p(), &i);
    EXPECT_EQ(gort_chanlen(c.p()), 3);
    EXPECT_EQ(gort_chancap(c.p()), 3);
    Sender s{sender_code, c.p(), 2};  // blocks on the full buffer, then hands over
    gort_go(&s);
    std::vector<int64_t> got;
    int64_t v;
    while (gort_chanrecv(c.p(), &v)) got.push_back(v);
    EXPECT_EQ(got, (std::vector<int64_t>{7, 8, 9, 1, 2}));
}

TEST(RuntimeSched, PipelineThroughTwoGoroutines) {
    Chan in(0), out(1);
    Relay r{relay_code, in.p(), out.p()};
    gort_go(&r);
    int64_t sum = 0;
    for (int64_t i = 1; i <= 4; i++) {
        gort_chansend(in.p(), &i);
        int64_t v;
        ASSERT_TRUE(gort_chanrecv(out.p(), &v));
        sum += v;
    }
    gort_closechan(in.p());
    gort_gosched();  // lets the relay see the close and exit
    EXPECT_EQ(sum, 100);
    EXPECT_EQ(gort_numgoroutine(), 1);
}

TEST(RuntimeSched, SelectDefaultAndReadyCases) {
    Chan a(1), b(1);
    int64_t x = 0;
    bool ok = true;
    GoSelectCase cases[2] = {{a.p(), &x, 2}, {b.p(), &x, 2}};
    EXPECT_EQ(gort_select(cases, 2, false, &ok), -1);  // nothing ready: default
    int64_t v = 42;
    gort_chansend(b.p(), &v);
    EXPECT_EQ(gort_select(cases, 2, false, &ok), 1);
    EXPECT_EQ(x, 42);
    EXPECT_TRUE(ok);
    gort_closechan(a.p());
    EXPECT_EQ(gort_select(cases, 2, true, &ok), 0);  // closed: ready, ok = false
    EXPECT_FALSE(ok);
    // a nil channel's case is never chosen
    GoSelectCase nilcase[2] = {{nullptr, &x, 2}, {b.p(), &v, 1}};
    EXPECT_EQ(gort_select(nilcase, 2, true, &ok), 1);
}

TEST(RuntimeSched, SelectChoosesUniformly) {
    Chan a(200), b(200);
    for (int64_t i = 0; i < 200; i++) {
        gort_chansend(a.p(), &i);
        gort_chansend(b.p(), &i);
    }
    int64_t x;
    bool ok;
    int counts[2] = {0, 0};
    GoSelectCase cases[2] = {{a.p(), &x, 2}, {b.p(), &x, 2}};
    for (int i = 0; i < 200; i++) counts[gort_select(cases, 2, true, &ok)]++;
    EXPECT_GT(counts[0], 60);
    EXPECT_GT(counts[1], 60);
}

TEST(RuntimeSched, BlockingSelectWokenBySleepers) {
    Chan a(0), b(0);
    Sleeper s1{sleeper_code, a.p(), 4000000, 1};
    Sleeper s2{sleeper_code, b.p(), 1000000, 2};
    gort_go(&s1);
    gort_go(&s2);
    int64_t x = 0;
    bool ok = false;
    GoSelectCase cases[2] = {{a.p(), &x, 2}, {b.p(), &x, 2}};
    EXPECT_EQ(gort_select(cases, 2, true, &ok), 1);  // the shorter sleep wins
    EXPECT_EQ(x, 2);
    EXPECT_TRUE(ok);
    ASSERT_TRUE(gort_chanrecv(a.p(), &x));
    EXPECT_EQ(x, 1);
    gort_gosched();
    EXPECT_EQ(gort_numgoroutine(), 1);
}

TEST(RuntimeSchedDeathTest, DeadlockIsFatal) {
    EXPECT_EXIT(
        {
            Chan c(0);
            int64_t v;
            gort_chanrecv(c.p(), &v);
        },
        testing::ExitedWithCode(2), "all goroutines are asleep - deadlock!\n\ngoroutine 1 \\[chan receive\\]:");
}

TEST(RuntimeSchedDeathTest, SendOnClosedPanics) {
    EXPECT_EXIT(
        {
            Chan c(1);
            gort_closechan(c.p());
            int64_t v = 1;
            gort_chansend(c.p(), &v);
        },
        testing::ExitedWithCode(2), "panic: send on closed channel");
}
