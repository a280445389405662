// stunload: a closed-loop STUN Binding load generator for the throughput
// bench (test/bench/stun-throughput.bench.ts), and a batched C responder
// that shows the generator is not what limits the servers it measures.
//
//   stunload --target IP:PORT [--sockets N] [--window W] [--duration S]
//            [--warmup S] [--timeout-ms T] [--src-ips K] [--fingerprint]
//            [--echo] [--sleep] [--watch-pid PID]
//   stunload --reflect IP:PORT
//
// Load: N UDP sockets (N source ports; with --src-ips K they spread over
// 127.0.0.1..K, so a per-source-IP limiter sees K sources), each keeping W
// Binding requests (RFC 5389 §6; transaction ID = slot number and 64 random
// bits; FINGERPRINT with --fingerprint) outstanding. Every valid answer (a
// Binding success response for an outstanding transaction whose
// XOR-MAPPED-ADDRESS names the socket; with --echo, the request itself) is
// counted and replaced at once by a new request; one unanswered after T ms
// (default 1000) counts as lost and is replaced too, so drops do not shrink
// the window. Requests go out with sendmmsg and answers come in with
// recvmmsg, many per system call.
//
// The loop polls without sleeping (epoll_wait with timeout 0): a sleeping
// generator makes every server pay, in its sendmsg, for waking it (an
// inter-processor interrupt, dear in a VM), and pay more the slower it is,
// which is the generator measuring itself. --sleep sleeps in epoll_wait.
//
// Prints one JSON line counting only the measured window after the warm-up:
//   {"sent","received","lost","invalid","rps","sentPerS","durationS","cpu",
//    "serverCpu","coreBusy"}
// cpu is this process's CPU use (1 = one core busy), serverCpu that of
// --watch-pid (all threads) over the same window (-1 without it), coreBusy
// how busy each CPU was (everyone, interrupts included).
//
// Reflect: answers every Binding request with a minimal success response
// (header + XOR-MAPPED-ADDRESS), recvmmsg/sendmmsg 64 at a time. Runs until
// SIGTERM/SIGINT.
#define _GNU_SOURCE
#include <arpa/inet.h>
#include <errno.h>
#include <netinet/in.h>
#include <signal.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/epoll.h>
#include <sys/resource.h>
#include <sys/socket.h>
#include <time.h>
#include <unistd.h>

#define MAGIC_COOKIE 0x2112a442u     // RFC 5389 §6
#define FINGERPRINT_XOR 0x5354554eu  // RFC 5389 §15.5
#define ATTR_XOR_MAPPED 0x0020
#define ATTR_FINGERPRINT 0x8028
#define BATCH 64
#define MAXPKT 1500

static void die(const char *what) {
  perror(what);
  exit(2);
}

static double now_s(void) {
  struct timespec ts;
  clock_gettime(CLOCK_MONOTONIC, &ts);
  return ts.tv_sec + ts.tv_nsec / 1e9;
}

static double cpu_s(void) {
  struct rusage ru;
  getrusage(RUSAGE_SELF, &ru);
  return ru.ru_utime.tv_sec + ru.ru_utime.tv_usec / 1e6 + ru.ru_stime.tv_sec + ru.ru_stime.tv_usec / 1e6;
}

// CPU seconds a process (all its threads) has used, from /proc/PID/stat
// fields 14-15 (utime, stime); -1 when unreadable.
static double proc_cpu_s(int pid) {
  char path[64], buf[1024];
  snprintf(path, sizeof path, "/proc/%d/stat", pid);
  FILE *f = fopen(path, "r");
  if (!f) return -1;
  size_t n = fread(buf, 1, sizeof buf - 1, f);
  fclose(f);
  buf[n] = 0;
  char *p = strrchr(buf, ')');  // the command name may hold spaces
  unsigned long long ut, st;
  if (!p || sscanf(p + 2, "%*c %*d %*d %*d %*d %*d %*u %*u %*u %*u %*u %llu %llu", &ut, &st) != 2) return -1;
  return (double)(ut + st) / sysconf(_SC_CLK_TCK);
}

