export function formatBytes(bytes: number): string {
  const units = ["B", "KiB", "MiB", "GiB", "TiB"];
  let value = bytes;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit++;
  }
  return unit === 0 ? `${bytes} B` : `${value.toFixed(1)} ${units[unit]}`;
}

export function formatAmount(amount: number, unit: string): string {
  return unit === "bytes" ? formatBytes(amount) : `${amount} ${unit}`;
}

/**
 * Calls `emit` at most every `intervalMs` and on completion, so a long upload prints a line every few
 * seconds instead of one per chunk.
 */
export function throttledProgress(
  label: string,
  total: number,
  unit: string,
  emit: (line: string) => void,
  intervalMs: number,
  now: () => number = Date.now,
) {
  let last = Number.NEGATIVE_INFINITY;
  let current = 0;
  let finished = false;
  const line = () => {
    const percent = total > 0 ? Math.min(100, Math.floor((current / total) * 100)) : 100;
    return `${label}: ${formatAmount(current, unit)} of ${formatAmount(total, unit)} (${percent}%)`;
  };
  return {
    update(done: number) {
      current = done;
      const t = now();
      if (t - last >= intervalMs) {
        last = t;
        emit(line());
      }
    },
    finish() {
      if (finished) return;
      finished = true;
      current = total;
      emit(line());
    },
  };
}
