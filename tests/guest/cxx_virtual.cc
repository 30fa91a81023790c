// Virtual dispatch and RTTI: an abstract base with pure virtual functions and a virtual
// destructor, overrides several levels deep, calls through base pointers and references in
// a heterogeneous container, covariant return types, multiple inheritance (pointer
// adjustment, calls through the second base), virtual inheritance (one shared base
// subobject), dynamic_cast down, across and to void*, typeid names and comparisons,
// pure-virtual-call-free construction order (virtual calls in constructors use the
// constructor's own class), member function pointers to virtual functions, and templates
// with virtual functions.
#include <cmath>
#include <cstdio>
#include <memory>
#include <string>
#include <typeinfo>
#include <vector>

static int failures;
static void check(bool ok, const std::string &what) {
    std::printf("%s: %s\n", ok ? "ok" : "FAIL", what.c_str());
    if (!ok) failures++;
}

static std::string trace;

struct Shape {
    Shape() { trace += "Shape(" + kind() + ") "; }
    virtual ~Shape() { trace += "~Shape "; }
    virtual double area() const = 0;
    virtual std::string name() const = 0;
    virtual std::string kind() const { return "shape"; }
    virtual Shape *clone() const = 0;
    std::string describe() const {
        char buf[64];
        std::snprintf(buf, sizeof buf, "%.3f", area());
        return name() + " area " + buf;
    }
};
struct Circle : Shape {
    double r;
    explicit Circle(double rr) : r(rr) { trace += "Circle(" + kind() + ") "; }
    ~Circle() override { trace += "~Circle "; }
    double area() const override { return M_PI * r * r; }
    std::string name() const override { return "circle"; }
    std::string kind() const override { return "round"; }
    Circle *clone() const override { return new Circle(*this); }
};
struct Rect : Shape {
    double w, h;
    Rect(double ww, double hh) : w(ww), h(hh) {}
    double area() const override { return w * h; }
    std::string name() const override { return "rect"; }
    Rect *clone() const override { return new Rect(*this); }
};
struct Square final : Rect {
    explicit Square(double s) : Rect(s, s) {}
    std::string name() const override { return "square"; }
    Square *clone() const override { return new Square(*this); }
};

// multiple inheritance
struct Named {
    virtual ~Named() {}
    virtual std::string label() const { return "named"; }
    int tag = 7;
};
struct Counted {
    virtual ~Counted() {}
    virtual int count() const = 0;
    long pad[3] = {1, 2, 3};
};
struct Widget : Named, Counted {
    int n;
    explicit Widget(int k) : n(k) {}
    std::string label() const override { return "widget#" + std::to_string(n); }
    int count() const override { return n * 2; }
};

// virtual inheritance (diamond)
struct Base {
    int value = 0;
    virtual ~Base() {}
    virtual std::string who() const { return "Base"; }
};
struct Left : virtual Base {
    std::string who() const override { return "Left"; }
};
struct Right : virtual Base {};
struct Bottom : Left, Right {
    std::string who() const override { return "Bottom"; }
};

template <typename T> struct Box {
    T v;
    virtual ~Box() {}
    virtual T get() const { return v; }
};
template <typename T> struct DoubledBox : Box<T> {
    T get() const override { return this->v + this->v; }
};

int main() {
    {
        Circle c(1.0);
        check(trace == "Shape(shape) Circle(round) ",
              "virtual calls during construction use the class being built");
    }
    check(trace == "Shape(shape) Circle(round) ~Circle ~Shape ", "destructors in reverse order");
    trace.clear();

    std::vector<std::unique_ptr<Shape>> shapes;
    shapes.emplace_back(new Circle(2.0));
    shapes.emplace_back(new Rect(3.0, 4.5));
    shapes.emplace_back(new Square(5.0));
    double total = 0;
    for (auto &s : shapes) {
        std::printf("%s\n", s->describe().c_str());
        total += s->area();
    }
    std::printf("total area %.4f\n", total);
    check(std::fabs(total - (M_PI * 4 + 13.5 + 25)) < 1e-12, "dispatch through base pointers");
    std::unique_ptr<Shape> copy(shapes[2]->clone());
    check(copy->name() == "square" && typeid(*copy) == typeid(Square),
          "covariant clone() keeps the dynamic type");
    Shape &ref = *shapes[1];
    check(ref.name() == "rect" && ref.kind() == "shape",
          "dispatch through a reference, inherited default");

    // dynamic_cast
    int rects = 0, squares = 0, circles = 0;
    for (auto &s : shapes) {
        if (dynamic_cast<Rect *>(s.get())) rects++;
        if (dynamic_cast<Square *>(s.get())) squares++;
        if (dynamic_cast<Circle *>(s.get())) circles++;
    }
    check(rects == 2 && squares == 1 && circles == 1, "dynamic_cast down the hierarchy");
    check(dynamic_cast<void *>(copy.get()) == (void *)copy.get(),
          "dynamic_cast<void *> gives the complete object");

    Widget w(21);
    Named *np = &w;
    Counted *cp = &w;
    std::printf("widget: label %s count %d tag %d\n", np->label().c_str(), cp->count(), np->tag);
    check((void *)np != (void *)cp, "second base at a different address");
    check(dynamic_cast<Counted *>(np) == cp && dynamic_cast<Widget *>(cp) == &w,
          "dynamic_cast across and down");
    check(cp->count() == 42 && np->label() == "widget#21", "calls through both bases");

    Bottom b;
    Left *lp = &b;
    Right *rp = &b;
    lp->value = 5;
    check(rp->value == 5 && static_cast<Base *>(lp) == static_cast<Base *>(rp),
          "virtual base shared (diamond)");
    Base *bp = rp;
    check(bp->who() == "Bottom" && dynamic_cast<Bottom *>(bp) == &b,
          "dispatch and dynamic_cast via the virtual base");

    // typeid
    std::printf("typeid names: %s %s %s\n", typeid(Circle).name(), typeid(*shapes[2]).name(),
                typeid(int).name());
    check(typeid(*shapes[0]) == typeid(Circle) && typeid(*shapes[2]) != typeid(Rect),
          "typeid comparisons");
    const std::type_info &ti = typeid(w);
    check(std::string(ti.name()) == "6Widget", "typeid name is the mangled name");

    // member function pointers
    double (Shape::*pa)() const = &Shape::area;
    std::string (Shape::*pn)() const = &Shape::name;
    check((shapes[2].get()->*pa)() == 25.0 && (shapes[0].get()->*pn)() == "circle",
          "pointers to virtual members");

    // templates
    std::unique_ptr<Box<int>> bi(new DoubledBox<int>);
    bi->v = 21;
    std::unique_ptr<Box<std::string>> bs(new DoubledBox<std::string>);
    bs->v = "ab";
    check(bi->get() == 42 && bs->get() == "abab", "virtual functions in class templates");

    shapes.clear();
    std::printf("destruction trace: %s\n", trace.c_str());
    check(trace ==
              "Shape(shape) Circle(round) Shape(shape) Shape(shape) ~Circle ~Shape ~Shape ~Shape ",
          "virtual destructors through base pointers");

    std::printf("%s\n", failures ? "some checks FAILED" : "all ok");
    return failures ? 1 : 0;
}
