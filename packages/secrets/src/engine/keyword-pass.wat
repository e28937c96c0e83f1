;; The keyword automaton's pass over a file's bytes, in WebAssembly (compiled into keyword-pass-wasm.ts by
;; `npm run wasm`; a test checks that the bytes there are this file's). JavaScript runs the same automaton in
;; keywords.ts; this loop is faster from the first call, as it needs no warm-up in V8's slower tiers.
;;
;; Memory, laid out by keyword-pass.ts:
;;   [0, 256)               byte -> class, a byte
;;   [1024, ...)            the transition table: i32 per (state, class), the next state premultiplied by the class
;;                          count (width), as in keywords.ts: the entry for state s and class c is at (s + c) * 4
;;   [out + r * cap, +cap)  quarter r's hits, (end offset, state) pairs of i32, r = 0 .. 3
;;   [input, ...)           the file's bytes
;;
;; Each step of the automaton is a table look-up that needs the step before it, so one walk waits on its loads. The
;; input is walked as four quarters at once, four independent chains of look-ups (two measured 1.2x slower on the
;; benchmark tree). Quarter r is [r * len, (r + 1) * len), the last one up to n. Chains 1 to 3 start in state 0 at
;; `overlap` bytes (the longest keyword's length less one) before their quarter and walk up to it without looking
;; for hits, so a keyword across a boundary is found once, by the chain of the quarter it ends in. A hit is a state
;; at or above `accepting` (those states come last). Hits past a region's end are counted but not stored: the caller
;; sees a count above its capacity. Quarters 1 to 3's counts are left in globals.
;;
;; The loop is written for few instructions per byte: pointers into the input, and the table's place and the `* 4`
;; of an entry as a constant offset and a shift, which the compiler folds into the load's addressing. The table is
;; keywords.ts' own, copied as it is, so setting it up costs no loop over its entries.
(module
  (memory (export "memory") 1)
  (global $count1 (export "count1") (mut i32) (i32.const 0))
  (global $count2 (export "count2") (mut i32) (i32.const 0))
  (global $count3 (export "count3") (mut i32) (i32.const 0))

  ;; the state at `to` of a chain started in state 0 at `overlap` bytes before it (or at the input's start)
  (func $leadIn (param $input i32) (param $to i32) (param $overlap i32) (result i32)
    (local $at i32) (local $state i32)
    (local.set $at (select (i32.sub (local.get $to) (local.get $overlap)) (local.get $input)
      (i32.gt_u (local.get $to) (i32.add (local.get $input) (local.get $overlap)))))
    (block $done
      (loop $walk
        (br_if $done (i32.ge_u (local.get $at) (local.get $to)))
        (local.set $state (i32.load offset=1024 (i32.shl (i32.add (local.get $state) (i32.load8_u (i32.load8_u (local.get $at)))) (i32.const 2))))
        (local.set $at (i32.add (local.get $at) (i32.const 1)))
        (br $walk)))
    (local.get $state))

  (func (export "scan")
    (param $input i32) (param $len i32) (param $n i32) (param $overlap i32) (param $accepting i32)
    (param $out i32) (param $cap i32)
    (result i32)
    (local $s0 i32) (local $s1 i32) (local $s2 i32) (local $s3 i32)
    (local $p0 i32) (local $p1 i32) (local $p2 i32) (local $p3 i32)
    (local $h0 i32) (local $h1 i32) (local $h2 i32) (local $h3 i32)
    (local $e0 i32) (local $e1 i32) (local $e2 i32) (local $e3 i32)
    (local $stop i32) (local $end i32)
    (local.set $p0 (local.get $input))
    (local.set $p1 (i32.add (local.get $p0) (local.get $len)))
    (local.set $p2 (i32.add (local.get $p1) (local.get $len)))
    (local.set $p3 (i32.add (local.get $p2) (local.get $len)))
    (local.set $h0 (local.get $out))
    (local.set $h1 (i32.add (local.get $h0) (local.get $cap)))
    (local.set $h2 (i32.add (local.get $h1) (local.get $cap)))
    (local.set $h3 (i32.add (local.get $h2) (local.get $cap)))
    (local.set $e0 (local.get $h1))
    (local.set $e1 (local.get $h2))
    (local.set $e2 (local.get $h3))
    (local.set $e3 (i32.add (local.get $h3) (local.get $cap)))
    (local.set $s1 (call $leadIn (local.get $input) (local.get $p1) (local.get $overlap)))
    (local.set $s2 (call $leadIn (local.get $input) (local.get $p2) (local.get $overlap)))
    (local.set $s3 (call $leadIn (local.get $input) (local.get $p3) (local.get $overlap)))
    ;; the four chains, `len` bytes each
    (local.set $stop (local.get $p1))
    (block $quarters
      (loop $four
        (br_if $quarters (i32.ge_u (local.get $p0) (local.get $stop)))
        (local.set $s0 (i32.load offset=1024 (i32.shl (i32.add (local.get $s0) (i32.load8_u (i32.load8_u (local.get $p0)))) (i32.const 2))))
        (local.set $s1 (i32.load offset=1024 (i32.shl (i32.add (local.get $s1) (i32.load8_u (i32.load8_u (local.get $p1)))) (i32.const 2))))
        (local.set $s2 (i32.load offset=1024 (i32.shl (i32.add (local.get $s2) (i32.load8_u (i32.load8_u (local.get $p2)))) (i32.const 2))))
        (local.set $s3 (i32.load offset=1024 (i32.shl (i32.add (local.get $s3) (i32.load8_u (i32.load8_u (local.get $p3)))) (i32.const 2))))
        (if (i32.ge_u (local.get $s0) (local.get $accepting))
          (then
            (if (i32.lt_u (local.get $h0) (local.get $e0))
              (then
                (i32.store (local.get $h0) (i32.sub (local.get $p0) (local.get $input)))
                (i32.store offset=4 (local.get $h0) (local.get $s0))))
            (local.set $h0 (i32.add (local.get $h0) (i32.const 8)))))
        (if (i32.ge_u (local.get $s1) (local.get $accepting))
          (then
            (if (i32.lt_u (local.get $h1) (local.get $e1))
              (then
                (i32.store (local.get $h1) (i32.sub (local.get $p1) (local.get $input)))
                (i32.store offset=4 (local.get $h1) (local.get $s1))))
            (local.set $h1 (i32.add (local.get $h1) (i32.const 8)))))
        (if (i32.ge_u (local.get $s2) (local.get $accepting))
          (then
            (if (i32.lt_u (local.get $h2) (local.get $e2))
              (then
                (i32.store (local.get $h2) (i32.sub (local.get $p2) (local.get $input)))
                (i32.store offset=4 (local.get $h2) (local.get $s2))))
            (local.set $h2 (i32.add (local.get $h2) (i32.const 8)))))
        (if (i32.ge_u (local.get $s3) (local.get $accepting))
          (then
            (if (i32.lt_u (local.get $h3) (local.get $e3))
              (then
                (i32.store (local.get $h3) (i32.sub (local.get $p3) (local.get $input)))
                (i32.store offset=4 (local.get $h3) (local.get $s3))))
            (local.set $h3 (i32.add (local.get $h3) (i32.const 8)))))
        (local.set $p0 (i32.add (local.get $p0) (i32.const 1)))
        (local.set $p1 (i32.add (local.get $p1) (i32.const 1)))
        (local.set $p2 (i32.add (local.get $p2) (i32.const 1)))
        (local.set $p3 (i32.add (local.get $p3) (i32.const 1)))
        (br $four)))
    ;; the last quarter's remainder (n - 4 * len bytes, fewer than four)
    (local.set $end (i32.add (local.get $input) (local.get $n)))
    (block $done
      (loop $rest
        (br_if $done (i32.ge_u (local.get $p3) (local.get $end)))
        (local.set $s3 (i32.load offset=1024 (i32.shl (i32.add (local.get $s3) (i32.load8_u (i32.load8_u (local.get $p3)))) (i32.const 2))))
        (if (i32.ge_u (local.get $s3) (local.get $accepting))
          (then
            (if (i32.lt_u (local.get $h3) (local.get $e3))
              (then
                (i32.store (local.get $h3) (i32.sub (local.get $p3) (local.get $input)))
                (i32.store offset=4 (local.get $h3) (local.get $s3))))
            (local.set $h3 (i32.add (local.get $h3) (i32.const 8)))))
        (local.set $p3 (i32.add (local.get $p3) (i32.const 1)))
        (br $rest)))
    (global.set $count1 (i32.shr_u (i32.sub (local.get $h1) (i32.add (local.get $out) (local.get $cap))) (i32.const 3)))
    (global.set $count2 (i32.shr_u (i32.sub (local.get $h2) (i32.add (local.get $out) (i32.shl (local.get $cap) (i32.const 1)))) (i32.const 3)))
    (global.set $count3 (i32.shr_u (i32.sub (local.get $h3) (i32.add (local.get $out) (i32.mul (local.get $cap) (i32.const 3)))) (i32.const 3)))
    (i32.shr_u (i32.sub (local.get $h0) (local.get $out)) (i32.const 3)))
)
