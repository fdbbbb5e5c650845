;; The per-unit work of the Poisson bootstrap of binary metrics (src/stats/binary-resample-block.ts), four
;; resamples at a time: SIMD lanes are resamples. Compiled by scripts/build-wasm.mjs (wabt) into
;; binary-resample-kernel-wasm.ts; test/unit/stats/binary-resample-block.test.ts checks that the embedded
;; bytes are this file's, and that both functions equal their JavaScript references bit for bit.
;;
;; Memory (laid out by the caller):
;;   states: 4 × v128, sfc32's words a, b, c, d; lane l of each is resample l's generator
;;   thresholds: i32 count, then the Poisson(1) inverse-CDF thresholds T_0 < T_1 < … (u32; a uniform u
;;     draws the count #{k : u ≥ T_k}, i.e. samplePoisson(poissonTable(1), u) of bootstrap.ts)
;;   counts: 4 bytes per unit, the count of each lane (resample)
;;   view: a model's positions in descending-score order (see $pass)
;;   segments: u32 end position of each segment, then i8 calibration bin of each segment (−1: none)
;;   cellOfUnit: u32 cell of each unit, for a view whose positions are cells; the block's counts are summed
;;     into the cells (4 × u32 per cell) once per block
;;   unitAt: u32 unit at each position of a later model's view; its counts are gathered into that order once
;;     per block (one random read of a unit's 4 bytes serves all four resamples)
;;   out: 18 × v128, see $pass
(module
  (memory (export "memory") 1)

  ;; Poisson(1) counts of units from..to−1, one 32-bit draw per unit and lane; the states are updated.
  (func (export "draw") (param $states i32) (param $thresholds i32) (param $counts i32)
    (param $from i32) (param $to i32)
    (local $a v128) (local $b v128) (local $c v128) (local $d v128) (local $t v128) (local $n v128)
    (local $one v128) (local $t0 v128) (local $t1 v128) (local $t2 v128) (local $t3 v128) (local $t4 v128)
    (local $thresholdCount i32) (local $k i32) (local $at i32) (local $end i32)
    (local.set $a (v128.load (local.get $states)))
    (local.set $b (v128.load offset=16 (local.get $states)))
    (local.set $c (v128.load offset=32 (local.get $states)))
    (local.set $d (v128.load offset=48 (local.get $states)))
    (local.set $thresholdCount (i32.load (local.get $thresholds)))
    (local.set $t0 (v128.load32_splat offset=4 (local.get $thresholds)))
    (local.set $t1 (v128.load32_splat offset=8 (local.get $thresholds)))
    (local.set $t2 (v128.load32_splat offset=12 (local.get $thresholds)))
    (local.set $t3 (v128.load32_splat offset=16 (local.get $thresholds)))
    (local.set $t4 (v128.load32_splat offset=20 (local.get $thresholds)))
    (local.set $one (i32x4.splat (i32.const 1)))
    (local.set $at (i32.add (local.get $counts) (i32.shl (local.get $from) (i32.const 2))))
    (local.set $end (i32.add (local.get $counts) (i32.shl (local.get $to) (i32.const 2))))
    (block $done
      (loop $unit
        (br_if $done (i32.ge_u (local.get $at) (local.get $end)))
        ;; sfc32: t = a + b + d; d += 1; a = b ^ (b >>> 9); b = c + (c << 3); c = rotl(c, 21) + t
        (local.set $t (i32x4.add (i32x4.add (local.get $a) (local.get $b)) (local.get $d)))
        (local.set $d (i32x4.add (local.get $d) (local.get $one)))
        (local.set $a (v128.xor (local.get $b) (i32x4.shr_u (local.get $b) (i32.const 9))))
        (local.set $b (i32x4.add (local.get $c) (i32x4.shl (local.get $c) (i32.const 3))))
        (local.set $c
          (i32x4.add
            (v128.or (i32x4.shl (local.get $c) (i32.const 21)) (i32x4.shr_u (local.get $c) (i32.const 11)))
            (local.get $t)))
        ;; the count: minus the sum of the masks (−1 where t ≥ T_k); the first five thresholds hold
        ;; P(count ≤ 4) = 0.996 of the mass, the others are looked at only when a lane passes T_4
        (local.set $n
          (i32x4.sub
            (i32x4.sub
              (i32x4.sub
                (i32x4.sub
                  (i32x4.sub (v128.const i32x4 0 0 0 0) (i32x4.ge_u (local.get $t) (local.get $t0)))
                  (i32x4.ge_u (local.get $t) (local.get $t1)))
                (i32x4.ge_u (local.get $t) (local.get $t2)))
              (i32x4.ge_u (local.get $t) (local.get $t3)))
            (i32x4.ge_u (local.get $t) (local.get $t4))))
        (if (v128.any_true (i32x4.ge_u (local.get $t) (local.get $t4)))
          (then
            (local.set $k (i32.const 5))
            (block $tail
              (loop $threshold
                (br_if $tail (i32.ge_u (local.get $k) (local.get $thresholdCount)))
                (local.set $n
                  (i32x4.sub (local.get $n)
                    (i32x4.ge_u (local.get $t)
                      (v128.load32_splat offset=4
                        (i32.add (local.get $thresholds) (i32.shl (local.get $k) (i32.const 2)))))))
                (local.set $k (i32.add (local.get $k) (i32.const 1)))
                (br $threshold)))))
        ;; counts < 256: narrowing keeps them; lane l's byte goes to at + l
        (v128.store32_lane align=1 0 (local.get $at)
          (i8x16.narrow_i16x8_u
            (i16x8.narrow_i32x4_u (local.get $n) (local.get $n))
            (i16x8.narrow_i32x4_u (local.get $n) (local.get $n))))
        (local.set $at (i32.add (local.get $at) (i32.const 4)))
        (br $unit)))
    (v128.store (local.get $states) (local.get $a))
    (v128.store offset=16 (local.get $states) (local.get $b))
    (v128.store offset=32 (local.get $states) (local.get $c))
    (v128.store offset=48 (local.get $states) (local.get $d)))

  ;; gathered[j] = counts[unitAt[j]] for j < n (4 bytes: the four lanes)
  (func (export "gather") (param $unitAt i32) (param $counts i32) (param $gathered i32) (param $n i32)
    (local $end i32)
    (local.set $end (i32.add (local.get $gathered) (i32.shl (local.get $n) (i32.const 2))))
    (block $done
      (loop $position
        (br_if $done (i32.ge_u (local.get $gathered) (local.get $end)))
        (i32.store (local.get $gathered)
          (i32.load
            (i32.add (local.get $counts) (i32.shl (i32.load (local.get $unitAt)) (i32.const 2)))))
        (local.set $unitAt (i32.add (local.get $unitAt) (i32.const 4)))
        (local.set $gathered (i32.add (local.get $gathered) (i32.const 4)))
        (br $position))))

  ;; sums[c] = the i32x4 sum of the counts of the units u < n with cellOfUnit[u] = c (sums zeroed first, $cells
  ;; of them); a run of units of one cell is summed in a register
  (func (export "cellSums") (param $cellOfUnit i32) (param $counts i32) (param $n i32) (param $sums i32)
    (param $cells i32)
    (local $u i32) (local $cell i32) (local $c i32) (local $sum v128)
    (memory.fill (local.get $sums) (i32.const 0) (i32.shl (local.get $cells) (i32.const 4)))
    (block $done
      (loop $unit
        (br_if $done (i32.ge_u (local.get $u) (local.get $n)))
        (local.set $c (i32.load (i32.add (local.get $cellOfUnit) (i32.shl (local.get $u) (i32.const 2)))))
        (if (i32.ne (local.get $c) (local.get $cell))
          (then
            (call $addToCell (local.get $sums) (local.get $cell) (local.get $sum))
            (local.set $cell (local.get $c))
            (local.set $sum (v128.const i64x2 0 0))))
        (local.set $sum
          (i32x4.add (local.get $sum)
            (i32x4.extend_low_i16x8_u
              (i16x8.extend_low_i8x16_u
                (v128.load32_zero align=1
                  (i32.add (local.get $counts) (i32.shl (local.get $u) (i32.const 2))))))))
        (local.set $u (i32.add (local.get $u) (i32.const 1)))
        (br $unit)))
    (if (i32.gt_u (local.get $n) (i32.const 0))
      (then (call $addToCell (local.get $sums) (local.get $cell) (local.get $sum)))))

  (func $addToCell (param $sums i32) (param $cell i32) (param $sum v128)
    (local $at i32)
    (local.set $at (i32.add (local.get $sums) (i32.shl (local.get $cell) (i32.const 4))))
    (v128.store (local.get $at) (i32x4.add (v128.load (local.get $at)) (local.get $sum))))

  ;; The weighted sums of unitBinaryMetrics (binary-unit-metrics.ts) for the four lanes of the counts (A: lanes
  ;; 0 and 1, B: lanes 2 and 3), in the same IEEE operations and order per lane. A view is three arrays in
  ;; its score order: f64 score, f64 loss (−log p of the label), u8 bits (bit 0 the label, bit 1 the last
  ;; position of its tie group); the Brier term (label − score)² is computed here as the JavaScript computes
  ;; it. $counts holds 4 bytes per position, or with $wide 4 u32 (a cell's summed counts). Out: each sum as lanes 0–1 then 2–3, in the order tp, fp,
  ;; predicted tp, predicted fp, 2·ROC area, AP sum, log-loss sum, Brier sum, ECE sum.
  (func (export "pass") (param $scores i32) (param $losses i32) (param $bitsAt i32) (param $segmentEnds i32)
    (param $segmentBins i32) (param $segments i32) (param $positiveSegments i32) (param $counts i32)
    (param $wide i32) (param $out i32)
    (local $segment i32) (local $position i32) (local $end i32) (local $bits i32) (local $binned i32)
    (local $y f64) (local $d f64)
    (local $label v128) (local $score v128) (local $loss v128) (local $brier v128) (local $tiny v128)
    (local $tpA v128) (local $tpB v128)
    (local $fpA v128) (local $fpB v128)
    (local $groupTpA v128) (local $groupTpB v128)
    (local $groupFpA v128) (local $groupFpB v128)
    (local $area2A v128) (local $area2B v128)
    (local $apA v128) (local $apB v128)
    (local $logSumA v128) (local $logSumB v128)
    (local $brierSumA v128) (local $brierSumB v128)
    (local $eceSumA v128) (local $eceSumB v128)
    (local $predictedTpA v128) (local $predictedTpB v128)
    (local $predictedFpA v128) (local $predictedFpB v128)
    (local $segmentTpA v128) (local $segmentTpB v128)
    (local $segmentFpA v128) (local $segmentFpB v128)
    (local $segmentLogA v128) (local $segmentLogB v128)
    (local $segmentBrierA v128) (local $segmentBrierB v128)
    (local $segmentScoreA v128) (local $segmentScoreB v128)
    (local $maskA v128) (local $maskB v128)
    (local $wA v128) (local $wB v128)
    (local $positiveA v128) (local $positiveB v128)
    (local.set $tiny (f64x2.splat (f64.const 1e-300)))
    (block $segmentsDone
      (loop $segmentLoop
        (br_if $segmentsDone (i32.ge_u (local.get $segment) (local.get $segments)))
        (local.set $end
          (i32.load (i32.add (local.get $segmentEnds) (i32.shl (local.get $segment) (i32.const 2)))))
        (local.set $segmentTpA (local.get $tpA))
        (local.set $segmentFpA (local.get $fpA))
        (local.set $segmentLogA (v128.const i64x2 0 0))
        (local.set $segmentBrierA (v128.const i64x2 0 0))
        (local.set $segmentScoreA (v128.const i64x2 0 0))
        (local.set $segmentTpB (local.get $tpB))
        (local.set $segmentFpB (local.get $fpB))
        (local.set $segmentLogB (v128.const i64x2 0 0))
        (local.set $segmentBrierB (v128.const i64x2 0 0))
        (local.set $segmentScoreB (v128.const i64x2 0 0))
        (block $positionsDone
          (loop $positionLoop
            (br_if $positionsDone (i32.ge_u (local.get $position) (local.get $end)))
            (local.set $bits (i32.load8_u (i32.add (local.get $bitsAt) (local.get $position))))
            ;; the four lanes' counts as doubles: bytes, or (cells) u32
            (if (local.get $wide)
              (then
                (local.set $wA
                  (f64x2.convert_low_i32x4_u
                    (v128.load64_zero
                      (i32.add (local.get $counts) (i32.shl (local.get $position) (i32.const 4))))))
                (local.set $wB
                  (f64x2.convert_low_i32x4_u
                    (v128.load64_zero offset=8
                      (i32.add (local.get $counts) (i32.shl (local.get $position) (i32.const 4)))))))
              (else
                (local.set $wA
                  (f64x2.convert_low_i32x4_u
                    (i32x4.extend_low_i16x8_u
                      (i16x8.extend_low_i8x16_u
                        (v128.load16_splat align=1
                          (i32.add (local.get $counts) (i32.shl (local.get $position) (i32.const 2))))))))
                (local.set $wB
                  (f64x2.convert_low_i32x4_u
                    (i32x4.extend_low_i16x8_u
                      (i16x8.extend_low_i8x16_u
                        (v128.load16_splat offset=2 align=1
                          (i32.add (local.get $counts) (i32.shl (local.get $position) (i32.const 2))))))))))
            ;; w · label is w where the label is 1 and +0 where it is 0: w AND an all-ones or all-zeros mask
            (local.set $label
              (i64x2.splat
                (i64.sub (i64.const 0)
                  (i64.extend_i32_u (i32.and (local.get $bits) (i32.const 1))))))
            (local.set $y (f64.convert_i32_u (i32.and (local.get $bits) (i32.const 1))))
            (local.set $score
              (v128.load64_splat (i32.add (local.get $scores) (i32.shl (local.get $position) (i32.const 3)))))
            (local.set $loss
              (v128.load64_splat (i32.add (local.get $losses) (i32.shl (local.get $position) (i32.const 3)))))
            (local.set $d (f64.sub (local.get $y) (f64x2.extract_lane 0 (local.get $score))))
            (local.set $brier (f64x2.splat (f64.mul (local.get $d) (local.get $d))))
            (local.set $positiveA (v128.and (local.get $wA) (local.get $label)))
            (local.set $tpA (f64x2.add (local.get $tpA) (local.get $positiveA)))
            (local.set $fpA (f64x2.add (local.get $fpA) (f64x2.sub (local.get $wA) (local.get $positiveA))))
            (local.set $segmentLogA (f64x2.add (local.get $segmentLogA) (f64x2.mul (local.get $wA) (local.get $loss))))
            (local.set $segmentBrierA (f64x2.add (local.get $segmentBrierA) (f64x2.mul (local.get $wA) (local.get $brier))))
            (local.set $segmentScoreA (f64x2.add (local.get $segmentScoreA) (f64x2.mul (local.get $wA) (local.get $score))))
            (local.set $positiveB (v128.and (local.get $wB) (local.get $label)))
            (local.set $tpB (f64x2.add (local.get $tpB) (local.get $positiveB)))
            (local.set $fpB (f64x2.add (local.get $fpB) (f64x2.sub (local.get $wB) (local.get $positiveB))))
            (local.set $segmentLogB (f64x2.add (local.get $segmentLogB) (f64x2.mul (local.get $wB) (local.get $loss))))
            (local.set $segmentBrierB (f64x2.add (local.get $segmentBrierB) (f64x2.mul (local.get $wB) (local.get $brier))))
            (local.set $segmentScoreB (f64x2.add (local.get $segmentScoreB) (f64x2.mul (local.get $wB) (local.get $score))))
            (if (i32.gt_u (local.get $bits) (i32.const 1))
              (then
                (local.set $area2A
                  (f64x2.add (local.get $area2A)
                    (f64x2.mul
                      (f64x2.sub (local.get $fpA) (local.get $groupFpA))
                      (f64x2.add (local.get $tpA) (local.get $groupTpA)))))
                (local.set $apA
                  (f64x2.add (local.get $apA)
                    (f64x2.div
                      (f64x2.mul (f64x2.sub (local.get $tpA) (local.get $groupTpA)) (local.get $tpA))
                      (f64x2.add (f64x2.add (local.get $tpA) (local.get $fpA)) (local.get $tiny)))))
                (local.set $groupTpA (local.get $tpA))
                (local.set $groupFpA (local.get $fpA))
                (local.set $area2B
                  (f64x2.add (local.get $area2B)
                    (f64x2.mul
                      (f64x2.sub (local.get $fpB) (local.get $groupFpB))
                      (f64x2.add (local.get $tpB) (local.get $groupTpB)))))
                (local.set $apB
                  (f64x2.add (local.get $apB)
                    (f64x2.div
                      (f64x2.mul (f64x2.sub (local.get $tpB) (local.get $groupTpB)) (local.get $tpB))
                      (f64x2.add (f64x2.add (local.get $tpB) (local.get $fpB)) (local.get $tiny)))))
                (local.set $groupTpB (local.get $tpB))
                (local.set $groupFpB (local.get $fpB))
))
            (local.set $position (i32.add (local.get $position) (i32.const 1)))
            (br $positionLoop)))
        ;; a segment no resampled row falls in adds nothing (see unitBinaryMetrics)
        (local.set $binned
          (i32.ge_s (i32.load8_s (i32.add (local.get $segmentBins) (local.get $segment))) (i32.const 0)))
        (local.set $maskA
          (f64x2.gt
            (f64x2.add (local.get $tpA) (local.get $fpA))
            (f64x2.add (local.get $segmentTpA) (local.get $segmentFpA))))
        (local.set $logSumA
          (v128.bitselect (f64x2.add (local.get $logSumA) (local.get $segmentLogA)) (local.get $logSumA)
            (local.get $maskA)))
        (local.set $brierSumA
          (v128.bitselect (f64x2.add (local.get $brierSumA) (local.get $segmentBrierA)) (local.get $brierSumA)
            (local.get $maskA)))
        (if (local.get $binned)
          (then
            (local.set $eceSumA
              (v128.bitselect
                (f64x2.add (local.get $eceSumA)
                  (f64x2.abs
                    (f64x2.sub (local.get $segmentScoreA) (f64x2.sub (local.get $tpA) (local.get $segmentTpA)))))
                (local.get $eceSumA)
                (local.get $maskA)))))
        (local.set $maskB
          (f64x2.gt
            (f64x2.add (local.get $tpB) (local.get $fpB))
            (f64x2.add (local.get $segmentTpB) (local.get $segmentFpB))))
        (local.set $logSumB
          (v128.bitselect (f64x2.add (local.get $logSumB) (local.get $segmentLogB)) (local.get $logSumB)
            (local.get $maskB)))
        (local.set $brierSumB
          (v128.bitselect (f64x2.add (local.get $brierSumB) (local.get $segmentBrierB)) (local.get $brierSumB)
            (local.get $maskB)))
        (if (local.get $binned)
          (then
            (local.set $eceSumB
              (v128.bitselect
                (f64x2.add (local.get $eceSumB)
                  (f64x2.abs
                    (f64x2.sub (local.get $segmentScoreB) (f64x2.sub (local.get $tpB) (local.get $segmentTpB)))))
                (local.get $eceSumB)
                (local.get $maskB)))))
        (local.set $segment (i32.add (local.get $segment) (i32.const 1)))
        (if (i32.eq (local.get $segment) (local.get $positiveSegments))
          (then
            (local.set $predictedTpA (local.get $tpA))
            (local.set $predictedFpA (local.get $fpA))
            (local.set $predictedTpB (local.get $tpB))
            (local.set $predictedFpB (local.get $fpB))
))
        (br $segmentLoop)))
    (v128.store offset=0 (local.get $out) (local.get $tpA))
    (v128.store offset=16 (local.get $out) (local.get $tpB))
    (v128.store offset=32 (local.get $out) (local.get $fpA))
    (v128.store offset=48 (local.get $out) (local.get $fpB))
    (v128.store offset=64 (local.get $out) (local.get $predictedTpA))
    (v128.store offset=80 (local.get $out) (local.get $predictedTpB))
    (v128.store offset=96 (local.get $out) (local.get $predictedFpA))
    (v128.store offset=112 (local.get $out) (local.get $predictedFpB))
    (v128.store offset=128 (local.get $out) (local.get $area2A))
    (v128.store offset=144 (local.get $out) (local.get $area2B))
    (v128.store offset=160 (local.get $out) (local.get $apA))
    (v128.store offset=176 (local.get $out) (local.get $apB))
    (v128.store offset=192 (local.get $out) (local.get $logSumA))
    (v128.store offset=208 (local.get $out) (local.get $logSumB))
    (v128.store offset=224 (local.get $out) (local.get $brierSumA))
    (v128.store offset=240 (local.get $out) (local.get $brierSumB))
    (v128.store offset=256 (local.get $out) (local.get $eceSumA))
    (v128.store offset=272 (local.get $out) (local.get $eceSumB)))
)
