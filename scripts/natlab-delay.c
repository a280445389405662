// natlab-delay: the lab's stand-in for `tc netem delay` on kernels built
// without sch_netem (CONFIG_NET_SCH_NETEM). The kernel hands every packet an
// iptables NFQUEUE rule matched to this process; the packet stays queued in
// the kernel, and this process accepts it once its delay has passed. Nothing
// is copied to user space but the packet id, so the packet the kernel
// forwards is the one it queued, and conntrack and NAT see it only after the
// delay (the rules sit in the raw table, before conntrack).
//
// usage: natlab-delay -q QUEUE -d DELAY_MS [-j JITTER_MS] [-s SEED]
//
// Jitter is uniform in [-J, +J] around the delay, like netem's default, and
// like netem it reorders packets whose release times cross. A packet that
// cannot be held (the queue's 65536 slots are full) is dropped by the
// kernel, as netem drops past its limit.
#define _GNU_SOURCE
#include <errno.h>
#include <arpa/inet.h>
#include <inttypes.h>
#include <libnetfilter_queue/libnetfilter_queue.h>
#include <libnfnetlink/libnfnetlink.h>
#include <linux/netfilter.h>
#include <poll.h>
#include <signal.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#define CAPACITY 65536

struct held {
  uint64_t due_ns;
  uint64_t order; // arrival order: equal release times leave in arrival order
  uint32_t id;
};

// A binary min-heap on (due_ns, order).
static struct held heap[CAPACITY];
static size_t held_count;
static uint64_t arrivals;
static uint64_t delay_ns, jitter_ns;
static uint64_t overflow;
static uint64_t rng_state = 0x9e3779b97f4a7c15ULL;
static volatile sig_atomic_t stopping;

static uint64_t now_ns(void) {
  struct timespec ts;
  clock_gettime(CLOCK_MONOTONIC, &ts);
  return (uint64_t)ts.tv_sec * 1000000000ULL + (uint64_t)ts.tv_nsec;
}

// xorshift64*: enough for jitter, and reproducible with -s.
static uint64_t rng(void) {
  rng_state ^= rng_state >> 12;
  rng_state ^= rng_state << 25;
  rng_state ^= rng_state >> 27;
  return rng_state * 2685821657736338717ULL;
}

static int before(const struct held *a, const struct held *b) {
  return a->due_ns < b->due_ns || (a->due_ns == b->due_ns && a->order < b->order);
}

static void heap_push(struct held h) {
  size_t i = held_count++;
  heap[i] = h;
  while (i > 0) {
    size_t p = (i - 1) / 2;
    if (!before(&heap[i], &heap[p])) break;
    struct held t = heap[i];
    heap[i] = heap[p];
    heap[p] = t;
    i = p;
  }
}

static struct held heap_pop(void) {
  struct held top = heap[0];
  heap[0] = heap[--held_count];
  size_t i = 0;
  for (;;) {
    size_t l = 2 * i + 1, r = l + 1, m = i;
    if (l < held_count && before(&heap[l], &heap[m])) m = l;
    if (r < held_count && before(&heap[r], &heap[m])) m = r;
    if (m == i) break;
    struct held t = heap[i];
    heap[i] = heap[m];
    heap[m] = t;
    i = m;
  }
  return top;
}

static int on_packet(struct nfq_q_handle *qh, struct nfgenmsg *msg, struct nfq_data *nfa, void *data) {
  (void)msg;
  (void)data;
  struct nfqnl_msg_packet_hdr *ph = nfq_get_msg_packet_hdr(nfa);
  if (!ph) return 0;
  uint32_t id = ntohl(ph->packet_id);
  if (held_count == CAPACITY) {
    // Cannot happen with the kernel queue at the same length; drop rather
    // than forward undelayed, so a measurement never sees a short cut.
    overflow++;
    nfq_set_verdict(qh, id, NF_DROP, 0, NULL);
    return 0;
  }
  int64_t d = (int64_t)delay_ns;
  if (jitter_ns) d += (int64_t)(rng() % (2 * jitter_ns + 1)) - (int64_t)jitter_ns;
  if (d < 0) d = 0;
  heap_push((struct held){ .due_ns = now_ns() + (uint64_t)d, .order = arrivals++, .id = id });
  return 0;
}

static void on_signal(int sig) {
  (void)sig;
  stopping = 1;
}

