/* chan.c — channels: make, send, receive (with comma-ok), close, len, cap.
 *
 * A channel is a GORT_CHAN_WORDS-word header (allocated by the generated code, an
 * ALLOC_MAKECHAN site, always on the heap) initialised by gort_makechan; the ring buffer of
 * a buffered channel is a GC-heap array of the element type, or the header's own last two
 * words when it needs at most 16 bytes. Goroutines blocked on a channel
 * wait in its send or receive queue as Sudogs on their own stacks (sched.h). As in gc, a
 * value goes straight from sender to a waiting receiver (or the reverse); the buffer is
 * used only when nobody waits. Elements travel by address; a NULL receive address discards
 * the value. No locking: the scheduler is not preemptive (sched.h). */
#include <string.h>

#include "runtime/sched.h"

typedef struct WaitQ { Sudog *first, *last; } WaitQ;

typedef struct Hchan {
    uint8_t *buf;
    int64_t qcount, dataqsiz, elemsize;
    const GoType *elemtype;
    int64_t sendx, recvx;
    WaitQ recvq, sendq;
    int64_t closed;
    /* a buffer of up to 16 bytes (make(chan T, 1) for a word or two, time.After's channel)
     * lives here, in the header: one allocation per channel instead of two */
    uint64_t small_buf[2];
} Hchan;

_Static_assert(sizeof(Hchan) <= GORT_CHAN_WORDS * 8, "GORT_CHAN_WORDS too small");

static void panic_str(const char *msg) {
    gort_panic_msg((const uint8_t *)msg, (int64_t)strlen(msg));
}

_Noreturn void chan_panic_send_closed(void) {
    panic_str("send on closed channel");
    __builtin_unreachable();
}

void gort_makechan(void *h, const GoType *elem, int64_t size) {
    Hchan *c = h;
    int64_t esz = elem ? elem->size : 0;
    if (size < 0 || (esz > 0 && size > ((int64_t)1 << 40) / esz)) panic_str("makechan: size out of range");
    c->elemtype = elem;
    c->elemsize = esz;
    c->dataqsiz = size;
    if (size > 0 && esz > 0)
        c->buf = size * esz <= (int64_t)sizeof c->small_buf ? (uint8_t *)c->small_buf
                                                             : gort_alloc_array(size, esz, elem);
}

/* ---- wait queues -------------------------------------------------------------------------- */

static void enqueue(WaitQ *q, Sudog *sg) {
    sg->next = NULL;
    sg->prev = q->last;
    if (q->last) q->last->next = sg;
    else q->first = sg;
    q->last = sg;
    sg->queued = true;
}

static void unlink_sudog(WaitQ *q, Sudog *sg) {
    if (!sg->queued) return;
    if (sg->prev) sg->prev->next = sg->next;
    else q->first = sg->next;
    if (sg->next) sg->next->prev = sg->prev;
    else q->last = sg->prev;
    sg->next = sg->prev = NULL;
    sg->queued = false;
}

/* The first waiter that can still be woken: a select that another case already completed
 * is skipped (it removes its remaining sudogs itself when it runs again). */
static Sudog *dequeue(WaitQ *q) {
    for (;;) {
        Sudog *sg = q->first;
        if (!sg) return NULL;
        unlink_sudog(q, sg);
        if (sg->is_select) {
            if (sg->g->woken_by) continue;
            sg->g->woken_by = sg;
        }
        return sg;
    }
}

void chan_enqueue(void *ch, Sudog *sg, bool send) {
    Hchan *c = ch;
    enqueue(send ? &c->sendq : &c->recvq, sg);
}

void chan_remove(void *ch, Sudog *sg, bool send) {
    Hchan *c = ch;
    unlink_sudog(send ? &c->sendq : &c->recvq, sg);
}

static void copy_elem(Hchan *c, void *dst, const void *src) {
    if (dst && c->elemsize) {
        if (src) memmove(dst, src, (size_t)c->elemsize);
        else memset(dst, 0, (size_t)c->elemsize);
    }
}

