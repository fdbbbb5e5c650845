;; The quantile sketch's level sort (src/stats/sketch-sort-kernel.ts): one round of a bucket sort (flashsort)
;; on the n doubles at offset 0, the result written back there. Answers 1 when sorted, 0 when it leaves the
;; values as they were for the JavaScript sort: a -0 among them (the JavaScript sort's order of 0 and -0 is
;; kept by letting it sort those), values crowded into a few buckets both by value and by the key of their
;; bits (see below), or when the insertion pass would move values more than 4n places in all. Equal values share a bucket and cost the insertion pass nothing.
;; n equal-width buckets (the JavaScript sort uses n/2; n is faster here on smooth data).
;; Memory: items at 0 (up to 8192 doubles), scratch at 65536, each item's bucket at 131072 (u32),
;; bucket ends at 163840 (u32, up to 8193).
(module
  (memory (export "memory") 4)
;; An integer key of a double (no NaN) that orders as the doubles do: the sign bit set for positive ones,
  ;; every bit flipped for negative ones.
  (func $key (param $x f64) (result i64)
    (local $bits i64)
    (local.set $bits (i64.reinterpret_f64 (local.get $x)))
    (i64.xor (local.get $bits)
      (i64.or (i64.shr_s (local.get $bits) (i64.const 63)) (i64.const 0x8000000000000000))))
  (func (export "sort") (param $n i32) (result i32)
    (local $i i32) (local $end i32) (local $v v128) (local $vmin v128) (local $vmax v128) (local $neg v128)
    (local $low f64) (local $high f64) (local $x f64) (local $scale f64)
    (local $buckets i32) (local $b i32) (local $c i32) (local $prev i32) (local $budget i32) (local $round i32) (local $kmin i64) (local $kscale f64) (local $largest i32) (local $at i32) (local $to i32)
    (local $j i32) (local $y f64)
    ;; min, max, and whether a -0 is there, two values at a time: pmin/pmax (b < a ? b : a) are one
    ;; instruction each where min/max must also order NaN and -0; there is no NaN here, and a level holding
    ;; a -0 is declined, so they give min/max's values.
    (local.set $vmin (f64x2.splat (f64.load (i32.const 0))))
    (local.set $vmax (local.get $vmin))
    (local.set $neg (v128.const i64x2 0 0))
    (local.set $end (i32.shl (i32.and (local.get $n) (i32.const -2)) (i32.const 3)))
    (local.set $i (i32.const 0))
    (block $done
      (loop $scan
        (br_if $done (i32.ge_u (local.get $i) (local.get $end)))
        (local.set $v (v128.load (local.get $i)))
        (local.set $vmin (f64x2.pmin (local.get $vmin) (local.get $v)))
        (local.set $vmax (f64x2.pmax (local.get $vmax) (local.get $v)))
        (local.set $neg (v128.or (local.get $neg)
          (i64x2.eq (local.get $v) (v128.const i64x2 0x8000000000000000 0x8000000000000000))))
        (local.set $i (i32.add (local.get $i) (i32.const 16)))
        (br $scan)))
    (if (i32.and (local.get $n) (i32.const 1))
      (then
        (local.set $v (f64x2.splat (f64.load (local.get $end))))
        (local.set $vmin (f64x2.pmin (local.get $vmin) (local.get $v)))
        (local.set $vmax (f64x2.pmax (local.get $vmax) (local.get $v)))
        (local.set $neg (v128.or (local.get $neg)
          (i64x2.eq (local.get $v) (v128.const i64x2 0x8000000000000000 0x8000000000000000))))))
    (if (v128.any_true (local.get $neg)) (then (return (i32.const 0))))
    (local.set $low (f64.min (f64x2.extract_lane 0 (local.get $vmin)) (f64x2.extract_lane 1 (local.get $vmin))))
    (local.set $high (f64.max (f64x2.extract_lane 0 (local.get $vmax)) (f64x2.extract_lane 1 (local.get $vmax))))
    (if (f64.eq (local.get $low) (local.get $high)) (then (return (i32.const 1))))
    (local.set $buckets (local.get $n))
    (local.set $end (i32.shl (i32.add (local.get $buckets) (i32.const 1)) (i32.const 2)))
    ;; Round 0 buckets by value; round 1 (when the values are crowded into part of their range, or the range
    ;; cannot be scaled) by the order-preserving integer key of their bits, about their logarithm, which
    ;; spreads heavy tails, wide ranges and denormals. Both maps never decrease as the value grows.
    ;; slightly under buckets / range, so the maximum lands in the last bucket (and it is clamped anyway)
    (local.set $scale (f64.mul
      (f64.div (f64.convert_i32_u (local.get $buckets)) (f64.sub (local.get $high) (local.get $low)))
      (f64.const 0x1.fffffffffep-1)))
    (local.set $round (i32.const 0))
    (if (i32.eqz (i32.and (f64.gt (local.get $scale) (f64.const 0)) (f64.lt (local.get $scale) (f64.const inf))))
      (then (local.set $round (i32.const 1))))
    (local.set $kmin (call $key (local.get $low)))
    (local.set $kscale (f64.mul
      (f64.div (f64.convert_i32_u (local.get $buckets))
        (f64.convert_i64_u (i64.sub (call $key (local.get $high)) (local.get $kmin))))
      (f64.const 0x1.fffffffffep-1)))
    (block $ready
      (loop $again
        ;; zero the bucket counts (counts of bucket b at 163840 + 4(b + 1))
        (local.set $i (i32.const 0))
        (block $done
          (loop $zero
            (br_if $done (i32.ge_u (local.get $i) (local.get $end)))
            (i32.store offset=163840 (local.get $i) (i32.const 0))
            (local.set $i (i32.add (local.get $i) (i32.const 4)))
            (br $zero)))
        ;; each item's bucket, and the counts
        (local.set $i (i32.const 0))
        (block $done
          (loop $count
            (br_if $done (i32.ge_u (local.get $i) (local.get $n)))
            (local.set $x (f64.load (i32.shl (local.get $i) (i32.const 3))))
            (if (local.get $round)
              (then (local.set $b (i32.trunc_sat_f64_u (f64.mul
                (f64.convert_i64_u (i64.sub (call $key (local.get $x)) (local.get $kmin))) (local.get $kscale)))))
              (else (local.set $b (i32.trunc_sat_f64_u (f64.mul
                (f64.sub (local.get $x) (local.get $low)) (local.get $scale))))))
            (local.set $b (select (i32.sub (local.get $buckets) (i32.const 1)) (local.get $b)
              (i32.ge_u (local.get $b) (local.get $buckets))))
            (i32.store offset=131072 (i32.shl (local.get $i) (i32.const 2)) (local.get $b))
            (local.set $to (i32.shl (local.get $b) (i32.const 2)))
            (i32.store offset=163844 (local.get $to) (i32.add (i32.load offset=163844 (local.get $to)) (i32.const 1)))
            (local.set $i (i32.add (local.get $i) (i32.const 1)))
            (br $count)))
        ;; counts to starts
        (local.set $prev (i32.const 0))
        (local.set $largest (i32.const 0))
        (local.set $i (i32.const 4))
        (block $done
          (loop $sum
            (br_if $done (i32.ge_u (local.get $i) (local.get $end)))
            (local.set $c (i32.load offset=163840 (local.get $i)))
            (if (i32.gt_u (local.get $c) (local.get $largest))
              (then (local.set $largest (local.get $c)) (local.set $at (local.get $i))))
            (local.set $prev (i32.add (local.get $prev) (local.get $c)))
            (i32.store offset=163840 (local.get $i) (local.get $prev))
            (local.set $i (i32.add (local.get $i) (i32.const 4)))
            (br $sum)))
        (br_if $ready (i32.le_u (local.get $largest) (i32.const 48)))
        ;; a bucket of more than 48 values is fine when it holds one value repeated (few distinct values);
        ;; else the values are crowded: bucket again by key, or decline if that was the key round
        (local.set $at (i32.sub (i32.shr_u (local.get $at) (i32.const 2)) (i32.const 1)))
        (local.set $x (f64.const nan))
        (local.set $i (i32.const 0))
        (block $mixed
          (loop $same
            (br_if $ready (i32.ge_u (local.get $i) (local.get $n)))
            (if (i32.eq (i32.load offset=131072 (i32.shl (local.get $i) (i32.const 2))) (local.get $at))
              (then
                (local.set $y (f64.load (i32.shl (local.get $i) (i32.const 3))))
                (if (f64.ne (local.get $x) (local.get $x)) (then (local.set $x (local.get $y))))
                (br_if $mixed (f64.ne (local.get $x) (local.get $y)))))
            (local.set $i (i32.add (local.get $i) (i32.const 1)))
            (br $same)))
        (if (local.get $round) (then (return (i32.const 0))))
        (local.set $round (i32.const 1))
        (br $again)))
    ;; move each item to its bucket in the scratch
    (local.set $i (i32.const 0))
    (block $done
      (loop $move
        (br_if $done (i32.ge_u (local.get $i) (local.get $n)))
        (local.set $b (i32.shl (i32.load offset=131072 (i32.shl (local.get $i) (i32.const 2))) (i32.const 2)))
        (local.set $to (i32.load offset=163840 (local.get $b)))
        (f64.store offset=65536 (i32.shl (local.get $to) (i32.const 3))
          (f64.load (i32.shl (local.get $i) (i32.const 3))))
        (i32.store offset=163840 (local.get $b) (i32.add (local.get $to) (i32.const 1)))
        (local.set $i (i32.add (local.get $i) (i32.const 1)))
        (br $move)))
    ;; one insertion pass from the scratch back to offset 0 (items only move within their bucket); declining
    ;; here leaves offset 0 overwritten, which is only a copy of the caller's values
    (local.set $end (i32.shl (local.get $n) (i32.const 3)))
    (local.set $budget (i32.shl (local.get $n) (i32.const 2)))
    (local.set $i (i32.const 0))
    (block $done
      (loop $insert
        (br_if $done (i32.ge_u (local.get $i) (local.get $end)))
        (local.set $x (f64.load offset=65536 (local.get $i)))
        (local.set $j (local.get $i))
        (block $placed
          (loop $shift
            (br_if $placed (i32.eqz (local.get $j)))
            (local.set $y (f64.load (i32.sub (local.get $j) (i32.const 8))))
            (br_if $placed (i32.eqz (f64.gt (local.get $y) (local.get $x))))
            (f64.store (local.get $j) (local.get $y))
            (local.set $budget (i32.sub (local.get $budget) (i32.const 1)))
            (if (i32.lt_s (local.get $budget) (i32.const 0)) (then (return (i32.const 0))))
            (local.set $j (i32.sub (local.get $j) (i32.const 8)))
            (br $shift)))
        (f64.store (local.get $j) (local.get $x))
        (local.set $i (i32.add (local.get $i) (i32.const 8)))
        (br $insert)))
    (i32.const 1)))
