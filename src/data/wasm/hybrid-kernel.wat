;; The RLE / bit-packed hybrid of a Parquet page's dictionary indices (src/data/hybrid-kernel.ts loads it;
;; compiled by scripts/build-wasm.mjs (wabt) into hybrid-kernel-wasm.ts next to this file).
;;
;; `decode` reads `count` indices of `width` bits (1-24) from $src .. $end, as parquet-columns.ts's readHybrid
;; reads them, and writes each index's dictionary value (f64 at $dict + 8 × index, when $dict is not -1) or
;; the index itself (i32), from $out on. It answers 0 when every index was read and is below $size, else 1,
;; having written anything: wherever readHybrid throws (a run past $end), and for an index past the
;; dictionary, which the caller's JavaScript path turns into a null, it declines, and the caller runs that
;; path on the same bytes. It also declines run headers longer than 4 bytes or of more than 2^24 groups,
;; which readHybrid reads with 32-bit arithmetic.
;;
;; At least 4 bytes past $end must be readable: a bit-packed value is read as the 32-bit word at its first
;; byte (width ≤ 24, so the value and its bit offset fit in it), and the bits past the run are masked off.
(module
  (memory (export "memory") 1)

  (func (export "decode") (param $src i32) (param $end i32) (param $width i32) (param $count i32)
    (param $dict i32) (param $size i32) (param $out i32) (result i32)
    (local $pos i32) (local $seen i32) (local $header i32) (local $shift i32) (local $byte i32)
    (local $mask i32) (local $stop i32) (local $groups i32) (local $bit i32) (local $value i32)
    (local $byteWidth i32) (local $first i32)
    (local.set $mask (i32.sub (i32.shl (i32.const 1) (local.get $width)) (i32.const 1)))
    (local.set $byteWidth (i32.shr_u (i32.add (local.get $width) (i32.const 7)) (i32.const 3)))
    (local.set $pos (local.get $src))
    (block $done
      (loop $run
        (br_if $done (i32.ge_u (local.get $seen) (local.get $count)))
        ;; the run's header, a varint
        (local.set $header (i32.const 0))
        (local.set $shift (i32.const 0))
        (loop $varint
          (if (i32.ge_u (local.get $pos) (local.get $end)) (then (return (i32.const 1))))
          (if (i32.gt_u (local.get $shift) (i32.const 21)) (then (return (i32.const 1))))
          (local.set $byte (i32.load8_u (local.get $pos)))
          (local.set $pos (i32.add (local.get $pos) (i32.const 1)))
          (local.set $header
            (i32.or (local.get $header)
              (i32.shl (i32.and (local.get $byte) (i32.const 0x7f)) (local.get $shift))))
          (local.set $shift (i32.add (local.get $shift) (i32.const 7)))
          (br_if $varint (i32.and (local.get $byte) (i32.const 0x80))))
        (local.set $groups (i32.shr_u (local.get $header) (i32.const 1)))
        (if (i32.and (local.get $header) (i32.const 1))
          (then
            ;; bit-packed: groups × 8 values, groups × width bytes, all within $end (else readHybrid throws)
            (if (i32.gt_u (local.get $groups) (i32.const 0x1000000)) (then (return (i32.const 1))))
            (if (i64.gt_u
                  (i64.add (i64.extend_i32_u (local.get $pos))
                    (i64.mul (i64.extend_i32_u (local.get $groups)) (i64.extend_i32_u (local.get $width))))
                  (i64.extend_i32_u (local.get $end)))
              (then (return (i32.const 1))))
            (local.set $stop (i32.add (local.get $seen) (i32.shl (local.get $groups) (i32.const 3))))
            (if (i32.gt_u (local.get $stop) (local.get $count)) (then (local.set $stop (local.get $count))))
            (local.set $first (local.get $seen))
            (local.set $bit (i32.const 0))
            (block $packed
              (loop $value
                (br_if $packed (i32.ge_u (local.get $seen) (local.get $stop)))
                (local.set $value
                  (i32.and
                    (i32.shr_u
                      (i32.load (i32.add (local.get $pos) (i32.shr_u (local.get $bit) (i32.const 3))))
                      (i32.and (local.get $bit) (i32.const 7)))
                    (local.get $mask)))
                (if (i32.ge_u (local.get $value) (local.get $size)) (then (return (i32.const 1))))
                (if (i32.eq (local.get $dict) (i32.const -1))
                  (then (i32.store (i32.add (local.get $out) (i32.shl (local.get $seen) (i32.const 2)))
                    (local.get $value)))
                  (else (f64.store (i32.add (local.get $out) (i32.shl (local.get $seen) (i32.const 3)))
                    (f64.load (i32.add (local.get $dict) (i32.shl (local.get $value) (i32.const 3)))))))
                (local.set $seen (i32.add (local.get $seen) (i32.const 1)))
                (local.set $bit (i32.add (local.get $bit) (local.get $width)))
                (br $value)))
            ;; past the bytes of the values read (all of the run's but where the indices ended)
            (local.set $pos
              (i32.add (local.get $pos)
                (i32.shr_u
                  (i32.add (i32.mul (i32.sub (local.get $seen) (local.get $first)) (local.get $width))
                    (i32.const 7))
                  (i32.const 3))))
            (br $run)))
        ;; RLE: one value, in $byteWidth little-endian bytes, repeated $groups times
        (if (i32.gt_u (i32.add (local.get $pos) (local.get $byteWidth)) (local.get $end))
          (then (return (i32.const 1))))
        (local.set $value
          (i32.and (i32.load (local.get $pos))
            (i32.sub (i32.shl (i32.const 1) (i32.shl (local.get $byteWidth) (i32.const 3))) (i32.const 1))))
        (local.set $pos (i32.add (local.get $pos) (local.get $byteWidth)))
        (local.set $stop (i32.add (local.get $seen) (local.get $groups)))
        (if (i32.or (i32.gt_u (local.get $stop) (local.get $count))
              (i32.lt_u (local.get $stop) (local.get $seen)))
          (then (local.set $stop (local.get $count))))
        (if (i32.lt_u (local.get $seen) (local.get $stop))
          (then (if (i32.ge_u (local.get $value) (local.get $size)) (then (return (i32.const 1))))))
        (block $filled
          (loop $fill
            (br_if $filled (i32.ge_u (local.get $seen) (local.get $stop)))
            (if (i32.eq (local.get $dict) (i32.const -1))
              (then (i32.store (i32.add (local.get $out) (i32.shl (local.get $seen) (i32.const 2)))
                (local.get $value)))
              (else (f64.store (i32.add (local.get $out) (i32.shl (local.get $seen) (i32.const 3)))
                (f64.load (i32.add (local.get $dict) (i32.shl (local.get $value) (i32.const 3)))))))
            (local.set $seen (i32.add (local.get $seen) (i32.const 1)))
            (br $fill)))
        (br $run)))
    (i32.const 0))
)