// Busy and total jiffies of each CPU from /proc/stat, to tell how much of
// the cores other processes took during the window.
#define MAXCPU 64
static int cpu_times(unsigned long long busy[MAXCPU], unsigned long long total[MAXCPU]) {
  FILE *f = fopen("/proc/stat", "r");
  if (!f) return 0;
  char line[512];
  int n = 0;
  while (fgets(line, sizeof line, f) && n < MAXCPU) {
    int cpu;
    unsigned long long v[8] = {0};
    if (strncmp(line, "cpu", 3) || line[3] < '0' || line[3] > '9') continue;  // cpuN lines, not the sum
    if (sscanf(line, "cpu%d %llu %llu %llu %llu %llu %llu %llu %llu", &cpu, &v[0], &v[1], &v[2], &v[3], &v[4], &v[5], &v[6], &v[7]) < 9) continue;
    // user nice system idle iowait irq softirq steal
    busy[n] = v[0] + v[1] + v[2] + v[5] + v[6] + v[7];
    total[n] = busy[n] + v[3] + v[4];
    n++;
  }
  fclose(f);
  return n;
}

static uint64_t rng_state;
static uint64_t rng(void) {  // xorshift64*: transaction IDs need to be unpredictable enough, not secret
  rng_state ^= rng_state >> 12;
  rng_state ^= rng_state << 25;
  rng_state ^= rng_state >> 27;
  return rng_state * 0x2545F4914F6CDD1Dull;
}

static uint32_t crc_table[256];
static void crc_init(void) {
  for (uint32_t i = 0; i < 256; i++) {
    uint32_t c = i;
    for (int k = 0; k < 8; k++) c = c & 1 ? 0xedb88320u ^ (c >> 1) : c >> 1;
    crc_table[i] = c;
  }
}
static uint32_t crc32(const uint8_t *p, size_t n) {
  uint32_t c = 0xffffffffu;
  while (n--) c = crc_table[(c ^ *p++) & 0xff] ^ (c >> 8);
  return c ^ 0xffffffffu;
}

static void put16(uint8_t *p, uint16_t v) { p[0] = v >> 8, p[1] = v & 0xff; }
static void put32(uint8_t *p, uint32_t v) { put16(p, v >> 16), put16(p + 2, v & 0xffff); }
static uint16_t get16(const uint8_t *p) { return (uint16_t)(p[0] << 8 | p[1]); }
static uint32_t get32(const uint8_t *p) { return (uint32_t)get16(p) << 16 | get16(p + 2); }

static struct sockaddr_in parse_addr(const char *text) {
  struct sockaddr_in a = {.sin_family = AF_INET};
  char host[64];
  const char *colon = strrchr(text, ':');
  if (!colon || colon - text >= (long)sizeof host) fprintf(stderr, "stunload: want IP:PORT, got %s\n", text), exit(2);
  memcpy(host, text, colon - text);
  host[colon - text] = 0;
  if (inet_pton(AF_INET, host, &a.sin_addr) != 1) fprintf(stderr, "stunload: bad IPv4 address %s\n", host), exit(2);
  a.sin_port = htons(atoi(colon + 1));
  return a;
}

static void big_buffers(int fd) {
  // Room for every outstanding datagram: the generator must not be where
  // packets are dropped. FORCE needs root; the plain call is the fallback.
  int size = 4 << 20;
  if (setsockopt(fd, SOL_SOCKET, SO_RCVBUFFORCE, &size, sizeof size) < 0) setsockopt(fd, SOL_SOCKET, SO_RCVBUF, &size, sizeof size);
  if (setsockopt(fd, SOL_SOCKET, SO_SNDBUFFORCE, &size, sizeof size) < 0) setsockopt(fd, SOL_SOCKET, SO_SNDBUF, &size, sizeof size);
}

// ---------------------------------------------------------------- reflect

static volatile sig_atomic_t stop;
static void on_signal(int sig) {
  (void)sig;
  stop = 1;
}