static uint64_t ms_arg(const char *s, const char *what) {
  char *end;
  errno = 0;
  double v = strtod(s, &end);
  if (errno || end == s || *end || v < 0 || v > 600000) {
    fprintf(stderr, "natlab-delay: bad %s '%s' (milliseconds, 0..600000)\n", what, s);
    exit(2);
  }
  return (uint64_t)(v * 1e6 + 0.5);
}

int main(int argc, char **argv) {
  int queue = -1, opt;
  while ((opt = getopt(argc, argv, "q:d:j:s:")) != -1) {
    switch (opt) {
      case 'q': queue = atoi(optarg); break;
      case 'd': delay_ns = ms_arg(optarg, "delay"); break;
      case 'j': jitter_ns = ms_arg(optarg, "jitter"); break;
      case 's': rng_state = strtoull(optarg, NULL, 0) | 1; break;
      default:
        fprintf(stderr, "usage: natlab-delay -q QUEUE -d DELAY_MS [-j JITTER_MS] [-s SEED]\n");
        return 2;
    }
  }
  if (queue < 0 || queue > 65535) {
    fprintf(stderr, "natlab-delay: -q QUEUE (0..65535) is required\n");
    return 2;
  }
  if (jitter_ns > delay_ns) jitter_ns = delay_ns;

  struct nfq_handle *h = nfq_open();
  if (!h) {
    perror("natlab-delay: nfq_open");
    return 1;
  }
  struct nfq_q_handle *qh = nfq_create_queue(h, (uint16_t)queue, on_packet, NULL);
  if (!qh) {
    perror("natlab-delay: nfq_create_queue (is another process bound to this queue?)");
    return 1;
  }
  // Only metadata: the packet id is all a verdict needs.
  if (nfq_set_mode(qh, NFQNL_COPY_META, 0) < 0) {
    perror("natlab-delay: nfq_set_mode");
    return 1;
  }
  if (nfq_set_queue_maxlen(qh, CAPACITY) < 0) perror("natlab-delay: nfq_set_queue_maxlen");
  // Room for bursts: an ENOBUFS here would lose packet ids (and the packets).
  nfnl_rcvbufsiz(nfq_nfnlh(h), 16 * 1024 * 1024);

  struct sigaction sa;
  memset(&sa, 0, sizeof sa);
  sa.sa_handler = on_signal;
  sigaction(SIGTERM, &sa, NULL);
  sigaction(SIGINT, &sa, NULL);
  sigaction(SIGHUP, &sa, NULL);

  int fd = nfq_fd(h);
  static char buf[65536] __attribute__((aligned));
  uint64_t enobufs = 0;
  // Ready: the caller waits for this line before it adds the NFQUEUE rules.
  printf("natlab-delay: queue %d, delay %.3f ms, jitter %.3f ms\n", queue, delay_ns / 1e6, jitter_ns / 1e6);
  fflush(stdout);
  while (!stopping) {
    struct timespec wait, *waitp = NULL;
    if (held_count) {
      uint64_t now = now_ns();
      uint64_t left = heap[0].due_ns > now ? heap[0].due_ns - now : 0;
      wait.tv_sec = (time_t)(left / 1000000000ULL);
      wait.tv_nsec = (long)(left % 1000000000ULL);
      waitp = &wait;
    }
    struct pollfd p = { .fd = fd, .events = POLLIN };
    int n = ppoll(&p, 1, waitp, NULL);
    if (n < 0 && errno != EINTR) {
      perror("natlab-delay: poll");
      break;
    }
    if (n > 0) {
      // Drain everything queued now, without blocking.
      for (;;) {
        ssize_t r = recv(fd, buf, sizeof buf, MSG_DONTWAIT);
        if (r > 0) {
          nfq_handle_packet(h, buf, (int)r);
          continue;
        }
        if (r < 0 && errno == ENOBUFS) {
          enobufs++;
          continue;
        }
        break;
      }
    }
    uint64_t now = now_ns();
    while (held_count && heap[0].due_ns <= now) {
      struct held x = heap_pop();
      nfq_set_verdict(qh, x.id, NF_ACCEPT, 0, NULL);
    }
  }
  // Let everything still held go, so stopping the lab loses nothing mid-flight.
  while (held_count) nfq_set_verdict(qh, heap_pop().id, NF_ACCEPT, 0, NULL);
  if (enobufs || overflow) fprintf(stderr, "natlab-delay: %" PRIu64 " receive overruns, %" PRIu64 " overflows\n", enobufs, overflow);
  nfq_destroy_queue(qh);
  nfq_close(h);
  return 0;
}
