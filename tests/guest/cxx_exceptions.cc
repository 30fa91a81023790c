// C++ exceptions: thrown several frames deep and caught by type (std::runtime_error and
// what(), a custom hierarchy caught by base reference, int, const char *), rethrow with
// throw;, std::exception_ptr and rethrow_exception, nested try blocks, destructors of
// locals run during unwinding (RAII counter), exceptions through a function pointer and a
// lambda, catch(...), std::nested_exception, function-try-block in a constructor,
// noexcept queries, standard library exceptions (vector::at, stoi, bad_alloc from a huge
// new, bad_cast), and an exception escaping a thread function caught inside the thread.
#include <cstdio>
#include <exception>
#include <functional>
#include <memory>
#include <new>
#include <stdexcept>
#include <string>
#include <thread>
#include <typeinfo>
#include <vector>

static int failures;
static void check(bool ok, const std::string &what) {
    std::printf("%s: %s\n", ok ? "ok" : "FAIL", what.c_str());
    if (!ok) failures++;
}

static int live_guards;
struct Guard {
    int id;
    explicit Guard(int i) : id(i) { live_guards++; }
    Guard(const Guard &o) : id(o.id) { live_guards++; }
    ~Guard() { live_guards--; }
};

struct AppError : std::runtime_error {
    int code;
    AppError(const std::string &m, int c) : std::runtime_error(m), code(c) {}
};
struct DiskError : AppError {
    DiskError(const std::string &m) : AppError("disk: " + m, 5) {}
};

__attribute__((noinline)) static int level3(int x) {
    Guard g(3);
    if (x == 1) throw std::runtime_error("level3 failed with x=" + std::to_string(x));
    if (x == 2) throw DiskError("sector 42");
    if (x == 3) throw 17;
    if (x == 4) throw "a C string";
    return x * 10;
}
__attribute__((noinline)) static int level2(int x) {
    Guard g(2);
    return level3(x) + 1;
}
__attribute__((noinline)) static int level1(int x) {
    Guard g(1);
    std::vector<Guard> many;
    for (int i = 0; i < 5; i++)
        many.emplace_back(100 + i);
    return level2(x) + 1;
}

struct Member {
    Member() { throw std::logic_error("member constructor"); }
};
struct Holder {
    Member m;
    std::string seen;
    Holder() try : m() {
    } catch (const std::logic_error &e) {
        // a function-try-block of a constructor rethrows automatically
    }
};

int main() {
    check(level1(7) == 72 && live_guards == 0, "no exception: normal return");

    try {
        level1(1);
        check(false, "runtime_error not thrown");
    } catch (const std::runtime_error &e) {
        std::printf("caught runtime_error: %s\n", e.what());
        check(std::string(e.what()) == "level3 failed with x=1", "std::runtime_error::what()");
    }
    check(live_guards == 0, "every Guard destroyed during unwinding");

    try {
        level1(2);
    } catch (const AppError &e) {
        std::printf("caught AppError (dynamic type %s): %s code %d\n",
                    dynamic_cast<const DiskError *>(&e) ? "DiskError" : "?", e.what(), e.code);
        check(e.code == 5 && std::string(e.what()) == "disk: sector 42",
              "derived exception caught by base reference");
    }
    try {
        level1(3);
    } catch (int v) {
        check(v == 17, "throw 17 caught as int");
    }
    try {
        level1(4);
    } catch (const char *s) {
        check(std::string(s) == "a C string", "throw \"...\" caught as const char *");
    }
    check(live_guards == 0, "still no Guard left");

    // rethrow, nested try
    int stage = 0;
    try {
        try {
            level2(2);
        } catch (const std::exception &e) {
            stage = 1;
            throw;
        }
    } catch (const DiskError &e) {
        stage = stage * 10 + 2;
    }
    check(stage == 12, "throw; rethrows the original DiskError");

    // exception_ptr
    std::exception_ptr ep;
    try {
        level3(1);
    } catch (...) {
        ep = std::current_exception();
    }
    try {
        std::rethrow_exception(ep);
    } catch (const std::runtime_error &e) {
        check(std::string(e.what()).find("x=1") != std::string::npos,
              "exception_ptr rethrown later");
    }

    // nested exceptions
    try {
        try {
            throw std::out_of_range("inner");
        } catch (...) {
            std::throw_with_nested(std::runtime_error("outer"));
        }
    } catch (const std::runtime_error &e) {
        std::string chain = e.what();
        try {
            std::rethrow_if_nested(e);
        } catch (const std::out_of_range &in) {
            chain += std::string(" <- ") + in.what();
        }
        std::printf("nested: %s\n", chain.c_str());
        check(chain == "outer <- inner", "std::throw_with_nested / rethrow_if_nested");
    }

    // through a function pointer, a std::function and a lambda
    int (*fp)(int) = level1;
    std::function<int(int)> fn = [](int x) { return level2(x) * 2; };
    int caught = 0;
    for (int x = 1; x <= 4; x++) {
        try {
            (x % 2 ? fp(x) : fn(x));
        } catch (...) {
            caught++;
        }
    }
    check(caught == 4 && live_guards == 0,
          "exceptions through a function pointer and std::function, catch(...)");

    // function-try-block
    try {
        Holder h;
        check(false, "Holder constructed");
    } catch (const std::logic_error &e) {
        check(std::string(e.what()) == "member constructor",
              "constructor function-try-block rethrows");
    }

    // library exceptions
    std::vector<int> v(3);
    try {
        v.at(10) = 1;
    } catch (const std::out_of_range &) {
        check(true, "vector::at out of range");
    }
    try {
        (void)std::stoi("not a number");
    } catch (const std::invalid_argument &) {
        check(true, "stoi: invalid_argument");
    }
    try {
        volatile size_t huge = ~size_t(0) / 4;
        char *p = new char[huge];
        check(false, "huge new succeeded");
        delete[] p;
    } catch (const std::bad_alloc &) {
        check(true, "huge new: bad_alloc");
    }
    struct B {
        virtual ~B() {}
    };
    struct D : B {};
    B b;
    try {
        (void)dynamic_cast<D &>(b);
    } catch (const std::bad_cast &) {
        check(true, "dynamic_cast to a wrong reference: bad_cast");
    }

    check(noexcept(live_guards++) && !noexcept(level1(0)), "noexcept operator");

    // in a thread
    int thread_result = 0;
    std::thread t([&] {
        try {
            level1(2);
        } catch (const AppError &e) {
            thread_result = e.code;
        }
    });
    t.join();
    check(thread_result == 5, "exception thrown and caught inside a std::thread");

    std::printf("%s\n", failures ? "some checks FAILED" : "all ok");
    return failures ? 1 : 0;
}