static int reflect(struct sockaddr_in at) {
  int fd = socket(AF_INET, SOCK_DGRAM, 0);
  if (fd < 0) die("socket");
  big_buffers(fd);
  if (bind(fd, (struct sockaddr *)&at, sizeof at) < 0) die("bind");
  struct sigaction sa = {.sa_handler = on_signal};  // no SA_RESTART: recvmmsg returns EINTR
  sigaction(SIGTERM, &sa, NULL);
  sigaction(SIGINT, &sa, NULL);
  static uint8_t in[BATCH][MAXPKT], out[BATCH][32];
  static struct sockaddr_in from[BATCH];
  static struct iovec iin[BATCH], iout[BATCH];
  static struct mmsghdr rx[BATCH], tx[BATCH];
  for (int i = 0; i < BATCH; i++) {
    iin[i] = (struct iovec){in[i], MAXPKT};
    rx[i].msg_hdr = (struct msghdr){.msg_name = &from[i], .msg_iov = &iin[i], .msg_iovlen = 1};
    iout[i] = (struct iovec){out[i], 32};
    tx[i].msg_hdr = (struct msghdr){.msg_iov = &iout[i], .msg_iovlen = 1};
  }
  while (!stop) {
    for (int i = 0; i < BATCH; i++) rx[i].msg_hdr.msg_namelen = sizeof from[i];
    int n = recvmmsg(fd, rx, BATCH, MSG_WAITFORONE, NULL);
    if (n < 0) {
      if (errno == EINTR) continue;
      die("recvmmsg");
    }
    int m = 0;
    for (int i = 0; i < n; i++) {
      const uint8_t *q = in[i];
      if (rx[i].msg_len < 20 || get16(q) != 0x0001 || get32(q + 4) != MAGIC_COOKIE) continue;
      uint8_t *r = out[m];
      put16(r, 0x0101);  // Binding success response
      put16(r + 2, 12);
      memcpy(r + 4, q + 4, 16);  // cookie + transaction ID
      put16(r + 20, ATTR_XOR_MAPPED);
      put16(r + 22, 8);
      r[24] = 0, r[25] = 1;  // IPv4
      put16(r + 26, ntohs(from[i].sin_port) ^ (MAGIC_COOKIE >> 16));
      put32(r + 28, ntohl(from[i].sin_addr.s_addr) ^ MAGIC_COOKIE);
      tx[m].msg_hdr.msg_name = &from[i];
      tx[m].msg_hdr.msg_namelen = sizeof from[i];
      m++;
    }
    for (int done = 0; done < m;) {
      int k = sendmmsg(fd, tx + done, m - done, 0);
      if (k < 0) {
        if (errno == EINTR) continue;
        break;  // best effort, like any UDP server
      }
      done += k;
    }
  }
  return 0;
}

// ---------------------------------------------------------------- load

struct slot {
  uint8_t txid[12];
  double sent_at;
};

struct conn {
  int fd;
  uint16_t local_port;  // host order
  uint32_t local_ip;    // host order
  struct slot *slots;
  // Pending sends, flushed with one sendmmsg.
  int npending;
  uint8_t (*pkt)[28];
  struct iovec *iov;
  struct mmsghdr *msgs;
};

static int window, fingerprint, echo_mode, sleep_mode;
static double timeout_s;
static uint64_t sent, received, lost, invalid;

static void flush(struct conn *c) {
  int done = 0;
  while (done < c->npending) {
    int k = sendmmsg(c->fd, c->msgs + done, c->npending - done, 0);
    if (k < 0) {
      if (errno == EINTR) continue;
      // EAGAIN / ECONNREFUSED (server not there yet): the slots time out and retry.
      break;
    }
    done += k;
  }
  sent += done;
  c->npending = 0;
}

static void queue_request(struct conn *c, int slot, double t) {
  struct slot *s = &c->slots[slot];
  // 32 bits name the slot so an answer finds it without a table; 64 random
  // bits make a late answer to a replaced request recognisably stale.
  put32(s->txid, (uint32_t)slot);
  uint64_t r = rng();
  memcpy(s->txid + 4, &r, 8);
  s->sent_at = t;
  if (c->npending == window) flush(c);
  uint8_t *p = c->pkt[c->npending];
  put16(p, 0x0001);  // Binding request
  put16(p + 2, fingerprint ? 8 : 0);
  put32(p + 4, MAGIC_COOKIE);
  memcpy(p + 8, s->txid, 12);
  size_t len = 20;
  if (fingerprint) {
    put16(p + 20, ATTR_FINGERPRINT);
    put16(p + 22, 4);
    put32(p + 24, crc32(p, 20) ^ FINGERPRINT_XOR);
    len = 28;
  }
  c->iov[c->npending++].iov_len = len;
}