static uint8_t *slot(Hchan *c, int64_t i) { return c->buf + i * c->elemsize; }

/* ---- send ----------------------------------------------------------------------------------- */

bool chan_trysend(void *ch, const void *elem) {
    Hchan *c = ch;
    if (c->closed) chan_panic_send_closed();
    Sudog *sg = dequeue(&c->recvq);
    if (sg) {
        copy_elem(c, sg->elem, elem);
        sg->success = true;
        sched_ready(sg->g);
        return true;
    }
    if (c->qcount < c->dataqsiz) {
        if (c->elemsize) copy_elem(c, slot(c, c->sendx), elem);
        if (++c->sendx == c->dataqsiz) c->sendx = 0;
        c->qcount++;
        return true;
    }
    return false;
}

void gort_chansend(void *ch, const void *elem) {
    Hchan *c = ch;
    if (!c) {
        sched_park("chan send (nil chan)");
        gort_throw("unreachable");
    }
    if (chan_trysend(c, elem)) return;
    Sudog sg = { .g = sched_current(), .elem = (void *)elem, .chan = c };
    enqueue(&c->sendq, &sg);
    sched_park("chan send");
    if (!sg.success) chan_panic_send_closed();
}

/* ---- receive -------------------------------------------------------------------------------- */

bool chan_tryrecv(void *ch, void *elem, bool *ok) {
    Hchan *c = ch;
    Sudog *sg = dequeue(&c->sendq);
    if (sg) {
        if (c->dataqsiz == 0) {
            copy_elem(c, elem, sg->elem);
        } else {
            /* the buffer is full: take its head, the sender's value goes to its tail */
            copy_elem(c, elem, c->elemsize ? slot(c, c->recvx) : NULL);
            if (c->elemsize) copy_elem(c, slot(c, c->recvx), sg->elem);
            if (++c->recvx == c->dataqsiz) c->recvx = 0;
            c->sendx = c->recvx;
        }
        sg->success = true;
        sched_ready(sg->g);
        *ok = true;
        return true;
    }
    if (c->qcount > 0) {
        if (c->elemsize) {
            copy_elem(c, elem, slot(c, c->recvx));
            memset(slot(c, c->recvx), 0, (size_t)c->elemsize);
        }
        if (++c->recvx == c->dataqsiz) c->recvx = 0;
        c->qcount--;
        *ok = true;
        return true;
    }
    if (c->closed) {
        copy_elem(c, elem, NULL);
        *ok = false;
        return true;
    }
    return false;
}

bool gort_chanrecv(void *ch, void *elem) {
    Hchan *c = ch;
    if (!c) {
        sched_park("chan receive (nil chan)");
        gort_throw("unreachable");
    }
    bool ok;
    if (chan_tryrecv(c, elem, &ok)) return ok;
    Sudog sg = { .g = sched_current(), .elem = elem, .chan = c };
    enqueue(&c->recvq, &sg);
    sched_park("chan receive");
    return sg.success;
}

/* ---- close, len, cap ---------------------------------------------------------------------- */

void gort_closechan(void *ch) {
    Hchan *c = ch;
    if (!c) panic_str("close of nil channel");
    if (c->closed) panic_str("close of closed channel");
    c->closed = 1;
    Sudog *sg;
    while ((sg = dequeue(&c->recvq))) {
        copy_elem(c, sg->elem, NULL);
        sg->success = false;
        sched_ready(sg->g);
    }
    while ((sg = dequeue(&c->sendq))) {
        sg->success = false;
        sched_ready(sg->g);
    }
}

int64_t gort_chanlen(void *ch) { return ch ? ((Hchan *)ch)->qcount : 0; }
int64_t gort_chancap(void *ch) { return ch ? ((Hchan *)ch)->dataqsiz : 0; }
