;; The inner loop of the subset-sum counting programme (weighted.ts), as WebAssembly with 128-bit SIMD.
;;
;; add_shift(base, w, len, p) multiplies the polynomial held at byte offset `base` (len coefficients, i32,
;; each a residue in [0, p), p < 2^30) by (1 + z^w), modulo p and truncated to len terms:
;;   for x = len − 1 down to w:  a[x] = (a[x] + a[x − w]) mod p
;; Going downwards keeps a[x − w] at its old value when it is read. Four cells at a time when w ≥ 4 (a block
;; never reads a cell that the same block writes), then one at a time for the rest.
;; Reduction without branches: s = a + b − p lies in (−p, p); adding p when s is negative (s >> 31 is all ones)
;; gives the residue. a + b < 2^31, so nothing overflows.
;; Regenerate add-shift-wasm.ts after editing: npx tsx packages/analysis/scripts/build-kernel.ts
(module
  (memory (export "memory") 1)
  (func (export "add_shift") (param $base i32) (param $w i32) (param $len i32) (param $p i32)
    (local $lo i32) (local $d i32) (local $x i32) (local $t i32) (local $pv v128) (local $s v128)
    (local.set $pv (i32x4.splat (local.get $p)))
    ;; d: the shift in bytes; lo: address of a[w], the lowest cell written; x: address of the top block a[len − 4].
    (local.set $d (i32.shl (local.get $w) (i32.const 2)))
    (local.set $lo (i32.add (local.get $base) (local.get $d)))
    (local.set $x (i32.add (local.get $base) (i32.shl (i32.sub (local.get $len) (i32.const 4)) (i32.const 2))))
    (if (i32.ge_u (local.get $w) (i32.const 4))
      (then
        (block $done
          (loop $blocks
            (br_if $done (i32.lt_s (local.get $x) (local.get $lo)))
            (local.set $s
              (i32x4.sub
                (i32x4.add (v128.load (local.get $x)) (v128.load (i32.sub (local.get $x) (local.get $d))))
                (local.get $pv)))
            (v128.store (local.get $x)
              (i32x4.add (local.get $s) (v128.and (i32x4.shr_s (local.get $s) (i32.const 31)) (local.get $pv))))
            (local.set $x (i32.sub (local.get $x) (i32.const 16)))
            (br $blocks)))))
    ;; The block at x was not written: continue cell by cell from its top cell down to a[w].
    (local.set $x (i32.add (local.get $x) (i32.const 12)))
    (block $end
      (loop $cells
        (br_if $end (i32.lt_s (local.get $x) (local.get $lo)))
        (local.set $t
          (i32.sub
            (i32.add (i32.load (local.get $x)) (i32.load (i32.sub (local.get $x) (local.get $d))))
            (local.get $p)))
        (i32.store (local.get $x)
          (i32.add (local.get $t) (i32.and (i32.shr_s (local.get $t) (i32.const 31)) (local.get $p))))
        (local.set $x (i32.sub (local.get $x) (i32.const 4)))
        (br $cells)))))