// A Binding success response (or, with --echo, our request sent back) for
// an outstanding slot, whose XOR-MAPPED-ADDRESS names this socket.
static int accept_answer(struct conn *c, const uint8_t *p, int len) {
  if (len < 20 || get16(p + 2) + 20 != len || get32(p + 4) != MAGIC_COOKIE) return -1;
  if (get16(p) != (echo_mode ? 0x0001 : 0x0101)) return -1;
  uint32_t slot = get32(p + 8);
  if (slot >= (uint32_t)window || memcmp(c->slots[slot].txid, p + 8, 12) != 0) return -1;
  if (echo_mode) return (int)slot;
  for (int pos = 20; pos + 4 <= len;) {
    int type = get16(p + pos), alen = get16(p + pos + 2);
    if (pos + 4 + alen > len) return -1;
    if (type == ATTR_XOR_MAPPED && alen == 8) {
      uint16_t port = get16(p + pos + 6) ^ (MAGIC_COOKIE >> 16);
      uint32_t ip = get32(p + pos + 8) ^ MAGIC_COOKIE;
      return port == c->local_port && ip == c->local_ip ? (int)slot : -1;
    }
    pos += 4 + ((alen + 3) & ~3);
  }
  return -1;
}

static void usage(void) {
  fprintf(stderr,
          "usage: stunload --target IP:PORT [--sockets N] [--window W] [--duration S] [--warmup S]\n"
          "                [--timeout-ms T] [--src-ips K] [--fingerprint] [--echo] [--watch-pid PID]\n"
          "       stunload --reflect IP:PORT\n");
  exit(2);
}

