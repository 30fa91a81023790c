// The C++ standard library: std::string operations, std::vector with std::sort /
// stable_sort / binary_search / unique / accumulate, std::map and std::multimap ordered
// iteration, std::unordered_map (results sorted before printing), std::set algebra,
// std::deque / std::list / std::priority_queue, std::unique_ptr / std::shared_ptr
// reference counts, iostream formatting (width, fill, precision, fixed / scientific,
// hex / oct, showbase, boolalpha, left / right), std::stringstream parsing, std::regex.
#include <algorithm>
#include <deque>
#include <iomanip>
#include <iostream>
#include <list>
#include <map>
#include <memory>
#include <numeric>
#include <queue>
#include <regex>
#include <set>
#include <sstream>
#include <string>
#include <unordered_map>
#include <vector>

static int failures;
static void check(bool ok, const std::string &what) {
    std::cout << (ok ? "ok: " : "FAIL: ") << what << '\n';
    if (!ok) failures++;
}

int main() {
    // strings
    std::string s = "The quick brown fox jumps over the lazy dog";
    std::string up = s;
    std::transform(up.begin(), up.end(), up.begin(),
                   [](unsigned char c) { return (char)std::toupper(c); });
    std::cout << up << '\n';
    check(s.find("fox") == 16 && s.rfind('o') == 41 && s.substr(4, 5) == "quick",
          "find / rfind / substr");
    std::string r = s;
    r.replace(r.find("lazy"), 4, "sleepy");
    r += "!";
    r.insert(0, ">> ");
    std::cout << r << " (" << r.size() << " chars)\n";
    check(r == ">> The quick brown fox jumps over the sleepy dog!", "replace / insert / append");
    std::string big;
    for (int i = 0; i < 1000; i++)
        big += std::to_string(i);
    check(big.size() == 2890 && big.compare(0, 3, "012") == 0,
          "long string built by += (2890 chars)");

    // vectors and algorithms
    std::vector<int> v;
    unsigned x = 12345;
    for (int i = 0; i < 2000; i++) {
        x = x * 1103515245u + 12345u;
        v.push_back((int)((x >> 8) % 1000));
    }
    std::vector<int> sorted = v;
    std::sort(sorted.begin(), sorted.end());
    check(std::is_sorted(sorted.begin(), sorted.end()), "std::sort");
    long sum = std::accumulate(v.begin(), v.end(), 0L);
    std::cout << "sum " << sum << " min " << sorted.front() << " max " << sorted.back()
              << " median " << sorted[1000] << '\n';
    auto last = std::unique(sorted.begin(), sorted.end());
    std::cout << "distinct values: " << (last - sorted.begin()) << '\n';
    check(std::binary_search(sorted.begin(), last, v[17]), "binary_search finds an element");
    std::vector<std::pair<int, int>> pairs;
    for (int i = 0; i < 50; i++)
        pairs.push_back({v[i] % 5, i});
    std::stable_sort(pairs.begin(), pairs.end(),
                     [](auto &a, auto &b) { return a.first < b.first; });
    bool stable = true;
    for (size_t i = 1; i < pairs.size(); i++)
        if (pairs[i].first == pairs[i - 1].first && pairs[i].second < pairs[i - 1].second)
            stable = false;
    check(stable, "stable_sort keeps the order of equal keys");

    // map / multimap / unordered_map / set
    std::map<std::string, int> words;
    std::istringstream in(s + " the end of the fox");
    std::string w;
    while (in >> w)
        words[w]++;
    std::cout << "words:";
    for (auto &kv : words)
        std::cout << ' ' << kv.first << '=' << kv.second;
    std::cout << '\n';
    check(words["the"] == 3 && words["fox"] == 2 && words.size() == 11, "std::map word count");
    std::multimap<int, std::string> byLen;
    for (auto &kv : words)
        byLen.insert({(int)kv.first.size(), kv.first});
    std::cout << "3-letter words: " << byLen.count(3) << '\n';
    std::unordered_map<int, int> hist;
    for (int e : v)
        hist[e % 10]++;
    std::vector<std::pair<int, int>> hv(hist.begin(), hist.end());
    std::sort(hv.begin(), hv.end());
    std::cout << "histogram:";
    for (auto &p : hv)
        std::cout << ' ' << p.first << ':' << p.second;
    std::cout << '\n';
    std::set<int> a{1, 3, 5, 7, 9, 11}, b{3, 6, 9, 12};
    std::vector<int> inter, uni;
    std::set_intersection(a.begin(), a.end(), b.begin(), b.end(), std::back_inserter(inter));
    std::set_union(a.begin(), a.end(), b.begin(), b.end(), std::back_inserter(uni));
    check(inter == std::vector<int>({3, 9}) && uni.size() == 8, "set_intersection / set_union");

    // other containers
    std::deque<int> dq;
    for (int i = 0; i < 10; i++)
        (i % 2 ? dq.push_back(i) : dq.push_front(i));
    std::list<int> li(dq.begin(), dq.end());
    li.sort();
    li.reverse();
    std::priority_queue<int> pq(v.begin(), v.begin() + 100);
    std::cout << "deque front " << dq.front() << " back " << dq.back() << ", list front "
              << li.front() << ", heap top " << pq.top() << '\n';
    check(dq.front() == 8 && dq.back() == 9 && li.front() == 9, "deque / list");

    // smart pointers
    static int alive = 0;
    struct Obj {
        Obj() { alive++; }
        ~Obj() { alive--; }
    };
    {
        std::shared_ptr<Obj> p1 = std::make_shared<Obj>();
        std::shared_ptr<Obj> p2 = p1;
        std::weak_ptr<Obj> wk = p1;
        check(p1.use_count() == 2 && alive == 1, "shared_ptr use_count 2");
        p1.reset();
        check(!wk.expired() && alive == 1, "still alive through p2");
        p2.reset();
        check(wk.expired() && alive == 0, "destroyed with the last owner");
        std::unique_ptr<Obj[]> arr(new Obj[4]);
        check(alive == 4, "unique_ptr<Obj[]> holds 4");
    }
    check(alive == 0, "unique_ptr released them");

    // iostream formatting
    std::ostringstream os;
    os << std::setw(8) << std::setfill('*') << 42 << '|' << std::left << std::setw(6) << "ab" << '|'
       << std::right << std::setfill(' ') << std::setw(10) << std::fixed << std::setprecision(3)
       << 3.14159265 << '|' << std::scientific << std::setprecision(2) << 12345.678 << '|'
       << std::defaultfloat << 0.1 << '|' << std::hex << std::showbase << 255 << '|' << std::oct
       << 8 << '|' << std::dec << std::noshowbase << std::boolalpha << true << '|' << std::uppercase
       << std::hex << 0xabcdefL << std::dec;
    std::cout << os.str() << '\n';
    check(os.str() == "******42|ab****|     3.142|1.23e+04|0.1|0xff|010|true|ABCDEF",
          "iostream manipulators");
    std::istringstream nums("12 -7 3.5 0x1f word");
    int i1, i2;
    double d;
    int h;
    std::string tail;
    nums >> i1 >> i2 >> d >> std::hex >> h >> tail;
    check(i1 == 12 && i2 == -7 && d == 3.5 && h == 31 && tail == "word",
          "stringstream parsing (incl. hex)");

    // regex
    std::regex re(R"((\w+)@(\w+)\.com)");
    std::string text = "mail alice@example.com and bob@test.com now";
    std::string found;
    for (std::sregex_iterator it(text.begin(), text.end(), re), end; it != end; ++it)
        found += (*it)[1].str() + "/" + (*it)[2].str() + " ";
    std::cout << "regex: " << found << '\n';
    check(found == "alice/example bob/test ", "std::regex search");
    check(std::regex_replace(std::string("a1b22c333"), std::regex("[0-9]+"), "#") == "a#b#c#",
          "regex_replace");

    std::cout << (failures ? "some checks FAILED" : "all ok") << std::endl;
    return failures ? 1 : 0;
}
