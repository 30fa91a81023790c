# Bar chart for docs/benchmarks.md: time relative to native per workload, one bar per
# configuration. Called by bench.sh as
#   gnuplot -e "datafile='BUILD/bench/chart.dat'; outfile='docs/benchmarks.png'" chart.gp
# datafile columns: workload, qemu/native, jit/native, cache/native ("-" = not measured).
set terminal pngcairo size 1200,560 font "sans,10"
set output outfile
set datafile separator "\t"
set datafile missing "-"
set title "Wall time relative to native x86-64 (lower is better; log scale)"
set style data histograms
set style histogram clustered gap 1
set style fill solid 0.85 border -1
set boxwidth 0.9
set logscale y 2
set yrange [0.25:*]
set ytics ("0.5" 0.5, "1" 1, "1.5" 1.5, "2" 2, "3" 3, "4" 4, "8" 8, "16" 16, "32" 32, "64" 64, "128" 128)
set grid ytics
set xtics rotate by -35 nomirror
set key top left
set arrow from graph 0, first 1 to graph 1, first 1 nohead lw 1.5 lc rgb "black"
plot datafile using 2:xtic(1) title "qemu-riscv64" lc rgb "#a0a0a0", \
     '' using 3 title "recomp-run JIT" lc rgb "#2060c0", \
     '' using 4 title "recomp-run + cache" lc rgb "#30a040"