int main(int argc, char **argv) {
  const char *target = NULL;
  int nsock = 4, src_ips = 1, watch_pid = 0;
  double duration = 5, warmup = 1;
  window = 32;
  timeout_s = 1;
  for (int i = 1; i < argc; i++) {
    const char *a = argv[i];
    const char *v = i + 1 < argc ? argv[i + 1] : NULL;
#define OPT(name) (!strcmp(a, name) && v && ++i)
    if (OPT("--target")) target = v;
    else if (OPT("--reflect")) return reflect(parse_addr(v));
    else if (OPT("--sockets")) nsock = atoi(v);
    else if (OPT("--window")) window = atoi(v);
    else if (OPT("--duration")) duration = atof(v);
    else if (OPT("--warmup")) warmup = atof(v);
    else if (OPT("--timeout-ms")) timeout_s = atof(v) / 1000;
    else if (OPT("--src-ips")) src_ips = atoi(v);
    else if (OPT("--watch-pid")) watch_pid = atoi(v);
    else if (!strcmp(a, "--fingerprint")) fingerprint = 1;
    else if (!strcmp(a, "--echo")) echo_mode = 1;
    else if (!strcmp(a, "--sleep")) sleep_mode = 1;
    else usage();
  }
  if (!target || nsock < 1 || window < 1 || src_ips < 1 || src_ips > 254 || duration <= 0) usage();
  crc_init();
  rng_state = ((uint64_t)time(NULL) * 0x9E3779B97F4A7C15ull ^ (uint64_t)getpid() << 32) | 1;
  struct sockaddr_in to = parse_addr(target);

  int ep = epoll_create1(0);
  if (ep < 0) die("epoll_create1");
  struct conn *conns = calloc(nsock, sizeof *conns);
  for (int i = 0; i < nsock; i++) {
    struct conn *c = &conns[i];
    c->fd = socket(AF_INET, SOCK_DGRAM | SOCK_NONBLOCK, 0);
    if (c->fd < 0) die("socket");
    big_buffers(c->fd);
    struct sockaddr_in me = {.sin_family = AF_INET, .sin_addr.s_addr = htonl(0x7f000001u + (uint32_t)(i % src_ips))};
    if (bind(c->fd, (struct sockaddr *)&me, sizeof me) < 0) die("bind");
    // Connected: the kernel drops datagrams from anyone but the target.
    if (connect(c->fd, (struct sockaddr *)&to, sizeof to) < 0) die("connect");
    socklen_t len = sizeof me;
    getsockname(c->fd, (struct sockaddr *)&me, &len);
    c->local_port = ntohs(me.sin_port);
    c->local_ip = ntohl(me.sin_addr.s_addr);
    c->slots = calloc(window, sizeof *c->slots);
    c->pkt = calloc(window, sizeof *c->pkt);
    c->iov = calloc(window, sizeof *c->iov);
    c->msgs = calloc(window, sizeof *c->msgs);
    for (int k = 0; k < window; k++) {
      c->iov[k].iov_base = c->pkt[k];
      c->msgs[k].msg_hdr = (struct msghdr){.msg_iov = &c->iov[k], .msg_iovlen = 1};
    }
    struct epoll_event ev = {.events = EPOLLIN, .data.ptr = c};
    if (epoll_ctl(ep, EPOLL_CTL_ADD, c->fd, &ev) < 0) die("epoll_ctl");
  }

  static uint8_t in[BATCH][MAXPKT];
  static struct iovec iin[BATCH];
  static struct mmsghdr rx[BATCH];
  for (int i = 0; i < BATCH; i++) {
    iin[i] = (struct iovec){in[i], MAXPKT};
    rx[i].msg_hdr = (struct msghdr){.msg_iov = &iin[i], .msg_iovlen = 1};
  }

  double start = now_s(), t = start;
  for (int i = 0; i < nsock; i++) {
    for (int k = 0; k < window; k++) queue_request(&conns[i], k, t);
    flush(&conns[i]);
  }
  double measure_from = start + warmup, measure_to = measure_from + duration, next_scan = t + timeout_s / 4;
  int measuring = 0;
  uint64_t s0 = 0, r0 = 0, l0 = 0, i0 = 0;
  double c0 = 0, t0 = 0, w0 = -1;
  unsigned long long b0[MAXCPU], a0[MAXCPU], b1[MAXCPU], a1[MAXCPU];
  int ncpu = 0;
  struct epoll_event events[64];
  for (;;) {
    int n = epoll_wait(ep, events, 64, sleep_mode ? 5 : 0);
    if (n < 0 && errno != EINTR) die("epoll_wait");
    t = now_s();
    for (int e = 0; e < n; e++) {
      struct conn *c = events[e].data.ptr;
      for (;;) {
        int got = recvmmsg(c->fd, rx, BATCH, MSG_DONTWAIT, NULL);
        if (got <= 0) break;  // EAGAIN, or ECONNREFUSED while the server is not up
        for (int k = 0; k < got; k++) {
          int slot = accept_answer(c, in[k], (int)rx[k].msg_len);
          if (slot < 0) {
            invalid++;
            continue;
          }
          received++;
          queue_request(c, slot, t);
        }
        flush(c);
        if (got < BATCH) break;
      }
    }
    if (t >= next_scan) {
      // Lost requests (dropped by a full server queue, or refused by a rate
      // limiter) would shrink the closed loop; replace them.
      for (int i = 0; i < nsock; i++) {
        struct conn *c = &conns[i];
        for (int k = 0; k < window; k++) {
          if (t - c->slots[k].sent_at < timeout_s) continue;
          lost++;
          queue_request(c, k, t);
        }
        flush(c);
      }
      next_scan = t + timeout_s / 4;
    }
    if (!measuring && t >= measure_from) {
      measuring = 1;
      s0 = sent, r0 = received, l0 = lost, i0 = invalid, c0 = cpu_s(), t0 = t;
      measure_to = t + duration;
      if (watch_pid) w0 = proc_cpu_s(watch_pid);
      ncpu = cpu_times(b0, a0);
    } else if (measuring && t >= measure_to) {
      double span = t - t0, w1 = watch_pid ? proc_cpu_s(watch_pid) : -1;
      cpu_times(b1, a1);
      printf("{\"sent\":%llu,\"received\":%llu,\"lost\":%llu,\"invalid\":%llu,\"rps\":%.0f,\"sentPerS\":%.0f,\"durationS\":%.3f,\"cpu\":%.3f,\"serverCpu\":%.3f,\"coreBusy\":[",
             (unsigned long long)(sent - s0), (unsigned long long)(received - r0), (unsigned long long)(lost - l0),
             (unsigned long long)(invalid - i0), (received - r0) / span, (sent - s0) / span, span, (cpu_s() - c0) / span,
             w0 >= 0 && w1 >= 0 ? (w1 - w0) / span : -1.0);
      for (int i = 0; i < ncpu; i++) printf("%s%.3f", i ? "," : "", a1[i] > a0[i] ? (double)(b1[i] - b0[i]) / (a1[i] - a0[i]) : 0.0);
      printf("]}\n");
      return 0;
    }
  }
}
