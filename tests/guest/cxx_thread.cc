// C++ threads: std::thread with arguments and lambdas, std::mutex / lock_guard /
// unique_lock, std::condition_variable (a bounded producer/consumer queue with exact sums),
// std::atomic counters, std::async / std::future / std::promise (values and an exception
// carried to get()), std::call_once, thread_local objects with constructors and destructors
// (run once per thread, at thread exit), std::shared_mutex, hardware_concurrency > 0.
// Only the main thread prints.
#include <algorithm>
#include <atomic>
#include <condition_variable>
#include <cstdio>
#include <deque>
#include <future>
#include <mutex>
#include <numeric>
#include <shared_mutex>
#include <stdexcept>
#include <string>
#include <thread>
#include <vector>

static int failures;
static void check(bool ok, const std::string &what) {
    std::printf("%s: %s\n", ok ? "ok" : "FAIL", what.c_str());
    if (!ok) failures++;
}

static std::atomic<int> tl_constructed{0}, tl_destroyed{0};
struct PerThread {
    std::vector<int> data;
    PerThread() : data(100, 1) { tl_constructed++; }
    ~PerThread() { tl_destroyed++; }
};
static thread_local PerThread per_thread;
static thread_local int tl_counter = 10;

int main() {
    // threads with arguments; mutex-protected counter
    std::mutex m;
    long counter = 0;
    std::vector<std::thread> ts;
    std::vector<long> partial(8);
    for (int t = 0; t < 8; t++)
        ts.emplace_back(
            [&](int id, int iters) {
                for (int i = 0; i < iters; i++) {
                    std::lock_guard<std::mutex> g(m);
                    counter++;
                }
                partial[id] = (long)id * iters;
                tl_counter += id;
                partial[id] += tl_counter; // 10 + id: thread_local starts fresh
            },
            t, 10000);
    for (auto &t : ts)
        t.join();
    long want_partial = 0;
    for (int t = 0; t < 8; t++)
        want_partial += (long)t * 10000 + 10 + t;
    std::printf("counter %ld, partial sum %ld\n", counter,
                std::accumulate(partial.begin(), partial.end(), 0L));
    check(counter == 80000, "8 std::threads x 10000 locked increments");
    check(std::accumulate(partial.begin(), partial.end(), 0L) == want_partial && tl_counter == 10,
          "arguments passed, thread_local int fresh per thread");

    // condition variable: bounded queue
    std::mutex qm;
    std::condition_variable not_full, not_empty;
    std::deque<int> q;
    const int items = 5000;
    long consumed_sum = 0;
    int consumed = 0;
    std::thread prod([&] {
        for (int i = 1; i <= items; i++) {
            std::unique_lock<std::mutex> lk(qm);
            not_full.wait(lk, [&] { return q.size() < 8; });
            q.push_back(i);
            not_empty.notify_one();
        }
    });
    std::thread cons([&] {
        for (int i = 0; i < items; i++) {
            std::unique_lock<std::mutex> lk(qm);
            not_empty.wait(lk, [&] { return !q.empty(); });
            consumed_sum += q.front();
            q.pop_front();
            consumed++;
            not_full.notify_one();
        }
    });
    prod.join();
    cons.join();
    check(consumed == items && consumed_sum == (long)items * (items + 1) / 2,
          "condition_variable bounded queue");

    // atomics
    std::atomic<long> at{0};
    std::atomic<int> maxv{0};
    ts.clear();
    for (int t = 0; t < 4; t++)
        ts.emplace_back([&, t] {
            for (int i = 0; i < 20000; i++) {
                at.fetch_add(1, std::memory_order_relaxed);
                int cand = (i * 31 + t * 7) % 50000, cur = maxv.load();
                while (cand > cur && !maxv.compare_exchange_weak(cur, cand)) {
                }
            }
        });
    for (auto &t : ts)
        t.join();
    int want_max = 0;
    for (int t = 0; t < 4; t++)
        for (int i = 0; i < 20000; i++)
            want_max = std::max(want_max, (i * 31 + t * 7) % 50000);
    std::printf("atomic max %d\n", maxv.load());
    check(at.load() == 80000 && maxv.load() == want_max, "std::atomic fetch_add and CAS max");

    // async / future / promise
    auto f1 = std::async(std::launch::async, [] {
        long s = 0;
        for (int i = 1; i <= 1000; i++)
            s += i;
        return s;
    });
    auto f2 =
        std::async(std::launch::async, []() -> int { throw std::runtime_error("from async"); });
    std::promise<std::string> pr;
    std::future<std::string> pf = pr.get_future();
    std::thread setter([&] { pr.set_value("promised"); });
    check(f1.get() == 500500, "std::async result");
    try {
        f2.get();
        check(false, "exception through future");
    } catch (const std::runtime_error &e) {
        check(std::string(e.what()) == "from async", "exception carried through the future");
    }
    check(pf.get() == "promised", "std::promise value");
    setter.join();

    // call_once, shared_mutex
    std::once_flag once;
    std::atomic<int> once_calls{0};
    std::shared_mutex sm;
    int shared_value = 0;
    std::atomic<int> bad_reads{0};
    ts.clear();
    for (int t = 0; t < 6; t++)
        ts.emplace_back([&, t] {
            std::call_once(once, [&] { once_calls++; });
            for (int i = 0; i < 2000; i++) {
                if (t < 2) {
                    std::unique_lock<std::shared_mutex> w(sm);
                    shared_value++;
                    shared_value++;
                } else {
                    std::shared_lock<std::shared_mutex> r(sm);
                    if (shared_value % 2) bad_reads++;
                }
            }
        });
    for (auto &t : ts)
        t.join();
    check(once_calls == 1, "std::call_once ran once");
    check(shared_value == 8000 && bad_reads == 0,
          "shared_mutex: writers exclusive, readers see even values");

    // thread_local object lifetimes
    int before_c = tl_constructed, before_d = tl_destroyed;
    std::thread a([] { per_thread.data[0] = 5; });
    std::thread b([] { per_thread.data[1] = 6; });
    a.join();
    b.join();
    std::printf("thread_local objects: +%d constructed, +%d destroyed\n", tl_constructed - before_c,
                tl_destroyed - before_d);
    check(tl_constructed - before_c == 2 && tl_destroyed - before_d == 2,
          "thread_local object built on first use and destroyed at thread exit, per thread");
    check(std::thread::hardware_concurrency() > 0, "hardware_concurrency > 0");

    std::printf("%s\n", failures ? "some checks FAILED" : "all ok");
    return failures ? 1 : 0;
}
