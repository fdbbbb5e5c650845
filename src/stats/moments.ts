/** The serialized state of {@link Moments}; `min` and `max` are null when no value was added. */
export interface MomentsJSON {
  count: number;
  mean: number;
  /** Sum of squared deviations from the mean. */
  m2: number;
  min: number | null;
  max: number | null;
}

/**
 * Streaming count, mean and variance (Welford's update, stable for large offsets such as epoch
 * milliseconds), with min and max; two partial results merge exactly (Chan, Golub and LeVeque).
 */
export class Moments {
  count = 0;
  mean = 0;
  m2 = 0;
  min = Number.POSITIVE_INFINITY;
  max = Number.NEGATIVE_INFINITY;

  add(x: number): void {
    const count = ++this.count;
    const delta = x - this.mean;
    this.mean += delta / count;
    this.m2 += delta * (x - this.mean);
    if (x < this.min) this.min = x;
    if (x > this.max) this.max = x;
  }

  /** Takes the state a caller summed in locals, value by value as `add` does (a hot loop's copy of it). */
  assign(count: number, mean: number, m2: number, min: number, max: number): void {
    this.count = count;
    this.mean = mean;
    this.m2 = m2;
    this.min = min;
    this.max = max;
  }

  merge(other: Moments): this {
    if (other.count === 0) return this;
    if (this.count === 0) {
      this.count = other.count;
      this.mean = other.mean;
      this.m2 = other.m2;
    } else {
      const count = this.count + other.count;
      const delta = other.mean - this.mean;
      this.mean += (delta * other.count) / count;
      this.m2 += other.m2 + (delta * delta * this.count * other.count) / count;
      this.count = count;
    }
    if (other.min < this.min) this.min = other.min;
    if (other.max > this.max) this.max = other.max;
    return this;
  }

  /** Sample variance (divides by n − 1, as pandas does); 0 below two values. */
  get variance(): number {
    return this.count > 1 ? this.m2 / (this.count - 1) : 0;
  }

  /** Sample standard deviation. */
  get std(): number {
    return Math.sqrt(this.variance);
  }

  toJSON(): MomentsJSON {
    const empty = this.count === 0;
    return {
      count: this.count,
      mean: this.mean,
      m2: this.m2,
      min: empty ? null : this.min,
      max: empty ? null : this.max,
    };
  }

  static fromJSON(json: MomentsJSON): Moments {
    const moments = new Moments();
    if (!Number.isInteger(json.count) || json.count < 0)
      throw new TypeError("moments: count must be a whole number");
    if (json.count === 0) return moments;
    if (json.min === null || json.max === null) throw new TypeError("moments: min and max are required");
    moments.count = json.count;
    moments.mean = json.mean;
    moments.m2 = json.m2;
    moments.min = json.min;
    moments.max = json.max;
    return moments;
  }
}
