;; The keyword automaton's pass over a file's bytes, in WebAssembly (compiled into keyword-pass-wasm.ts by
;; `npm run wasm`; a test checks that the bytes there are this file's). JavaScript runs the same loop in
;; keywords.ts; this one is about twice as fast from the first call, as it needs no warm-up in V8's slower tiers.
;;
;; Memory, laid out by keyword-pass.ts:
;;   [0, 1024)           byte -> class, as an i32 byte offset (class * 4)
;;   [table, ...)        the transition table: i32 per (state, class), each a byte offset (state * width * 4)
;;   [out, outEnd)       the first half's hits, (end offset, state) pairs of i32
;;   [out2, out2End)     the second half's hits
;;   [input, ...)        the file's bytes
;;
;; The input is walked as two halves at once: two independent chains of look-ups keep the processor busier than one.
;; The second half starts `mid - from` bytes early (the longest keyword's length less one), so a keyword across the
;; middle is found once, by the second chain. A hit is a state at or above `accepting` (those states come last).
;; Hits past a region's end are counted but not stored: the caller sees a count above its capacity.
(module
  (memory (export "memory") 1)
  ;; the second half's hit count, read after `scan` returns
  (global $tail (export "tail") (mut i32) (i32.const 0))

  (func (export "scan")
    (param $table i32) (param $input i32) (param $mid i32) (param $from i32) (param $n i32) (param $accepting i32)
    (param $out i32) (param $outEnd i32) (param $out2 i32) (param $out2End i32)
    (result i32)
    (local $i i32) (local $j i32) (local $s i32) (local $t i32) (local $p i32) (local $q i32)
    (local.set $p (local.get $out))
    (local.set $q (local.get $out2))
    (local.set $j (local.get $from))
    (block $halves
      (loop $both
        (br_if $halves (i32.ge_u (local.get $i) (local.get $mid)))
        (local.set $s
          (i32.load (i32.add (local.get $table)
            (i32.add (local.get $s) (i32.load (i32.shl (i32.load8_u (i32.add (local.get $input) (local.get $i))) (i32.const 2)))))))
        (local.set $t
          (i32.load (i32.add (local.get $table)
            (i32.add (local.get $t) (i32.load (i32.shl (i32.load8_u (i32.add (local.get $input) (local.get $j))) (i32.const 2)))))))
        (if (i32.ge_u (local.get $s) (local.get $accepting))
          (then
            (if (i32.lt_u (local.get $p) (local.get $outEnd))
              (then
                (i32.store (local.get $p) (local.get $i))
                (i32.store offset=4 (local.get $p) (local.get $s))))
            (local.set $p (i32.add (local.get $p) (i32.const 8)))))
        ;; the second chain's hits before the middle are the first chain's
        (if (i32.and (i32.ge_u (local.get $t) (local.get $accepting)) (i32.ge_u (local.get $j) (local.get $mid)))
          (then
            (if (i32.lt_u (local.get $q) (local.get $out2End))
              (then
                (i32.store (local.get $q) (local.get $j))
                (i32.store offset=4 (local.get $q) (local.get $t))))
            (local.set $q (i32.add (local.get $q) (i32.const 8)))))
        (local.set $i (i32.add (local.get $i) (i32.const 1)))
        (local.set $j (i32.add (local.get $j) (i32.const 1)))
        (br $both)))
    ;; the second chain goes on to the end
    (block $end
      (loop $rest
        (br_if $end (i32.ge_u (local.get $j) (local.get $n)))
        (local.set $t
          (i32.load (i32.add (local.get $table)
            (i32.add (local.get $t) (i32.load (i32.shl (i32.load8_u (i32.add (local.get $input) (local.get $j))) (i32.const 2)))))))
        (if (i32.ge_u (local.get $t) (local.get $accepting))
          (then
            (if (i32.lt_u (local.get $q) (local.get $out2End))
              (then
                (i32.store (local.get $q) (local.get $j))
                (i32.store offset=4 (local.get $q) (local.get $t))))
            (local.set $q (i32.add (local.get $q) (i32.const 8)))))
        (local.set $j (i32.add (local.get $j) (i32.const 1)))
        (br $rest)))
    (global.set $tail (i32.shr_u (i32.sub (local.get $q) (local.get $out2)) (i32.const 3)))
    (i32.shr_u (i32.sub (local.get $p) (local.get $out)) (i32.const 3)))
)
