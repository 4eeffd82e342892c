"""Benchmarks of the ccx calculation core, run by ``make bench`` (``python -m bench``).

What is measured, and why:

1. **A year of interval staffing.** ``ccx_model.staffing.required_staffing`` on
   35,040 fifteen-minute intervals (52 weeks + 1 day): the baseline week tiled over a
   year with a seeded seasonal and noise multiplier, so every interval differs. A
   planner who imports a year's forecast must get the answer in well under a second
   (target: median ≤ 0.25 s).
2. **The same year in pyworkforce 0.5.1**, the open-source peer, interval by
   interval. Its agent counts must equal ours exactly (any mismatch fails the run
   and is diagnosed); its time gives the speed ratio of our vectorised Erlang C over
   a per-interval Python loop.
3. **The whole ``ccx staffing`` process on that year** (``bench.cli``): start, read
   the year's CSV, staff it, write the JSON, timed as a subprocess beside
   pyworkforce's in-process time on the same year (goal: at least 20× faster), with
   ``ccx --help`` and the interpreter's own start-up as floors.
4. **A full evaluation of the baseline scenario**, ``ccx_model.evaluate.evaluate``:
   what the app recomputes on every change of an input (target: median ≤ 50 ms).

Each benchmark is a function returning result rows; ``bench.__main__`` runs them in
turn, prints one table, writes ``bench/results/latest.json`` and exits 1 only when
a correctness check fails (a missed speed target is reported, not fatal).
"""
